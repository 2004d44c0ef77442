// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include <QCryptographicHash>

namespace Inspector {

namespace {
const QString None = QStringLiteral("—");

/// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool allowed(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xFFFE);
}
} // namespace

HtmlPage::HtmlPage(const QString &title, const QString &language, const QString &script)
    : m_writer(&m_out)
{
    // No auto-formatting: indentation between the spans of a <pre> would change its text.
    m_writer.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    m_writer.writeCharacters(QStringLiteral("\n"));
    m_writer.writeStartElement(QStringLiteral("html"));
    m_writer.writeAttribute(QStringLiteral("lang"), clean(language));
    m_writer.writeStartElement(QStringLiteral("head"));
    m_writer.writeEmptyElement(QStringLiteral("meta"));
    m_writer.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    m_writer.writeEmptyElement(QStringLiteral("meta"));
    m_writer.writeAttribute(QStringLiteral("name"), QStringLiteral("viewport"));
    m_writer.writeAttribute(QStringLiteral("content"),
                            QStringLiteral("width=device-width, initial-scale=1"));
    // Nothing from elsewhere, no script but the page's own (CSP Level 2 §4.2.4: its hash).
    Q_ASSERT(!script.contains(QLatin1Char('<')) && !script.contains(QLatin1Char('>')) &&
             !script.contains(QLatin1Char('&')) && !script.contains(QLatin1Char('"')));
    const QString scriptSource =
        script.isEmpty()
            ? QStringLiteral("'none'")
            : QStringLiteral("'sha256-%1'")
                  .arg(QString::fromLatin1(
                      QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256)
                          .toBase64()));
    m_writer.writeEmptyElement(QStringLiteral("meta"));
    m_writer.writeAttribute(QStringLiteral("http-equiv"),
                            QStringLiteral("Content-Security-Policy"));
    m_writer.writeAttribute(QStringLiteral("content"),
                            QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                           "img-src data:; script-src %1")
                                .arg(scriptSource));
    m_writer.writeTextElement(QStringLiteral("title"), clean(title));
    m_writer.writeTextElement(QStringLiteral("style"), styleSheet());
    if (!script.isEmpty())
        m_writer.writeTextElement(QStringLiteral("script"), script);
    m_writer.writeEndElement(); // head
    m_writer.writeCharacters(QStringLiteral("\n"));
    m_writer.writeStartElement(QStringLiteral("body"));
    m_writer.writeStartElement(QStringLiteral("main"));
    m_depth = 0;
}

void HtmlPage::open(const char *name, Attributes attributes)
{
    m_writer.writeStartElement(QString::fromLatin1(name));
    for (const auto &[key, value] : attributes) {
        if (!value.isEmpty())
            m_writer.writeAttribute(QString::fromLatin1(key), clean(value));
    }
    m_writer.writeCharacters(QString()); // closes the start tag: <div></div>, never <div/>
    ++m_depth;
}

void HtmlPage::close()
{
    Q_ASSERT(m_depth > 0);
    m_writer.writeEndElement();
    --m_depth;
}

void HtmlPage::element(const char *name, const QString &text, const QString &cssClass)
{
    open(name, {{"class", cssClass}});
    this->text(text);
    close();
}

void HtmlPage::text(const QString &text)
{
    m_writer.writeCharacters(clean(text));
}

void HtmlPage::span(const QString &cssClass, const QString &text)
{
    element("span", text, cssClass);
}

void HtmlPage::paragraph(const QString &text, const QString &cssClass)
{
    element("p", text, cssClass);
}

void HtmlPage::badge(const QString &text, Tone tone)
{
    const QString tc = toneClass(tone);
    span(tc.isEmpty() ? QStringLiteral("badge") : QStringLiteral("badge ") + tc, text);
}

void HtmlPage::beginSection(const QString &id, const QString &heading)
{
    m_writer.writeCharacters(QStringLiteral("\n"));
    open("section", {{"id", id}});
    element("h2", heading);
}

namespace {
void writeCell(HtmlPage &page, const HtmlPage::Cell &cell)
{
    if (!cell.href.isEmpty()) {
        page.open("a", {{"href", cell.href}});
        page.text(cell.text);
        page.close();
    } else if (cell.badge)
        page.badge(cell.text, cell.tone);
    else if (cell.code && !cell.text.isEmpty())
        page.span(QStringLiteral("mono"), cell.text);
    else
        page.text(cell.text.isEmpty() ? None : cell.text);
}
} // namespace

void HtmlPage::facts(const QVector<std::pair<QString, Cell>> &rows)
{
    open("dl");
    for (const auto &[label, value] : rows) {
        element("dt", label);
        open("dd");
        writeCell(*this, value);
        close();
    }
    close();
}

void HtmlPage::table(const QStringList &headers, const QVector<Row> &rows, const QString &cssClass)
{
    open("div", {{"class", QStringLiteral("scroll")}});
    open("table", {{"class", cssClass}});
    open("thead");
    open("tr");
    for (const QString &h : headers)
        element("th", h);
    close();
    close();
    open("tbody");
    for (const Row &row : rows) {
        open("tr");
        for (const Cell &cell : row) {
            open("td");
            writeCell(*this, cell);
            close();
        }
        close();
    }
    close(); // tbody
    close(); // table
    close(); // div
}

void HtmlPage::beginDetails(const QVector<std::pair<QString, QString>> &summary, const QString &id,
                            const QString &cssClass)
{
    open("details", {{"class", cssClass}, {"id", id}});
    open("summary");
    for (const auto &[cssClass, piece] : summary) {
        span(cssClass, piece);
        text(QStringLiteral(" ")); // between the pieces when the text is copied
    }
    close();
}

QByteArray HtmlPage::finish(const QString &footer)
{
    while (m_depth > 0)
        close();
    m_writer.writeCharacters(QStringLiteral("\n"));
    element("footer", footer);
    m_writer.writeEndElement(); // main
    m_writer.writeEndElement(); // body
    m_writer.writeEndElement(); // html
    m_writer.writeEndDocument();
    m_out.append('\n');
    return m_out;
}

QString HtmlPage::toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("good");
    case Tone::Warning:
        return QStringLiteral("warn");
    case Tone::Bad:
        return QStringLiteral("bad");
    case Tone::Info:
        return QStringLiteral("info");
    case Tone::Neutral:
        break;
    }
    return {};
}

QString HtmlPage::clean(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i; // a character outside the BMP: allowed
            continue;
        }
        if (c.isSurrogate() || !allowed(c.unicode()))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace Inspector
