// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Inspector::Dane {

/**
 * Matches TLSA records (RFC 6698 §2.1; usage, selector, matching type) against the certificate
 * chain the server presented. The match is computed whatever the DNSSEC status; the result
 * says whether DANE may be relied upon (only when the TLSA answer is DNSSEC-secure, RFC 7673).
 */
QJsonObject match(const QJsonArray &tlsaRecords, const QJsonArray &peerCertificates,
                  const QString &dnssec);

} // namespace Inspector::Dane
