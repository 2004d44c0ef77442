// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome box, the navigation and the findings of the HTML reports.
#include "htmlblocks.h"

#include "facts/finding.h"

#include <QCoreApplication>

namespace Inspector::HtmlBlocks {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

QString severityLabel(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return Tr::tr("error", "finding severity");
    case Finding::Severity::Warning:
        return Tr::tr("warning", "finding severity");
    case Finding::Severity::Info:
        break;
    }
    return Tr::tr("note", "finding severity");
}

Tone severityTone(Finding::Severity severity)
{
    return severity == Finding::Severity::Error     ? Tone::Bad
           : severity == Finding::Severity::Warning ? Tone::Warning
                                                    : Tone::Info;
}

/// "Label: text" in one paragraph, the label in bold.
void labelled(HtmlPage &page, const QString &label, const QString &text, const QString &cssClass)
{
    page.open("p", {{"class", cssClass}});
    page.span(QStringLiteral("label"), label);
    page.text(QStringLiteral(" ") + text);
    page.close();
}
} // namespace

void outcome(HtmlPage &page, const QString &verdict, Tone tone, const QStringList &lines)
{
    page.open("div", {{"class", QStringLiteral("outcome ") + HtmlPage::toneClass(tone)}});
    page.element("div", verdict, QStringLiteral("verdict"));
    for (const QString &line : lines)
        page.paragraph(line);
    page.close();
}

void navigation(HtmlPage &page, const QVector<std::pair<QString, QString>> &links)
{
    page.open("nav");
    for (const auto &[label, target] : links) {
        page.open("a", {{"href", target}});
        page.text(label);
        page.close();
    }
    page.close();
}

QString findingCounts(const QVector<Finding> &findings)
{
    if (findings.isEmpty())
        return Tr::tr("No findings.");
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    // Counts after a colon: right for one and for many without plural forms (the command-line
    // tool loads no translation, not even the English plurals).
    return Tr::tr("Findings — errors: %1, warnings: %2, notes: %3.")
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2]);
}

bool hasProblems(const QVector<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.severity != Finding::Severity::Info)
            return true;
    }
    return false;
}

void findings(HtmlPage &page, const QVector<Finding> &findings)
{
    if (findings.isEmpty())
        page.paragraph(Tr::tr("Nothing that this tool checks looks wrong."));
    for (const Finding &f : findings) {
        page.open("div", {{"class", QStringLiteral("finding ") +
                                        HtmlPage::toneClass(severityTone(f.severity))}});
        page.open("div", {{"class", QStringLiteral("head")}});
        page.badge(severityLabel(f.severity), severityTone(f.severity));
        page.element("h3", f.title());
        page.span(QStringLiteral("code mono"), f.codeName());
        page.close();
        page.paragraph(f.explanation());
        if (const QString fix = f.fix(); !fix.isEmpty())
            labelled(page, Tr::tr("Remedy:"), fix, QStringLiteral("remedy"));
        if (const QString spec = f.spec(); !spec.isEmpty())
            labelled(page, Tr::tr("Specification:"), spec, QStringLiteral("spec"));
        page.close();
    }
}

Tone resultTone(const QString &result)
{
    static const QStringList good{
        QStringLiteral("valid"),         QStringLiteral("success"),  QStringLiteral("ok"),
        QStringLiteral("result"),        QStringLiteral("answered"), QStringLiteral("connected"),
        QStringLiteral("authenticated"), QStringLiteral("bound"),    QStringLiteral("delivered")};
    static const QStringList bad{QStringLiteral("invalid"), QStringLiteral("failure"),
                                 QStringLiteral("error"),   QStringLiteral("failed"),
                                 QStringLiteral("refused"), QStringLiteral("timeout")};
    return good.contains(result) ? Tone::Good : bad.contains(result) ? Tone::Bad : Tone::Neutral;
}

} // namespace Inspector::HtmlBlocks
