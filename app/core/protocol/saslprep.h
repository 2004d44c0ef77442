// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"
#include <QCoreApplication>

#include <QString>

namespace Inspector {

/**
 * SASLprep (RFC 4013): the stringprep profile that user names and passwords go through
 * before SCRAM (RFC 5802 §5.1, "Normalize") and PLAIN (RFC 4616 §2), as the server applies
 * it to what it stored. Unassigned code points are allowed: this is a query, not a stored
 * string (RFC 3454 §7). Done by libidn.
 */
class SaslPrep
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::SaslPrep)
public:
    /// The prepared string, or false with one sentence in *error (prohibited output, bidi).
    static bool prepare(const QString &in, QString *out, Phrase *error);
};

} // namespace Inspector
