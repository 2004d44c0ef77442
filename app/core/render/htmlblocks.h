// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/htmlpage.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Inspector {

struct AttemptFact;
struct DnsFact;
struct Finding;
struct TlsFact;

/**
 * The blocks the HTML reports are made of, on an HtmlPage: the outcome box, the findings, the
 * TLS facts with the certificate chain, the DNS candidates and highlighted XML. Each block
 * takes the facts it shows, not a whole session: a session report and a federation scan
 * report (one server after another) are built of the same blocks. Texts are in the
 * interface's language (context HtmlReport).
 */
namespace HtmlBlocks {

using Tone = HtmlPage::Tone;

/// The box at the top of a report: the verdict in large type, then lines that qualify it.
void outcome(HtmlPage &page, const QString &verdict, Tone tone, const QStringList &lines);
/// Links to places on the page: (label, "#id") pairs.
void navigation(HtmlPage &page, const QVector<std::pair<QString, QString>> &links);

/// "Findings: 1 error, 2 warnings, 0 notes." or "No findings."
QString findingCounts(const QVector<Finding> &findings);
/// Whether any finding is an error or a warning.
bool hasProblems(const QVector<Finding> &findings);
/// Each finding as a card: severity, code, title, explanation, remedy and specification.
void findings(HtmlPage &page, const QVector<Finding> &findings);

/// A TLS handshake: protocol, cipher, verification and identity as a fact list, the peer's
/// certificate chain as a table, and DANE when it was evaluated.
void tls(HtmlPage &page, const TlsFact &tls);
/// A DNS lookup: its facts, the candidates in the order they are tried as a table, and the
/// connection attempts made to them (if any).
void dns(HtmlPage &page, const DnsFact &dns, const QVector<AttemptFact> &attempts);

/// XML as sent, its tags, attributes, values and text in spans of their classes (inside a
/// <pre class="xml">). Bytes need not be well-formed; redaction markers stand out.
void highlightedXml(HtmlPage &page, const QString &xml);

/// "good", "bad" or neutral for a verdict's result ("valid", "failure", …).
Tone resultTone(const QString &result);

} // namespace HtmlBlocks
} // namespace Inspector
