// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"

namespace Inspector::SrvOrder {

/**
 * The order in which SRV targets are tried (RFC 2782 "Usage rules"): lowest priority first;
 * within one priority, direct-TLS targets before STARTTLS ones (XEP-0368 §3), and each of those
 * groups in RFC 2782's weighted random order, drawn from `seed` so that a run can be repeated.
 */
QVector<DnsCandidateFact> order(const QVector<DnsCandidateFact> &candidates, quint32 seed);

} // namespace Inspector::SrvOrder
