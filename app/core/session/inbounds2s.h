// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/dialback.h"
#include "session/bidi.h"
#include "session/ending.h"
#include "session/inbounddialback.h"
#include "session/phasemachine.h"
#include "session/streamconnection.h"
#include "text/phrase.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

namespace Inspector {

class EventLog;

struct InboundS2sConfig
{
    QString role = QStringLiteral("authoritative"); // or "receiving"
    QStringList localDomains;                       // the domains this side serves
    QSslCertificate certificate;                    // STARTTLS is offered when set
    QSslKey privateKey;
    QList<QSslCertificate> extraCa; // to verify peers' certificates
    QByteArray dialbackSecret;      // to answer <db:verify/>; never recorded
    int timeoutMs = 10000;
    bool directTls = false;
    /// XEP-0288: offer bidirectional streams (after STARTTLS when a certificate is set), so
    /// the peer can receive our stanzas on its own connection.
    bool offerBidi = false;
    TransportFactory transport; // empty: the accepted TCP connection
};

/**
 * The accepting side of one server-to-server connection: this tool as the receiving or the
 * authoritative server. It answers the peer's header with a fresh stream id, offers STARTTLS
 * (with a certificate), dialback with error support and SASL EXTERNAL (to a peer whose
 * certificate verified), answers <db:verify/> with its secret, asks its owner to verify the
 * peer's own <db:result/> (XEP-0220 §2.1.2), and passes stanzas on, flagging spoofed senders.
 */
class InboundS2s : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Accepted,
        TlsHandshake,
        TlsEstablished,
        HeaderReceived,
        FeaturesSent,
        StarttlsProceed,
        Authenticated,
        Closing,
        Closed,
        Failed,
    };
    static const PhaseTable<Phase> &phaseTable();

    InboundS2s(EventLog *log, const InboundS2sConfig &config, QObject *parent = nullptr);
    ~InboundS2s() override;

    bool accept(qintptr socketDescriptor);
    /**
     * The authoritative server's verdict on the key of `request` (the <db:result/> handed out
     * with verifyNeeded(), its id the stream id the key was made for): valid, invalid, or
     * error with the condition to send (`note` says why). A verdict for a stream restarted
     * since is dropped; "invalid" closes the stream unless another domain pair is already
     * authorised on it (then a <forbidden/> dialback error is sent instead).
     */
    void answerDialback(const Dialback::Message &request, const QString &type,
                        const QString &condition = {}, const Phrase &note = {});
    void send(const Element &stanza);
    /// Whether a stanza from `fromJid` to `toJid` may go back on this connection: it is
    /// bidirectional and the peer authenticated as the 'to' domain (XEP-0288 §2.2).
    bool canSendBack(const QString &fromJid, const QString &toJid) const;
    void stop();

    int connectionId() const { return m_connectionId; }
    QString streamId() const { return m_streamId; }
    QString peerDomain() const { return m_peerDomain; }
    bool isFinished() const { return m_end->isFinished(); }
    int verifyRequestsAnswered() const { return m_verifyAnswered; }
    Phase phase() const;

Q_SIGNALS:
    /// The peer asks to be authenticated as request.from: verify its key with its
    /// authoritative server, then call answerDialback().
    void verifyNeeded(const Inspector::Dialback::Message &request);
    void stanzaReceived(const Inspector::ElementPtr &stanza, bool authorized);
    void finished();

private:
    static constexpr int CloseGraceMs = 3000; // the peer's time to close after we did

    bool go(Phase phase, int timeoutMs = 0);
    /// Our side closes (its stream is closed or closing): the peer has a grace period.
    void goClosing();
    int unauthenticatedTimeout() const;
    void onHeader(const StreamHeader &header);
    void sendFeatures();
    void onElement(const ElementPtr &element);
    void onDialback(const Dialback::Message &m);
    /// XEP-0220 §2.1.2: answers <db:verify/> as the authoritative server for m.to.
    void answerVerify(const Dialback::Message &m, bool ours);
    void onSaslAuth(const Element &auth);
    /// XEP-0288 §2.2: the peer's <bidi/>, accepted only where offered and before it
    /// authenticated.
    void onBidiRequest();
    /// The peer authenticated as `peer` for our `local`: with bidi, we may send back.
    void authorised(const QString &peer, const QString &local);
    void onStanza(const ElementPtr &stanza);
    void onTlsEstablished();
    void fail(const QString &code, const Phrase &message, const QString &answerCondition = {});
    TlsOptions tlsOptions() const;
    bool peerCertificateMatches(const QString &domain) const;
    static Element dialbackError(const QString &condition, const QString &text);
    /// Sends <db:result type=…/> for sender → receiver and records it; false if it could not
    /// be written.
    bool sendDialbackResult(const QString &sender, const QString &receiver, const QString &type,
                            const QString &condition = {}, const QString &text = {});
    /// The "dialback-in" verdict: the verification's result and what the peer was told.
    void recordDialbackIn(const QString &sender, const QString &receiver, const QString &result,
                          const QString &sent, const QString &condition);

    EventLog *m_log;
    InboundS2sConfig m_config;
    int m_connectionId;
    StreamConnection *m_conn;
    PhaseMachine<Phase> *m_phases;
    Ending *m_end;
    QString m_streamId;
    qint64 m_bytesAtPhase = 0;
    QString m_localDomain;
    QString m_peerDomain;
    InboundDialback m_dialback; // domain pairs verified and being verified (XEP-0220 §2.2.1)
    bool m_saslDone = false;
    int m_verifyAnswered = 0;
    bool m_bidiOffered = false; // in the features of the current stream
    Bidi m_bidi;
};

} // namespace Inspector
