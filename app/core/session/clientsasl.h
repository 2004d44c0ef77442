// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/verdictfact.h"
#include "protocol/scram.h"
#include "protocol/streamfeatures.h"
#include "text/phrase.h"
#include "xml/element.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

namespace Inspector {

class Transport;

/**
 * The client's side of SASL on a client-to-server stream (RFC 6120 §6): which mechanism to
 * use, strongest first, and the exchange for it — SCRAM (RFC 5802, RFC 7677) with
 * tls-server-end-point channel binding (RFC 5929, XEP-0440) where the server says it binds
 * to it, or PLAIN (RFC 4616) on an encrypted stream only unless allowed; the name and the
 * password go through SASLprep (RFC 4013) first. It builds the
 * elements to send and checks what comes back; the session sends, records and decides.
 */
class ClientSasl
{
    // The session's messages, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(Inspector::C2sSession)
public:
    /// RFC 7677 §4: "at least 4096" iterations (RFC 5802 §5.1 asked the same for SHA-1).
    static constexpr int DefaultMinIterations = 4096;
    /// The mechanisms this client speaks, the strongest first (what `wanted` may name).
    static QStringList mechanisms();

    /// What went wrong: a stable code for the summary and one sentence.
    struct Problem
    {
        QString code;
        Phrase message;
        explicit operator bool() const { return !code.isEmpty(); }
    };

    /// `wanted` is the mechanism the user asked for (empty: the strongest offered); a SCRAM
    /// server asking for fewer than `minIterations` iterations is refused.
    ClientSasl(QString user, QString password, QString wanted, bool allowPlaintext,
               int minIterations = DefaultMinIterations);
    ~ClientSasl();

    /// Whether the stream is one TLS channel a -PLUS mechanism can bind to: not over BOSH,
    /// whose requests travel over several connections (XEP-0206).
    void setBindable(bool bindable) { m_bindable = bindable; }
    /// Chooses the mechanism from the features and makes the <auth/> to send. `chain` is the
    /// server's certificate chain on an encrypted stream (for channel binding). Notes worth
    /// recording are appended to *notes.
    Problem start(const StreamFeatures &features, bool encrypted,
                  const QList<QSslCertificate> &chain, Element *auth, QList<Phrase> *notes);
    /// A <challenge/>: the <response/> to send.
    Problem challenge(const Element &challenge, Element *response, QList<Phrase> *notes);
    /// A <success/>: for SCRAM, whether the server proved it knows the password; `*verified`
    /// is left null for PLAIN, which proves nothing.
    Problem success(const Element &success, FlagFact *verified);

    /// Why nothing that proves the password may go over this connection (RFC 6120 §13.7.2:
    /// the certificate must chain to a trust anchor and name the domain, RFC 9525), in one
    /// sentence; empty when it may. `webEndpoint`: the name is a wss: URL's host, which only a
    /// DNS-ID proves.
    static Phrase credentialRisk(const Transport &transport, const QString &domain,
                                 bool webEndpoint = false);

    /// What the session records of the exchange: its result ("success", "failure",
    /// "aborted"), the mechanism, and the condition and text of a failure.
    VerdictFact verdict(const QString &result, const QString &condition = {},
                        const Phrase &text = {}) const;
    /// RFC 6120 §6.5: the condition and text of a <failure/>.
    static void failureOf(const Element &failure, QString *condition, QString *text);

    /// The mechanism in use (empty before start()).
    const QString &mechanism() const { return m_mechanism; }

private:
    /// The mechanism to use: the one asked for, or the strongest offered that may be used here.
    Problem choose(const StreamFeatures &features, bool encrypted, bool endPointBinding,
                   QString *mechanism) const;
    /// The SCRAM client for m_mechanism, with the channel binding it can have; its first message.
    Problem startScram(const StreamFeatures &features, bool encrypted, bool endPointBinding,
                       const QList<QSslCertificate> &chain, QByteArray *initial,
                       QList<Phrase> *notes);

    QString m_user;
    QString m_password;
    QString m_wanted;
    bool m_allowPlaintext;
    int m_minIterations;
    QString m_mechanism;
    std::unique_ptr<ScramClient> m_scram;
    bool m_bindable = true;
};

} // namespace Inspector
