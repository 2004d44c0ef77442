// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of SCRAM on arbitrary server messages.
//
// Input: one control byte, then the server-first-message, a line feed and the
// server-final-message. The control byte's bits:
//   0-1  hash: SHA-1, SHA-256, SHA-512 (3: SHA-1)
//   2    client nonce: the one of the RFC 5802 example, or the one of the RFC 7677 example
//   3-4  channel binding: none, supported but not offered, tls-server-end-point (3: none);
//        the end-point data is 32 bytes of 0x5a
// User "user" with password "pencil", as in both RFCs, so their examples run to success.
#include "fuzzsupport.h"
#include "protocol/scram.h"

using namespace Inspector;

namespace {
// The key derivation's cost grows with the iteration count the server asks for; the parser
// accepts up to ten million, which would make each run take seconds. Larger counts than this
// are not run: the count's parsing and range check are what matter here, not PBKDF2 itself.
constexpr int MaxFuzzedIterations = 20000;

bool costly(const QByteArray &serverFirst)
{
    for (const QByteArray &part : serverFirst.split(',')) {
        if (part.startsWith("i=") && part.mid(2).toLongLong() > MaxFuzzedIterations)
            return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const quint8 control = data[0];
    const QByteArray messages = Fuzz::toByteArray(data + 1, size - 1);
    const qsizetype newline = messages.indexOf('\n');
    const QByteArray serverFirst = newline < 0 ? messages : messages.left(newline);
    const QByteArray serverFinal = newline < 0 ? QByteArray() : messages.mid(newline + 1);
    if (costly(serverFirst))
        return 0;

    static const QCryptographicHash::Algorithm hashes[] = {
        QCryptographicHash::Sha1, QCryptographicHash::Sha256, QCryptographicHash::Sha512,
        QCryptographicHash::Sha1};
    static const ScramClient::Binding bindings[] = {
        ScramClient::Binding::None, ScramClient::Binding::NotOffered,
        ScramClient::Binding::ServerEndPoint, ScramClient::Binding::None};
    const QByteArray nonce = (control & 0x04) ? QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO")
                                              : QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL");
    // A SHA-256 certificate hash as the tls-server-end-point data, as the client session gives.
    const ScramClient::Binding binding = bindings[(control >> 3) & 0x03];
    const QByteArray bindingData =
        binding == ScramClient::Binding::ServerEndPoint ? QByteArray(32, '\x5a') : QByteArray();
    ScramClient client(hashes[control & 0x03], QStringLiteral("user"), QStringLiteral("pencil"),
                       binding, bindingData);
    client.setClientNonce(nonce);
    const QByteArray first = client.clientFirst();
    const QByteArray nonceAttribute = ",r=" + nonce;
    Fuzz::require(first.endsWith(nonceAttribute), "the client-first-message carries our nonce");

    QByteArray clientFinal;
    if (!client.serverFirst(serverFirst, &clientFinal)) {
        Fuzz::require(!client.error().isEmpty(), "a refused server-first-message says why");
        return 0;
    }
    Fuzz::require(clientFinal.startsWith("c=") && clientFinal.contains(",p="),
                  "the client-final-message has its binding and proof");
    Fuzz::require(client.iterations() >= 1, "an accepted iteration count is positive");
    if (!client.serverFinal(serverFinal))
        Fuzz::require(!client.error().isEmpty(), "a refused server-final-message says why");
    return 0;
}
