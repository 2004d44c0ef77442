// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"
#include "xml/element.h"

#include <QString>

#include <optional>

namespace Inspector::Caps {

/// XEP-0115 §5.1: the verification string of a disco#info <query/>: identities, features
/// and extended data forms, each sorted and each ended by '<'.
QString verificationString(const Element &query);
/// Why the answer cannot be checked (XEP-0115 §5.4: an identity or a feature twice, several
/// FORM_TYPE values, two forms of one type), or empty.
Phrase illFormed(const Element &query);
/// The ver attribute for that string with the hash function named (IANA: sha-1, sha-224,
/// sha-256, sha-384, sha-512, md5), base64; none for a function this tool does not know.
std::optional<QString> ver(const QString &verificationString, const QString &hash);

} // namespace Inspector::Caps
