// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of findings: the texts as shown, with the severity and code.
#include "finding.h"

namespace Inspector {

QJsonObject Finding::toJson() const
{
    return QJsonObject{{QStringLiteral("severity"), severityName()},
                       {QStringLiteral("code"), codeName()},
                       {QStringLiteral("title"), title()},
                       {QStringLiteral("explanation"), explanation()},
                       {QStringLiteral("spec"), spec()},
                       {QStringLiteral("fix"), fix()}};
}

} // namespace Inspector
