// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"

#include <QString>

struct ub_result;

namespace Inspector::DnsAnswer {

/// The record types a lookup asks for (RFC 1035, RFC 3596, RFC 2782, RFC 6698, RFC 4034).
enum Type { A = 1, AAAA = 28, SRV = 33, DNSKEY = 48, TLSA = 52 };

/// "A", "SRV", …; the number for another type.
QString typeName(int type);

/**
 * What libunbound answered for `type`, as the lookup records it: into `answer` the rcode,
 * nxdomain, the DNSSEC status ("secure", "insecure", "bogus" with unbound's reason, or
 * "unvalidated"/"stripped" as `validation` says: "off", "stripped", "on"), the records of the
 * type (SRV, A and AAAA addresses, TLSA), the number of other records (keys, e.g. DNSKEY) and
 * a CNAME followed.
 */
void decode(const ::ub_result *result, int type, const QString &name, const QString &validation,
            DnsAnswerFact *answer);

} // namespace Inspector::DnsAnswer
