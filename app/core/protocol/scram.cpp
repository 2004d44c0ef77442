// SPDX-License-Identifier: GPL-3.0-or-later
#include "scram.h"

#include <QCoreApplication>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Inspector {

namespace {
// RFC 5802 §5.1: ',' and '=' in the username are escaped.
QByteArray saslName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("=", "=3D");
    out.replace(",", "=2C");
    return out;
}

QByteArray attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}

constexpr int MinIterations = 4096; // RFC 7677 §4: at least 4096 for SHA-256
// The key is derived on the caller's thread: a server asking for millions of iterations would
// freeze it for seconds. Real servers use 4096 to a few hundred thousand.
constexpr int MaxIterations = 1000000;
} // namespace

ScramClient::ScramClient(QCryptographicHash::Algorithm hash, const QString &username,
                         const QString &password, Binding binding, const QByteArray &bindingData)
    : m_hash(hash)
    , m_username(saslName(username))
    , m_password(password.toUtf8())
    , m_binding(binding)
    , m_bindingData(bindingData)
{
    quint32 random[6];
    QRandomGenerator::system()->fillRange(random);
    m_clientNonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64();
}

bool ScramClient::mechanismFor(const QString &mechanism, QCryptographicHash::Algorithm *hash,
                               bool *plus)
{
    const QString m = mechanism.toUpper();
    *plus = m.endsWith(QLatin1String("-PLUS"));
    const QString base = *plus ? m.left(m.size() - 5) : m;
    if (base == QLatin1String("SCRAM-SHA-1"))
        *hash = QCryptographicHash::Sha1;
    else if (base == QLatin1String("SCRAM-SHA-256"))
        *hash = QCryptographicHash::Sha256;
    else if (base == QLatin1String("SCRAM-SHA-512"))
        *hash = QCryptographicHash::Sha512;
    else
        return false;
    return true;
}

QByteArray ScramClient::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_hash);
}

QByteArray ScramClient::clientFirst()
{
    switch (m_binding) {
    case Binding::None:
        m_gs2Header = "n,,";
        break;
    case Binding::NotOffered:
        m_gs2Header = "y,,";
        break;
    case Binding::ServerEndPoint:
        m_gs2Header = "p=tls-server-end-point,,";
        break;
    }
    m_clientFirstBare = "n=" + m_username + ",r=" + m_clientNonce;
    return m_gs2Header + m_clientFirstBare;
}

bool ScramClient::serverFirst(const QByteArray &message, QByteArray *clientFinal, int minIterations)
{
    const QByteArray nonce = attribute(message, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(message, 's'));
    bool ok = false;
    m_iterations = attribute(message, 'i').toInt(&ok);
    if (!attribute(message, 'm').isEmpty()) {
        m_error = Phrase(
            "Scram",
            QT_TRANSLATE_NOOP("Scram",
                              "The server asks for a SCRAM extension this client does not know."));
        return false;
    }
    if (nonce.isEmpty() || salt.isEmpty() || !ok) {
        m_error = Phrase(
            "Scram",
            QT_TRANSLATE_NOOP("Scram", "The server's first SCRAM message is malformed: '%1'."),
            {QString::fromUtf8(message.left(200))});
        return false;
    }
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size()) {
        m_error = Phrase(
            "Scram",
            QT_TRANSLATE_NOOP("Scram", "The server's nonce does not extend ours (RFC 5802 §5.1): a "
                                       "replay or a broken server."));
        return false;
    }
    if (m_iterations < 1 || m_iterations > MaxIterations) {
        m_error =
            Phrase("Scram", QT_TRANSLATE_NOOP("Scram", "The iteration count %1 is out of range."),
                   {m_iterations});
        return false;
    }
    if (m_iterations < minIterations) {
        m_belowMinimum = true;
        return false;
    }
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        m_hash, m_password, salt, m_iterations, quint64(QCryptographicHash::hashLength(m_hash)));
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_hash);
    const QByteArray binding = m_gs2Header + m_bindingData;
    const QByteArray withoutProof = "c=" + binding.toBase64() + ",r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + message + ',' + withoutProof;
    const QByteArray signature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (int i = 0; i < proof.size(); ++i)
        proof[i] = char(proof[i] ^ signature[i]);
    m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    *clientFinal = withoutProof + ",p=" + proof.toBase64();
    return true;
}

bool ScramClient::serverFinal(const QByteArray &message)
{
    const QByteArray error = attribute(message, 'e');
    if (!error.isEmpty()) {
        m_error =
            Phrase("Scram", QT_TRANSLATE_NOOP("Scram", "The server reports a SCRAM error: %1"),
                   {QString::fromUtf8(error)});
        return false;
    }
    const QByteArray verifier = QByteArray::fromBase64(attribute(message, 'v'));
    if (verifier.isEmpty() || verifier != m_serverSignature) {
        m_error = Phrase("Scram",
                         QT_TRANSLATE_NOOP(
                             "Scram", "The server's signature does not match: it does not know the "
                                      "password, or something altered the exchange."));
        return false;
    }
    return true;
}

} // namespace Inspector
