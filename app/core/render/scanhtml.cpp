// SPDX-License-Identifier: GPL-3.0-or-later
// The scan's HTML report (ScanReport::html).
#include "scanreport.h"

#include "render/htmlblocks.h"
#include "render/htmlreportparts.h"
#include "trace/phases.h"
#include "trace/scanresult.h"
#include "trace/scanrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Inspector::ScanReport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScanReport)
};

using Tone = HtmlPage::Tone;
using Cell = HtmlPage::Cell;

// Sorting by a column, opening a row, filtering: the only script of the page (HtmlPage: no
// '<', '>', '&' or '"' in it). Rows keep their place among equals (data-i).
const char *const Script = R"js(
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
  var table = document.getElementById('scan-table');
  if (!table) return;
  var heads = table.tHead.rows[0].cells;
  var sorted = -1, direction = 1;
  function key(body, column) {
    var cell = body.rows[0].cells[column];
    var value = cell.getAttribute('data-sort');
    return value === null ? cell.textContent : value;
  }
  function number(text) {
    var value = parseFloat(text);
    return isNaN(value) ? -Infinity : value;
  }
  function sortBy(column) {
    direction = column === sorted ? -direction : 1;
    sorted = column;
    var numeric = heads[column].hasAttribute('data-number');
    var bodies = Array.prototype.slice.call(table.tBodies);
    bodies.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var order = numeric ? Math.sign(number(x) - number(y)) : x.localeCompare(y);
      return order * direction || a.getAttribute('data-i') - b.getAttribute('data-i');
    });
    bodies.forEach(function (body) { table.appendChild(body); });
    Array.prototype.forEach.call(heads, function (head, i) {
      var up = direction === 1;
      if (i === column) head.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      else head.removeAttribute('aria-sort');
      head.querySelector('.arrow').textContent = i === column ? (up ? ' \u25B2' : ' \u25BC') : '';
    });
  }
  Array.prototype.forEach.call(heads, function (head, i) {
    head.querySelector('button').addEventListener('click', function () { sortBy(i); });
  });
  function setOpen(button, open) {
    button.closest('tbody').classList.toggle('open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    button.querySelector('.mark').textContent = open ? '\u25BE ' : '\u25B8 ';
  }
  table.querySelectorAll('button.expand').forEach(function (b) { setOpen(b, false); });
  table.addEventListener('click', function (event) {
    var button = event.target.closest('button.expand');
    if (button) setOpen(button, button.getAttribute('aria-expanded') !== 'true');
  });
  var filter = document.getElementById('scan-filter');
  var shown = document.getElementById('scan-shown');
  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var cells = Array.prototype.map.call(body.rows[0].cells, function (c) { return c.textContent; });
      var text = (cells.join(' ') + ' ' + (body.getAttribute('data-find') || '')).toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      body.hidden = !match;
      if (match) count++;
    });
    shown.textContent = shown.getAttribute('data-template')
      .replace('%1', count).replace('%2', table.tBodies.length);
  }
  filter.addEventListener('input', applyFilter);
  applyFilter(); // a value the browser kept from before applies too
});
)js";

QString seconds(qint64 ms)
{
    return Tr::tr("%1 s").arg(double(ms) / 1000, 0, 'f', 1);
}

void writeOutcome(HtmlPage &page, const ScanResult &scan, const QVector<ScanRow> &rows)
{
    const int failed =
        int(std::count_if(rows.cbegin(), rows.cend(), [](const ScanRow &r) { return !r.success; }));
    const int total = int(rows.size());
    QStringList lines;
    const int notScanned = scan.summary.value(u"notScanned").toInt();
    if (notScanned > 0)
        lines << Tr::tr("%n domain(s) of the list not scanned: the scan was stopped.", nullptr,
                        notScanned);
    if (!scan.skipped.isEmpty())
        lines << Tr::tr("%n line(s) of the list skipped.", nullptr, int(scan.skipped.size()));
    if (scan.summary.isEmpty())
        lines << Tr::tr("The scan ended before its summary: these are the domains it finished.");
    else
        lines << Tr::tr("The scan took %1.")
                     .arg(seconds(scan.summary.value(u"elapsedMs").toInteger()));
    if (!rows.isEmpty() && !scan.domains.first().value(u"fromDomain").toString().isEmpty())
        lines << Tr::tr("Sessions from %1.")
                     .arg(scan.domains.first().value(u"fromDomain").toString());
    if (failed == 0)
        HtmlBlocks::outcome(page, Tr::tr("All %n domain(s) succeeded", nullptr, total),
                            total ? Tone::Good : Tone::Neutral, lines);
    else
        HtmlBlocks::outcome(page, Tr::tr("%1 of %n domain(s) failed", nullptr, total).arg(failed),
                            Tone::Bad, lines);
}

Tone dnssecTone(const QString &dnssec)
{
    if (dnssec == QLatin1String("secure"))
        return Tone::Good;
    return dnssec == QLatin1String("bogus") ? Tone::Bad : Tone::Neutral;
}

Cell cellOf(const ScanRow &r, ScanRow::Column column)
{
    const QString text = r.text(column);
    switch (column) {
    case ScanRow::OutcomeColumn:
        return Cell::badged(text, r.success ? Tone::Good : Tone::Bad);
    case ScanRow::ReachableColumn:
        return r.reachable ? Cell(text) : Cell::badged(text, Tone::Bad);
    case ScanRow::CertificateColumn:
        if (r.certificateDaysLeft && *r.certificateDaysLeft < 30)
            return Cell::badged(text, *r.certificateDaysLeft < 0 ? Tone::Bad : Tone::Warning);
        return text;
    case ScanRow::DnssecColumn:
        return r.dnssec.isEmpty() ? Cell(text) : Cell::badged(text, dnssecTone(r.dnssec));
    case ScanRow::DaneColumn:
        if (r.dane == ScanRow::Dane::Matched)
            return Cell::badged(text, Tone::Good);
        if (r.dane == ScanRow::Dane::Mismatch || r.dane == ScanRow::Dane::Bogus)
            return Cell::badged(text, Tone::Bad);
        return text;
    default:
        return text;
    }
}

void writeFindingBadges(HtmlPage &page, const ScanRow &r)
{
    const std::pair<Finding::Severity, Tone> kinds[] = {{Finding::Severity::Error, Tone::Bad},
                                                        {Finding::Severity::Warning, Tone::Warning},
                                                        {Finding::Severity::Info, Tone::Info}};
    bool any = false;
    for (const auto &[severity, tone] : kinds) {
        const int n = r.count(severity);
        if (n == 0)
            continue;
        if (any)
            page.text(QStringLiteral(" "));
        any = true;
        page.badge(ScanRow::countText(severity, n), tone);
    }
    if (!any)
        page.text(r.findingsText());
}

void writeMainRow(HtmlPage &page, const ScanRow &r, int index)
{
    page.open("tr", {{"class", QStringLiteral("main")}});
    for (int c = 0; c < ScanRow::ColumnCount; ++c) {
        const auto column = ScanRow::Column(c);
        const QVariant key = r.sortKey(column);
        page.open("td",
                  {{"data-sort", key.toString()},
                   {"class", ScanRow::isNumeric(column) ? QStringLiteral("num") : QString()}});
        if (column == ScanRow::DomainColumn) {
            page.open("button", {{"type", QStringLiteral("button")},
                                 {"class", QStringLiteral("expand")},
                                 {"aria-expanded", QStringLiteral("true")},
                                 {"aria-controls", QStringLiteral("d%1").arg(index)}});
            page.span(QStringLiteral("mark"), QStringLiteral("\u25BE "));
            page.text(r.domain);
            page.close();
        } else if (column == ScanRow::FindingsColumn) {
            writeFindingBadges(page, r);
        } else {
            const Cell cell = cellOf(r, column);
            if (cell.badge)
                page.badge(cell.text, cell.tone);
            else
                page.text(cell.text);
        }
        page.close();
    }
    page.close();
}

void writeDetailRow(HtmlPage &page, const ScanRow &r, int index)
{
    page.open("tr",
              {{"class", QStringLiteral("detail")}, {"id", QStringLiteral("d%1").arg(index)}});
    page.open("td", {{"colspan", QString::number(ScanRow::ColumnCount)}});
    QVector<std::pair<QString, Cell>> facts;
    if (!r.error.isEmpty())
        facts.append({Tr::tr("Error"), r.error});
    facts.append({Tr::tr("Checked in"), HtmlReport::milliseconds(double(r.elapsedMs))});
    if (!r.transcript.isEmpty())
        facts.append({Tr::tr("Transcript"), Cell::monospace(r.transcript)});
    page.facts(facts);
    if (!r.findings.isEmpty())
        HtmlBlocks::findings(page, r.findings);
    if (!r.phases.isEmpty()) {
        QStringList steps;
        for (const PhaseFact &p : r.phases)
            steps << QStringLiteral("%1 %2").arg(Phases::label(p.name),
                                                 HtmlReport::milliseconds(p.atMs));
        page.paragraph(Tr::tr("Phases: %1").arg(steps.join(QStringLiteral(" → "))),
                       QStringLiteral("muted"));
    }
    page.close();
    page.close();
}

void writeDomains(HtmlPage &page, const QVector<ScanRow> &rows)
{
    page.beginSection(QStringLiteral("domains"), Tr::tr("Domains"));
    page.open("p", {{"class", QStringLiteral("filter")}});
    QXmlStreamWriter &w = page.writer();
    w.writeEmptyElement(QStringLiteral("input")); // a void element: no end tag
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("search"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("scan-filter"));
    w.writeAttribute(QStringLiteral("placeholder"),
                     Tr::tr("Filter: domain, outcome, TLS version, finding…"));
    w.writeAttribute(QStringLiteral("aria-label"), Tr::tr("Filter the domains"));
    page.text(QStringLiteral(" "));
    page.open("span", {{"id", QStringLiteral("scan-shown")},
                       {"class", QStringLiteral("muted")},
                       {"aria-live", QStringLiteral("polite")},
                       {"data-template", Tr::tr("%1 of %2 domains shown")}});
    page.close();
    page.close();
    page.open("div", {{"class", QStringLiteral("scroll")}});
    page.open("table", {{"class", QStringLiteral("scan")}, {"id", QStringLiteral("scan-table")}});
    page.open("thead");
    page.open("tr");
    for (int c = 0; c < ScanRow::ColumnCount; ++c) {
        const auto column = ScanRow::Column(c);
        const bool number = ScanRow::sortsAsNumber(column);
        page.open("th", {{"data-number", number ? QStringLiteral("1") : QString()}});
        page.open("button", {{"type", QStringLiteral("button")}});
        page.text(ScanRow::header(column));
        page.span(QStringLiteral("arrow"), QString());
        page.close();
        page.close();
    }
    page.close();
    page.close();
    for (int i = 0; i < rows.size(); ++i) {
        const ScanRow &r = rows.at(i);
        QStringList find{r.error};
        for (const Finding &f : r.findings)
            find << f.codeName();
        page.open("tbody", {{"data-i", QString::number(i)},
                            {"data-find", find.join(QLatin1Char(' ')).simplified()}});
        writeMainRow(page, rows.at(i), i);
        writeDetailRow(page, rows.at(i), i);
        page.close();
    }
    page.close();
    page.close();
    page.close();
}

void writeOutcomes(HtmlPage &page, const QVector<ScanRow> &rows)
{
    QMap<QString, std::pair<int, bool>> outcomes; // the domains, and whether it is success
    for (const ScanRow &r : rows) {
        auto &[domains, success] = outcomes[r.text(ScanRow::OutcomeColumn)];
        ++domains;
        success = r.success;
    }
    QVector<HtmlPage::Row> table;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        table.append({Cell::badged(it.key(), it.value().second ? Tone::Good : Tone::Bad),
                      QString::number(it.value().first)});
    page.beginSection(QStringLiteral("outcomes"), Tr::tr("Outcomes"));
    page.table({Tr::tr("Outcome"), Tr::tr("Domains")}, table);
    page.close();
}

void writeFindingTotals(HtmlPage &page, const QVector<ScanRow> &rows)
{
    struct Total
    {
        Finding finding; // the first domain's, for its title
        int domains = 0;
    };
    QMap<QString, Total> totals;
    for (const ScanRow &r : rows) {
        QSet<QString> seen; // once per domain
        for (const Finding &f : r.findings) {
            if (seen.contains(f.codeName()))
                continue;
            seen.insert(f.codeName());
            Total &t = totals[f.codeName()];
            if (t.domains++ == 0)
                t.finding = f;
        }
    }
    QVector<Total> ordered(totals.cbegin(), totals.cend());
    std::stable_sort(ordered.begin(), ordered.end(), [](const Total &a, const Total &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity < b.finding.severity; // errors first
        return a.domains > b.domains;
    });
    page.beginSection(QStringLiteral("findings"), Tr::tr("Findings"));
    if (ordered.isEmpty()) {
        page.paragraph(Tr::tr("No domain has a finding."));
    } else {
        QVector<HtmlPage::Row> table;
        for (const Total &t : ordered) {
            const Tone tone = t.finding.severity == Finding::Severity::Error     ? Tone::Bad
                              : t.finding.severity == Finding::Severity::Warning ? Tone::Warning
                                                                                 : Tone::Info;
            table.append({Cell::badged(t.finding.codeName(), tone), t.finding.title(),
                          QString::number(t.domains)});
        }
        page.table({Tr::tr("Code"), Tr::tr("Finding (as the first domain with it has it)"),
                    Tr::tr("Domains")},
                   table);
    }
    page.close();
}

void writeSkipped(HtmlPage &page, const ScanResult &scan)
{
    if (scan.skipped.isEmpty())
        return;
    QVector<HtmlPage::Row> table;
    for (const QJsonObject &o : scan.skipped)
        table.append({QString::number(o.value(u"line").toInt()),
                      Cell::monospace(o.value(u"text").toString()), o.value(u"reason").toString()});
    page.beginSection(QStringLiteral("skipped"), Tr::tr("Lines of the list skipped"));
    page.table({Tr::tr("Line"), Tr::tr("Text"), Tr::tr("Why")}, table);
    page.close();
}
} // namespace

QByteArray html(const ScanResult &scan)
{
    QVector<ScanRow> rows;
    rows.reserve(scan.domains.size());
    for (const QJsonObject &record : scan.domains)
        rows.append(ScanRow::fromRecord(record));
    const QString title = Tr::tr("Federation scan of %n domain(s)", nullptr, int(rows.size()));
    //: The report's language tag (BCP 47) for the HTML lang attribute: de, fr, …
    HtmlPage page(title, Tr::tr("en", "HTML lang attribute"), QString::fromUtf8(Script));
    page.element("h1", title);
    writeOutcome(page, scan, rows);
    QVector<std::pair<QString, QString>> links{{Tr::tr("Domains"), QStringLiteral("#domains")},
                                               {Tr::tr("Outcomes"), QStringLiteral("#outcomes")},
                                               {Tr::tr("Findings"), QStringLiteral("#findings")}};
    if (!scan.skipped.isEmpty())
        links.append({Tr::tr("Lines skipped"), QStringLiteral("#skipped")});
    HtmlBlocks::navigation(page, links);
    writeDomains(page, rows);
    writeOutcomes(page, rows);
    writeFindingTotals(page, rows);
    writeSkipped(page, scan);
    const QString made =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return page.finish(
        Tr::tr("Made by XMPP Inspector %1 on %2.").arg(QStringLiteral(INSPECTOR_VERSION), made));
}

} // namespace Inspector::ScanReport
