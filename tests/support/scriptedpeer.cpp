// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedpeer.h"

#include <QFile>
#include <QSslConfiguration>

#include <sys/socket.h>

namespace Inspector::Test {

ScriptedPeer::ScriptedPeer(QObject *parent)
    : QTcpServer(parent)
    , m_trickleTimer(this) // children, so they follow the peer into another thread
    , m_pauseTimer(this)
{
    connect(&m_trickleTimer, &QTimer::timeout, this, &ScriptedPeer::trickleOnce);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        ++m_next;
        advance();
    });
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

void ScriptedPeer::connectTo(quint16 port)
{
    m_client = true;
    auto *socket = new QSslSocket(this);
    connect(socket, &QSslSocket::connected, this, [this, socket] { attach(socket); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        if (!m_socket) {
            m_otherSideClosed = true; // refused before the script began
            socket->deleteLater();
        }
    });
    socket->connectToHost(QHostAddress::LocalHost, port);
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

ScriptedPeer &ScriptedPeer::generate(qint64 total, Generator next)
{
    Step s{Step::Kind::Generate, {}};
    s.generator = std::move(next);
    s.total = total;
    m_steps.append(std::move(s));
    return *this;
}

ScriptedPeer &ScriptedPeer::trickle(const QByteArray &bytes, int intervalMs, int chunkSize)
{
    Step s{Step::Kind::Trickle, bytes};
    s.intervalMs = intervalMs;
    s.chunkSize = qMax(1, chunkSize);
    m_steps.append(std::move(s));
    return *this;
}

ScriptedPeer &ScriptedPeer::stall()
{
    m_steps.append({Step::Kind::Stall, {}});
    return *this;
}

ScriptedPeer &ScriptedPeer::pause(int ms)
{
    Step s{Step::Kind::Pause, {}};
    s.intervalMs = ms;
    m_steps.append(std::move(s));
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
    attach(socket);
}

void ScriptedPeer::attach(QSslSocket *socket)
{
    m_socket = socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_certificate.isNull()) {
        conf.setLocalCertificateChain(QList<QSslCertificate>{m_certificate} + m_chain);
        conf.setPrivateKey(m_key);
    }
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
    connect(socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_generating && pump()) {
            ++m_next;
            advance();
        }
    });
    const auto gone = [this] {
        m_otherSideClosed = true;
        m_generating = false;
        m_trickleTimer.stop();
    };
    connect(socket, &QSslSocket::disconnected, this, gone);
    connect(socket, &QSslSocket::errorOccurred, this, [this, gone] {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            gone();
    });
    if (m_directTls) {
        m_waitingTls = true;
        socket->startServerEncryption();
        return;
    }
    advance();
}

bool ScriptedPeer::connectedNow() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ScriptedPeer::write(const QByteArray &bytes)
{
    if (!connectedNow())
        return;
    m_socket->write(bytes);
    m_sentTotal += bytes.size();
    if (m_sent.size() < sentKeptLimit())
        m_sent += bytes.left(sentKeptLimit() - m_sent.size());
}

bool ScriptedPeer::pump()
{
    // Keeps at most HighWater bytes queued in the socket; bytesWritten calls back for more.
    constexpr qint64 HighWater = 256 * 1024;
    const Step &s = m_steps.at(m_next);
    while (connectedNow() && m_socket->bytesToWrite() < HighWater && m_generated < s.total) {
        QByteArray chunk = s.generator(m_generated);
        if (chunk.isEmpty())
            break;
        chunk.truncate(qMin<qint64>(chunk.size(), s.total - m_generated));
        write(chunk);
        m_generated += chunk.size();
    }
    if (connectedNow() && m_generated < s.total)
        return false;
    m_generating = false;
    return true;
}

void ScriptedPeer::trickleOnce()
{
    const Step &s = m_steps.at(m_next);
    if (!connectedNow()) {
        m_trickleTimer.stop();
        return;
    }
    write(s.data.mid(m_trickled, s.chunkSize));
    m_socket->flush();
    m_trickled += s.chunkSize;
    if (m_trickled < s.data.size())
        return;
    m_trickleTimer.stop();
    ++m_next;
    advance();
}

void ScriptedPeer::advance()
{
    while (m_socket && !m_waitingTls && !m_generating && !m_trickleTimer.isActive() &&
           !m_pauseTimer.isActive() && m_next < m_steps.size()) {
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
            const QByteArray segment =
                m_received.mid(m_matchedUpTo, at + s.data.size() - m_matchedUpTo);
            m_matchedUpTo = at + s.data.size();
            write(s.reply(segment));
            m_socket->flush();
            break;
        }
        case Step::Kind::Send:
            write(s.data);
            m_socket->flush();
            break;
        case Step::Kind::StartTls:
            ++m_next;
            m_waitingTls = true;
            m_received.clear();
            m_matchedUpTo = 0;
            if (m_client)
                m_socket->startClientEncryption();
            else
                m_socket->startServerEncryption();
            return;
        case Step::Kind::Close:
            ++m_next;
            m_socket->disconnectFromHost();
            return;
        case Step::Kind::Abort: {
            ++m_next;
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            const linger reset{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                         sizeof reset);
            m_socket->abort();
            return;
        }
        case Step::Kind::Generate:
            m_generated = 0;
            m_generating = true;
            if (!pump())
                return; // bytesWritten resumes it
            break;
        case Step::Kind::Trickle:
            m_trickled = 0;
            if (s.data.isEmpty())
                break;
            m_trickleTimer.start(s.intervalMs);
            return;
        case Step::Kind::Stall:
            return; // never advances: the other side has to end it
        case Step::Kind::Pause:
            m_pauseTimer.start(s.intervalMs);
            return;
        }
        ++m_next;
    }
}

} // namespace Inspector::Test
