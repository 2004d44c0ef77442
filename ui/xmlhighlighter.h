// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace Inspector {

/// XML colouring with colours taken from the palette, so dark themes work.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit XmlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_tag;
    QRegularExpression m_attribute;
    QRegularExpression m_value;
};

} // namespace Inspector
