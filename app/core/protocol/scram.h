// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace Inspector {

/**
 * The client side of SCRAM (RFC 5802, RFC 7677): SCRAM-SHA-1 and SCRAM-SHA-256, with
 * tls-server-end-point channel binding for the -PLUS variants (RFC 5929). The server's
 * signature is verified: a server that does not know the password cannot fake success.
 */
class ScramClient
{
public:
    enum class Binding {
        None,          // "n": this client does not support channel binding
        NotOffered,    // "y": it does, but the server did not offer a -PLUS mechanism
        ServerEndPoint // "p=tls-server-end-point"
    };

    ScramClient(QCryptographicHash::Algorithm hash, const QString &username,
                const QString &password, Binding binding = Binding::None,
                const QByteArray &bindingData = {});
    static bool mechanismFor(const QString &mechanism, QCryptographicHash::Algorithm *hash,
                             bool *plus);

    /// For tests: the client nonce (otherwise random).
    void setClientNonce(const QByteArray &nonce) { m_clientNonce = nonce; }

    QByteArray clientFirst();
    /// False, with error(), if the server-first-message is malformed or its nonce is not ours.
    /// False with error() when the message is unusable, or (belowMinimum()) when it asks for
    /// fewer than `minIterations`: then no key is derived from the password at all.
    bool serverFirst(const QByteArray &message, QByteArray *clientFinal, int minIterations = 1);
    bool belowMinimum() const { return m_belowMinimum; }
    /// True only if the server's signature is the one the password implies.
    bool serverFinal(const QByteArray &message);

    Phrase error() const { return m_error; }
    int iterations() const { return m_iterations; }

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;

    QCryptographicHash::Algorithm m_hash;
    QByteArray m_username;
    QByteArray m_password;
    Binding m_binding;
    QByteArray m_bindingData;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_gs2Header;
    QByteArray m_serverSignature;
    int m_iterations = 0;
    bool m_belowMinimum = false;
    Phrase m_error;
};

} // namespace Inspector
