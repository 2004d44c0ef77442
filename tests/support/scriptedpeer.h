// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QVector>

#include <functional>

namespace Inspector::Test {

/**
 * A peer that plays exactly the bytes of a script on 127.0.0.1, for the edge cases a real
 * server will not produce. Steps run in order: expect (wait until the received bytes contain
 * a string), respond (expect, then send what a function makes of it), send, start TLS, close,
 * abort (RST), generate (stream made-up bytes only as fast as the other side reads them),
 * trickle (a few bytes at a time on a timer), pause, or stall (hold the connection and never
 * answer).
 *
 * By default it is the accepting side (start()); connectTo() makes it the connecting side,
 * for the roles of the engine that accept connections.
 */
class ScriptedPeer : public QTcpServer
{
    Q_OBJECT
public:
    /// Makes the next chunk of a generated stream; `written` is how much was made before.
    using Generator = std::function<QByteArray(qint64 written)>;

    explicit ScriptedPeer(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 on a free port; with directTls the handshake starts on accept.
    bool start(bool directTls = false);
    /// Connects to 127.0.0.1:port instead of listening and plays the script from there.
    void connectTo(quint16 port);
    quint16 port() const { return serverPort(); }
    void setIdentity(const QSslCertificate &certificate, const QSslKey &key);
    /// Certificates sent after the leaf (intermediates); none by default.
    void setChain(const QList<QSslCertificate> &intermediates) { m_chain = intermediates; }

    ScriptedPeer &expect(const QByteArray &text);
    ScriptedPeer &send(const QByteArray &bytes);
    /// Waits like expect(until), then sends what reply returns for the bytes received since
    /// the previous match (up to and including until): for exchanges that depend on what
    /// the other side sent (ids, nonces).
    ScriptedPeer &respond(const QByteArray &until,
                          std::function<QByteArray(const QByteArray &)> reply);
    /// TLS from here on: the server side when listening, the client side after connectTo().
    ScriptedPeer &startTls();
    ScriptedPeer &close();
    /// Ends the connection with a TCP reset (RST), not a FIN: pending data is thrown away.
    ScriptedPeer &abortConnection();
    /// Writes `total` bytes made by `next`, chunk after chunk, never more than about 256 KiB
    /// ahead of what the socket has sent, so a stream of any length costs no memory here. It
    /// ends early, without error, when the other side closes or resets the connection.
    ScriptedPeer &generate(qint64 total, Generator next);
    /// Writes `bytes` chunkSize bytes at a time, one chunk every intervalMs (slowloris).
    ScriptedPeer &trickle(const QByteArray &bytes, int intervalMs, int chunkSize = 1);
    /// Keeps the connection open, reading and never answering, until the other side leaves.
    ScriptedPeer &stall();
    /// Waits ms milliseconds before the next step (reading all the while).
    ScriptedPeer &pause(int ms);

    QByteArray received() const { return m_received; }
    /// The first bytes this peer wrote above TLS, in order, up to sentKeptLimit().
    QByteArray sent() const { return m_sent; }
    static constexpr qint64 sentKeptLimit() { return 16 * 1024 * 1024; }
    /// How many bytes this peer wrote above TLS in all (generated ones included).
    qint64 sentTotal() const { return m_sentTotal; }
    bool scriptDone() const { return m_next >= m_steps.size(); }
    bool accepted() const { return !m_socket.isNull(); }
    /// Whether the other side closed or reset the connection.
    bool otherSideClosed() const { return m_otherSideClosed; }

    /// Test certificates made by the certs fixture: NAME.crt/NAME.key.
    static QSslCertificate certificate(const QString &name);
    static QSslKey key(const QString &name);
    static QString certsDir();

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Step
    {
        enum class Kind {
            Expect,
            Respond,
            Send,
            StartTls,
            Close,
            Abort,
            Generate,
            Trickle,
            Stall,
            Pause
        } kind;
        QByteArray data;
        std::function<QByteArray(const QByteArray &)> reply = {};
        Generator generator = {};
        qint64 total = 0;
        int intervalMs = 0;
        int chunkSize = 1;
    };
    void attach(QSslSocket *socket);
    void advance();
    void write(const QByteArray &bytes);
    bool connectedNow() const;
    /// Tops the socket's write queue up from the current generate step; true once it is done.
    bool pump();
    void trickleOnce();

    QVector<Step> m_steps;
    int m_next = 0;
    QPointer<QSslSocket> m_socket;
    QByteArray m_received;
    qsizetype m_matchedUpTo = 0;
    QByteArray m_sent;
    qint64 m_sentTotal = 0;
    qint64 m_generated = 0;   // of the current generate step
    qsizetype m_trickled = 0; // of the current trickle step
    bool m_generating = false;
    bool m_otherSideClosed = false;
    bool m_client = false;
    bool m_directTls = false;
    bool m_waitingTls = false;
    QTimer m_trickleTimer;
    QTimer m_pauseTimer;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
};

} // namespace Inspector::Test
