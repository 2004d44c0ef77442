// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QVector>

#include <functional>

namespace Inspector::Test {

/**
 * A peer that plays exactly the bytes of a script on 127.0.0.1, for the edge cases a real
 * server will not produce. Steps run in order: expect (wait until the received bytes contain
 * a string), respond (expect, then send what a function makes of it), send, start TLS (server side), close, abort (RST), or stay silent.
 */
class ScriptedPeer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedPeer(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 on a free port; with directTls the handshake starts on accept.
    bool start(bool directTls = false);
    quint16 port() const { return serverPort(); }
    void setIdentity(const QSslCertificate &certificate, const QSslKey &key);
    /// Certificates sent after the leaf (intermediates); none by default.
    void setChain(const QList<QSslCertificate> &intermediates) { m_chain = intermediates; }

    ScriptedPeer &expect(const QByteArray &text);
    ScriptedPeer &send(const QByteArray &bytes);
    /// Waits like expect(until), then sends what reply returns for the bytes received since
    /// the previous match (up to and including until): for exchanges that depend on what
    /// the other side sent (ids, nonces).
    ScriptedPeer &respond(const QByteArray &until, std::function<QByteArray(const QByteArray &)> reply);
    ScriptedPeer &startTls();
    ScriptedPeer &close();
    ScriptedPeer &abortConnection();

    QByteArray received() const { return m_received; }
    bool scriptDone() const { return m_next >= m_steps.size(); }
    bool accepted() const { return !m_socket.isNull(); }

    /// Test certificates made by the certs fixture: NAME.crt/NAME.key.
    static QSslCertificate certificate(const QString &name);
    static QSslKey key(const QString &name);
    static QString certsDir();

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Step
    {
        enum class Kind { Expect, Respond, Send, StartTls, Close, Abort } kind;
        QByteArray data;
        std::function<QByteArray(const QByteArray &)> reply = {};
    };
    void advance();

    QVector<Step> m_steps;
    int m_next = 0;
    QPointer<QSslSocket> m_socket;
    QByteArray m_received;
    qsizetype m_matchedUpTo = 0;
    bool m_directTls = false;
    bool m_waitingTls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
};

} // namespace Inspector::Test
