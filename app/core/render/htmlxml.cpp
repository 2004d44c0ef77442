// SPDX-License-Identifier: GPL-3.0-or-later
// XML as sent, highlighted: tags, attributes, values, text and redaction markers in spans.
#include "render/htmlblocks.h"

#include <QRegularExpression>

namespace Inspector::HtmlBlocks {

namespace {
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

/// Text between tags, with the redaction markers set apart.
void writeText(HtmlPage &page, const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\[redacted:\\d+\\]"));
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > at)
            page.span(QStringLiteral("x"), text.mid(at, m.capturedStart() - at));
        page.span(QStringLiteral("r"), m.captured());
        at = m.capturedEnd();
    }
    if (at < text.size())
        page.span(QStringLiteral("x"), text.mid(at));
}

/// Writes the tag that starts at `i` (at its '<') and returns where it ends. Bytes as sent
/// need not be well-formed: an unfinished tag runs to the end.
qsizetype writeTag(HtmlPage &page, const QString &xml, qsizetype i)
{
    const qsizetype n = xml.size();
    qsizetype j = i + 1;
    if (j < n && xml.at(j) == u'/')
        ++j;
    while (j < n && !isSpace(xml.at(j)) && xml.at(j) != u'/' && xml.at(j) != u'>')
        ++j;
    page.span(QStringLiteral("t"), xml.mid(i, j - i));
    while (j < n) {
        const QChar c = xml.at(j);
        qsizetype k = j;
        if (isSpace(c)) {
            while (k < n && isSpace(xml.at(k)))
                ++k;
            page.text(xml.mid(j, k - j));
        } else if (c == u'>' || (c == u'/' && j + 1 < n && xml.at(j + 1) == u'>')) {
            k = c == u'>' ? j + 1 : j + 2;
            page.span(QStringLiteral("t"), xml.mid(j, k - j));
            return k;
        } else if (c == u'"' || c == u'\'') {
            k = xml.indexOf(c, j + 1);
            k = k < 0 ? n : k + 1;
            page.span(QStringLiteral("v"), xml.mid(j, k - j));
        } else if (c == u'=' || c == u'/') {
            k = j + 1;
            page.span(QStringLiteral("p"), xml.mid(j, 1));
        } else {
            while (k < n && !isSpace(xml.at(k)) && xml.at(k) != u'=' && xml.at(k) != u'>' &&
                   xml.at(k) != u'/')
                ++k;
            page.span(QStringLiteral("a"), xml.mid(j, k - j));
        }
        j = k;
    }
    return n;
}
} // namespace

void highlightedXml(HtmlPage &page, const QString &xml)
{
    const qsizetype n = xml.size();
    qsizetype i = 0;
    while (i < n) {
        if (xml.at(i) != u'<') {
            qsizetype end = xml.indexOf(u'<', i);
            end = end < 0 ? n : end;
            writeText(page, xml.mid(i, end - i));
            i = end;
            continue;
        }
        // Comments, processing instructions and declarations (the XML declaration).
        const bool comment = QStringView(xml).mid(i).startsWith(u"<!--");
        if (comment || (i + 1 < n && (xml.at(i + 1) == u'?' || xml.at(i + 1) == u'!'))) {
            qsizetype end = comment ? xml.indexOf(QStringLiteral("-->"), i) : xml.indexOf(u'>', i);
            end = end < 0 ? n : end + (comment ? 3 : 1);
            page.span(QStringLiteral("p"), xml.mid(i, end - i));
            i = end;
            continue;
        }
        i = writeTag(page, xml, i);
    }
}

} // namespace Inspector::HtmlBlocks
