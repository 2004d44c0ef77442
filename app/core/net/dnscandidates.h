// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"

#include <QString>

namespace Inspector::DnsCandidates {

/// RFC 6120 §3.2.1 step 2 / XEP-0368 §5: a single "." target means "no such service".
bool saysNoService(const QVector<DnsCandidateFact> &srvRecords);

/**
 * The targets to connect to, before their addresses are known, from the SRV records of both
 * kinds (each with directTls, source and dnssecSrv): those of a kind that says "no service"
 * left out; none at all when the service does not exist or an SRV answer was bogus
 * (RFC 7673 §3.1); the domain itself on the default port when there is no SRV record
 * (RFC 6120 §3.2.2). Not yet in the order they are tried (SrvOrder).
 */
QVector<DnsCandidateFact> targets(const QVector<DnsCandidateFact> &direct,
                                  const QVector<DnsCandidateFact> &starttls, bool noService,
                                  bool bogusSrv, const QString &domain, bool client,
                                  const QString &srvDnssec);

/// Adds an address answer (A or AAAA, as `ipv6` says) to a candidate: its addresses (IPv6
/// first), its DNSSEC status (empty: the question failed), and whether a secure answer
/// returned addresses.
void addAddresses(DnsCandidateFact *candidate, bool ipv6, const QStringList &addresses,
                  const QString &dnssec);

/// RFC 7673 §3: a candidate with every answer in: rejected if one is bogus, and whether DANE
/// applies to it (daneUsable, or daneNotApplied with the reason).
void settle(DnsCandidateFact *candidate);

/// The lookup's DNSSEC status from its answers' (`statuses`): "bogus" if an answer was,
/// "secure" if one was and none was bogus, else "insecure"; "unvalidated" or "stripped" as
/// `validation` says ("off", "stripped").
QString overallStatus(const QString &validation, const QStringList &statuses);

} // namespace Inspector::DnsCandidates
