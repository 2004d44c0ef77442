// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace Inspector {

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_tag(QStringLiteral("</?[\\w:.-]+|/?>|\\?>|<\\?[\\w:.-]+"))
    , m_attribute(QStringLiteral("[\\w:.-]+(?=\\s*=)"))
    , m_value(QStringLiteral("\"[^\"]*\"|'[^']*'"))
{}

void XmlHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QGuiApplication::palette();
    QTextCharFormat tag;
    tag.setForeground(palette.color(QPalette::Link));
    tag.setFontWeight(QFont::DemiBold);
    QTextCharFormat attribute;
    attribute.setForeground(palette.color(QPalette::PlaceholderText));
    QTextCharFormat value;
    value.setForeground(palette.color(QPalette::LinkVisited));
    bool inTag = false;
    int tagStart = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('<')) {
            inTag = true;
            tagStart = i;
        } else if (text.at(i) == QLatin1Char('>') && inTag) {
            const QString inside = text.mid(tagStart, i - tagStart + 1);
            auto attrs = m_attribute.globalMatch(inside);
            while (attrs.hasNext()) {
                const auto m = attrs.next();
                setFormat(tagStart + m.capturedStart(), m.capturedLength(), attribute);
            }
            auto values = m_value.globalMatch(inside);
            while (values.hasNext()) {
                const auto m = values.next();
                setFormat(tagStart + m.capturedStart(), m.capturedLength(), value);
            }
            auto tags = m_tag.globalMatch(inside);
            while (tags.hasNext()) {
                const auto m = tags.next();
                setFormat(tagStart + m.capturedStart(), m.capturedLength(), tag);
            }
            inTag = false;
        }
    }
}

} // namespace Inspector
