// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inspector::DiscoFeatures {

/// The specification of a service discovery feature a server may announce (XEP-0030 §3.1),
/// e.g. "XEP-0280 Message Carbons"; empty for one this tool does not know.
QString specification(const QString &feature);

} // namespace Inspector::DiscoFeatures
