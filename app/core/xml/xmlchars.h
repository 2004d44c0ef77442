// SPDX-License-Identifier: GPL-3.0-or-later
// The characters XML 1.0 allows where QXmlStreamReader does not check them itself.
#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace Inspector::XmlChars {

/// XML 1.0 §2.3 S: space, tab, carriage return, line feed.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// XML 1.0 fourth edition Appendix B, as QXmlStreamReader (Qt 6.4) checks element names and
/// expat checks every name: Letter | '_' (a name's first character; ':' is left to the
/// namespace rules, Namespaces in XML §3 NCName) ...
bool isNameStartChar(char32_t c);
/// ... and Letter | Digit | '.' | '-' | '_' | CombiningChar | Extender (the others). Both are in
/// the Basic Multilingual Plane only.
bool isNameChar(char32_t c);

/// The index of the first character that keeps `name` from being an NCName (a name without
/// ':', Namespaces in XML §3) under the rules above, or -1 if it is one (0 for an empty name).
/// A surrogate is a character outside the BMP, so never part of a name.
qsizetype firstNonNameChar(QStringView name);
inline bool isNCName(QStringView name)
{
    return firstNonNameChar(name) < 0;
}

/// Where in `tag`, a start tag as far as the reader accepted it, the attribute or namespace
/// declaration named `qualifiedName` (UTF-8) begins (its occurrence after `skip` others); -1 if
/// it is not there.
qsizetype attributeOffset(QByteArrayView tag, QByteArrayView qualifiedName, int skip = 0);

} // namespace Inspector::XmlChars
