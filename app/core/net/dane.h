// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Inspector::Dane {

/// What DNS said about one endpoint (RFC 7673 §3: TLSA at _port._tcp.target).
struct Expectation
{
    QJsonArray tlsa;
    QString dnssec;       // the TLSA answer's DNSSEC status
    bool applies = false; // secure TLSA (and secure SRV): the records decide
};

/// A TLSA record this tool can use (RFC 7671 §4.1): a known usage (0-3), selector (0, 1) and
/// matching type (0, 1, 2). Records that are not usable are ignored.
bool usable(const QJsonObject &record);

/**
 * TLSA records (RFC 6698 §2.1, RFC 7671) against the chain a server presented (DER, the
 * server's certificate first), for an endpoint whose TLSA answer was `dnssec`. `pkixValid`:
 * the chain passed PKIX validation (usages 0 and 1 need it as well as a match); `applies`:
 * the records are DNSSEC-secure, and so is the SRV answer that led to them.
 *
 * The result has "records" (each with "usageName", "usable", "matched"), "matched" (null
 * without records), "matchedUsage" (the usage of the first matching record), "dnssec",
 * "usable" (DNSSEC-secure and at least one usable record: DANE decides, RFC 7673 §3) and
 * "mismatch" (usable and nothing matched: the connection must fail, RFC 6698 §4.1).
 */
QJsonObject evaluate(const QJsonArray &tlsaRecords, const QList<QByteArray> &chainDer,
                     bool pkixValid, const QString &dnssec, bool applies);

/// The same from recorded certificates (objects with "pem"), for sessions recorded before
/// the evaluation was part of the TLS facts.
QJsonObject match(const QJsonArray &tlsaRecords, const QJsonArray &peerCertificates,
                  const QString &dnssec, bool pkixValid);

} // namespace Inspector::Dane
