// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedpeer.h"

#include <QFile>
#include <QSslConfiguration>

namespace Inspector::Test {

ScriptedPeer::ScriptedPeer(QObject *parent)
    : QTcpServer(parent)
{
}

QString ScriptedPeer::certsDir()
{
    return QStringLiteral(INSPECTOR_TEST_RUN_DIR "/certs");
}

QSslCertificate ScriptedPeer::certificate(const QString &name)
{
    return QSslCertificate::fromPath(certsDir() + QLatin1Char('/') + name + QStringLiteral(".crt"))
        .value(0);
}

QSslKey ScriptedPeer::key(const QString &name)
{
    QFile f(certsDir() + QLatin1Char('/') + name + QStringLiteral(".key"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(f.readAll(), QSsl::Rsa, QSsl::Pem);
}

bool ScriptedPeer::start(bool directTls)
{
    m_directTls = directTls;
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedPeer::setIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

ScriptedPeer &ScriptedPeer::expect(const QByteArray &text)
{
    m_steps.append({Step::Kind::Expect, text});
    return *this;
}

ScriptedPeer &ScriptedPeer::respond(const QByteArray &until,
                                    std::function<QByteArray(const QByteArray &)> reply)
{
    m_steps.append({Step::Kind::Respond, until, std::move(reply)});
    return *this;
}

ScriptedPeer &ScriptedPeer::send(const QByteArray &bytes)
{
    m_steps.append({Step::Kind::Send, bytes});
    return *this;
}

ScriptedPeer &ScriptedPeer::startTls()
{
    m_steps.append({Step::Kind::StartTls, {}});
    return *this;
}

ScriptedPeer &ScriptedPeer::close()
{
    m_steps.append({Step::Kind::Close, {}});
    return *this;
}

ScriptedPeer &ScriptedPeer::abortConnection()
{
    m_steps.append({Step::Kind::Abort, {}});
    return *this;
}

void ScriptedPeer::incomingConnection(qintptr handle)
{
    if (m_socket) {
        // One connection per script; refuse others plainly.
        QTcpSocket extra;
        extra.setSocketDescriptor(handle);
        extra.abort();
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(handle);
    m_socket = socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(QList<QSslCertificate>{m_certificate} + m_chain);
    conf.setPrivateKey(m_key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::readyRead, this, [this] {
        m_received += m_socket->readAll();
        advance();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_waitingTls = false;
        advance();
    });
    if (m_directTls) {
        m_waitingTls = true;
        socket->startServerEncryption();
        return;
    }
    advance();
}

void ScriptedPeer::advance()
{
    while (m_socket && !m_waitingTls && m_next < m_steps.size()) {
        const Step &s = m_steps.at(m_next);
        switch (s.kind) {
        case Step::Kind::Expect: {
            const qsizetype at = m_received.indexOf(s.data, m_matchedUpTo);
            if (at < 0)
                return; // wait for more bytes
            m_matchedUpTo = at + s.data.size();
            break;
        }
        case Step::Kind::Respond: {
            const qsizetype at = m_received.indexOf(s.data, m_matchedUpTo);
            if (at < 0)
                return;
            const QByteArray segment = m_received.mid(m_matchedUpTo, at + s.data.size() - m_matchedUpTo);
            m_matchedUpTo = at + s.data.size();
            m_socket->write(s.reply(segment));
            m_socket->flush();
            break;
        }
        case Step::Kind::Send:
            m_socket->write(s.data);
            m_socket->flush();
            break;
        case Step::Kind::StartTls:
            ++m_next;
            m_waitingTls = true;
            m_received.clear();
            m_matchedUpTo = 0;
            m_socket->startServerEncryption();
            return;
        case Step::Kind::Close:
            ++m_next;
            m_socket->disconnectFromHost();
            return;
        case Step::Kind::Abort:
            ++m_next;
            m_socket->abort();
            return;
        }
        ++m_next;
    }
}

} // namespace Inspector::Test
