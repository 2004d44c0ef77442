// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace Inspector {

/**
 * A self-contained HTML page for the reports: inline CSS (light and dark themes through
 * prefers-color-scheme, a print layout), sections, fact lists, tables, badges and collapsible
 * blocks, and no external resource. The markup is XHTML-compatible (written by
 * QXmlStreamWriter, every non-void element closed with an end tag) so that a test can read it
 * back with QXmlStreamReader. Every text and attribute is escaped by the writer, and characters
 * XML does not allow are replaced: hostile text from a peer stays text.
 *
 * A session's page has no script: collapsible blocks are <details>, the navigation is links
 * to the sections. A page may carry one inline script of its own (a scan's sortable table),
 * which the page's Content-Security-Policy names by its hash: no other script runs and nothing
 * is loaded from elsewhere. One page class serves every report (a session, a federation scan):
 * the reports are built of its sections, fact lists, tables and blocks, and of HtmlBlocks.
 */
class HtmlPage
{
public:
    enum class Tone { Neutral, Good, Warning, Bad, Info };

    /// A table cell: text, optionally shown as a badge, as code (fingerprints, addresses) or
    /// as a link to a place on the page ("#id").
    struct Cell
    {
        QString text;
        Tone tone = Tone::Neutral;
        bool badge = false;
        bool code = false;
        QString href;

        Cell() = default;
        Cell(const QString &t) // NOLINT(google-explicit-constructor): most cells are plain text
            : text(t)
        {}
        static Cell badged(const QString &t, Tone tone) { return {t, tone, true, false}; }
        static Cell monospace(const QString &t) { return {t, Tone::Neutral, false, true}; }
        static Cell link(const QString &t, const QString &target)
        {
            Cell c(t);
            c.href = target;
            return c;
        }

    private:
        Cell(const QString &t, Tone to, bool b, bool c)
            : text(t)
            , tone(to)
            , badge(b)
            , code(c)
        {}
    };
    using Row = QVector<Cell>;
    using Attributes = std::initializer_list<std::pair<const char *, QString>>;

    /// Starts the page: doctype, head with the title, the policy, the style and the script
    /// (which may hold no '<', '>', '&' or '"': the writer would escape them), and the body.
    HtmlPage(const QString &title, const QString &language, const QString &script = {});
    HtmlPage(const HtmlPage &) = delete;
    HtmlPage &operator=(const HtmlPage &) = delete;

    /// For content written by others (an inline SVG): the writer at the current position.
    QXmlStreamWriter &writer() { return m_writer; }

    /// An element whose start tag is closed at once (HTML has no <div/>): add content, then
    /// close().
    void open(const char *name, Attributes attributes = {});
    void close();
    /// An element with only text.
    void element(const char *name, const QString &text, const QString &cssClass = {});
    /// Text at the current position.
    void text(const QString &text);
    /// Text inside <span class="cssClass">.
    void span(const QString &cssClass, const QString &text);
    void paragraph(const QString &text, const QString &cssClass = {});
    void badge(const QString &text, Tone tone);

    /// <section id=…> with its heading; close() ends it.
    void beginSection(const QString &id, const QString &heading);
    /// A two-column list of labelled facts (<dl>); empty values show as "—".
    void facts(const QVector<std::pair<QString, Cell>> &rows);
    void table(const QStringList &headers, const QVector<Row> &rows, const QString &cssClass = {});
    /// <details> with a <summary> of the given text pieces (each one a span of its class);
    /// add the content, then close().
    void beginDetails(const QVector<std::pair<QString, QString>> &summary, const QString &id = {},
                      const QString &cssClass = {});
    /// A footer line and the end of the document.
    QByteArray finish(const QString &footer);

    static QString toneClass(Tone tone);
    /// The text with every character XML 1.0 does not allow (controls, lone surrogates,
    /// U+FFFE/U+FFFF) replaced by U+FFFD.
    static QString clean(const QString &text);
    /// The page's style sheet (it may hold no '<' or '&': the content of <style> is not
    /// unescaped by HTML parsers).
    static QString styleSheet();

private:
    QByteArray m_out;
    QXmlStreamWriter m_writer;
    int m_depth = 0;
};

} // namespace Inspector
