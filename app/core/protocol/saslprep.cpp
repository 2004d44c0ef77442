// SPDX-License-Identifier: GPL-3.0-or-later
#include "saslprep.h"

#include <stringprep.h>

#include <cstdlib>

namespace Inspector {

bool SaslPrep::prepare(const QString &in, QString *out, Phrase *error)
{
    // libidn takes a C string: a NUL would silently end it early (RFC 4013 §2.3 prohibits
    // it as a control character anyway).
    if (in.contains(QChar(0))) {
        *error = Phrase("Inspector::SaslPrep",
                        QT_TRANSLATE_NOOP(
                            "Inspector::SaslPrep",
                            "it contains a character SASLprep prohibits (RFC 4013 §2.3: a control, "
                            "private-use or non-character code point)"));
        return false;
    }
    char *prepared = nullptr;
    const int rc = stringprep_profile(in.toUtf8().constData(), &prepared, "SASLprep",
                                      Stringprep_profile_flags(0));
    if (rc != STRINGPREP_OK) {
        std::free(prepared);
        switch (rc) {
        case STRINGPREP_CONTAINS_PROHIBITED:
            *error =
                Phrase("Inspector::SaslPrep",
                       QT_TRANSLATE_NOOP(
                           "Inspector::SaslPrep",
                           "it contains a character SASLprep prohibits (RFC 4013 §2.3: a control, "
                           "private-use or non-character code point)"));
            break;
        case STRINGPREP_BIDI_BOTH_L_AND_RAL:
        case STRINGPREP_BIDI_LEADTRAIL_NOT_RAL:
        case STRINGPREP_BIDI_CONTAINS_PROHIBITED:
            *error = Phrase(
                "Inspector::SaslPrep",
                QT_TRANSLATE_NOOP("Inspector::SaslPrep",
                                  "it mixes or misplaces right-to-left characters (RFC 4013 §2.4, "
                                  "RFC 3454 §6)"));
            break;
        default:
            *error = Phrase("Inspector::SaslPrep",
                            QT_TRANSLATE_NOOP("Inspector::SaslPrep", "SASLprep failed: %1"),
                            {QString::fromUtf8(stringprep_strerror(Stringprep_rc(rc)))});
        }
        return false;
    }
    *out = QString::fromUtf8(prepared);
    std::free(prepared);
    return true;
}

} // namespace Inspector
