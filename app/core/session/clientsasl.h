// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/scram.h"
#include "protocol/streamfeatures.h"
#include "xml/element.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

namespace Inspector {

/**
 * The client's side of SASL on a client-to-server stream (RFC 6120 §6): which mechanism to
 * use, strongest first, and the exchange for it — SCRAM (RFC 5802, RFC 7677) with
 * tls-server-end-point channel binding (RFC 5929, XEP-0440) where the server says it binds
 * to it, or PLAIN (RFC 4616) on an encrypted stream only unless allowed. It builds the
 * elements to send and checks what comes back; the session sends, records and decides.
 */
class ClientSasl
{
    // The session's messages, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(Inspector::C2sSession)
public:
    /// What went wrong: a stable code for the summary and one sentence.
    struct Problem
    {
        QString code;
        QString message;
        explicit operator bool() const { return !code.isEmpty(); }
    };

    /// `wanted` is the mechanism the user asked for (empty: the strongest offered).
    ClientSasl(QString user, QString password, QString wanted, bool allowPlaintext);
    ~ClientSasl();

    /// Chooses the mechanism from the features and makes the <auth/> to send. `chain` is the
    /// server's certificate chain on an encrypted stream (for channel binding). Notes worth
    /// recording are appended to *notes.
    Problem start(const StreamFeatures &features, bool encrypted,
                  const QList<QSslCertificate> &chain, Element *auth, QStringList *notes);
    /// A <challenge/>: the <response/> to send.
    Problem challenge(const Element &challenge, Element *response, QStringList *notes);
    /// A <success/>: for SCRAM, whether the server proved it knows the password; `*verified`
    /// is left null for PLAIN, which proves nothing.
    Problem success(const Element &success, QJsonValue *verified);

    /// The mechanism in use (empty before start()).
    const QString &mechanism() const { return m_mechanism; }

private:
    QString m_user;
    QString m_password;
    QString m_wanted;
    bool m_allowPlaintext;
    QString m_mechanism;
    std::unique_ptr<ScramClient> m_scram;
};

} // namespace Inspector
