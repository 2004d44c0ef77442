// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/danefact.h"
#include "facts/tlsfact.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Inspector::Dane {

/// What DNS said about one endpoint (RFC 7673 §3: TLSA at _port._tcp.target).
struct Expectation
{
    QVector<TlsaRecord> tlsa;
    QString dnssec;       // the TLSA answer's DNSSEC status
    bool applies = false; // secure TLSA (and secure SRV): the records decide
};

/**
 * TLSA records (RFC 6698 §2.1, RFC 7671) against the chain a server presented (DER, the
 * server's certificate first), for an endpoint whose TLSA answer was `dnssec`. `pkixValid`:
 * the chain passed PKIX validation (usages 0 and 1 need it as well as a match); `applies`:
 * the records are DNSSEC-secure, and so is the SRV answer that led to them.
 *
 * The result has each record's outcome, whether any matched (none without records), the usage
 * of the strongest match, whether DANE decides (DNSSEC-secure and at least one usable record,
 * RFC 7673 §3) and whether it is a mismatch (usable and nothing matched: the connection must
 * fail, RFC 6698 §4.1). Records that are not usable (TlsaRecord::usable) are ignored.
 */
DaneFact evaluate(const QVector<TlsaRecord> &tlsaRecords, const QList<QByteArray> &chainDer,
                  bool pkixValid, const QString &dnssec, bool applies);

/// The same from recorded certificates (their PEM), for sessions recorded before
/// the evaluation was part of the TLS facts.
DaneFact match(const QVector<TlsaRecord> &tlsaRecords,
               const QVector<CertificateFact> &peerCertificates, const QString &dnssec,
               bool pkixValid);

} // namespace Inspector::Dane
