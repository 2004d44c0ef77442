// SPDX-License-Identifier: GPL-3.0-or-later
#include "narratepanel.h"

#include "models/streammodel.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/teaching.h"
#include "xmlhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Inspector {

namespace {
constexpr int MaxElementLines = 14; // the element is shown short: its opening lines
constexpr double ExplanationScale = 1.5;
constexpr int ExplanationLines = 5; // the room kept for an explanation, so nothing jumps

QString shortened(const QString &xml)
{
    QStringList lines = xml.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.size() <= MaxElementLines)
        return lines.join(QLatin1Char('\n'));
    lines = lines.mid(0, MaxElementLines - 1);
    lines.append(QStringLiteral("…"));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

NarratePanel::NarratePanel(const EventLog *log, QWidget *parent)
    : QFrame(parent)
    , m_log(log)
    , m_title(new QLabel(this))
    , m_element(new QPlainTextEdit(this))
    , m_explanation(new QLabel(this))
    , m_references(new QLabel(this))
{
    setObjectName(QStringLiteral("narratePanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("narrateTitle"));
    m_element->setObjectName(QStringLiteral("narrateElement"));
    m_explanation->setObjectName(QStringLiteral("narrateExplanation"));
    m_references->setObjectName(QStringLiteral("narrateReferences"));
    m_element->setReadOnly(true);
    // Read, not edited: a long element is wrapped rather than scrolled out of sight.
    m_element->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The keys step the replay wherever the focus is; nothing here needs it.
    m_element->setFocusPolicy(Qt::NoFocus);
    new XmlHighlighter(m_element->document());
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_references->setTextFormat(Qt::RichText);
    m_references->setOpenExternalLinks(true);
    m_references->setTextInteractionFlags(Qt::LinksAccessibleByMouse);

    auto *text = new QWidget;
    auto *column = new QVBoxLayout(text);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_title);
    column->addWidget(m_explanation, 1);
    column->addWidget(m_references);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_element, 2);
    row->addWidget(scroll, 3);
    setUpFonts();
}

void NarratePanel::setUpFonts()
{
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * ExplanationScale);
    m_explanation->setFont(large);
    QFont heading = font();
    heading.setBold(true);
    m_title->setFont(heading);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(qMax(fixed.pointSizeF(), font().pointSizeF()) * 1.15);
    m_element->setFont(fixed);
    // A fixed height: stepping must not move the panes below.
    const int height = QFontMetrics(large).lineSpacing() * ExplanationLines +
                       QFontMetrics(heading).lineSpacing() * 2 + 24;
    setFixedHeight(height);
}

void NarratePanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setUpFonts();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        showStep(m_position, m_length);
}

void NarratePanel::showStep(int position, int length)
{
    m_position = position;
    m_length = length;
    const int index = position - 1;
    if (index < 0 || index >= m_log->size()) {
        m_title->setText(tr("Before the first step"));
        m_element->clear();
        m_explanation->setText(tr("Press Space to play, or → to take one step."));
        m_cited.clear();
        m_references->clear();
        return;
    }
    m_title->setText(title(index, length));
    m_element->setPlainText(elementText(index));
    const QString explanation = explain(index);
    m_explanation->setText(explanation);
    m_cited = Teaching::references(explanation);
    QStringList links;
    const QString link = palette().color(QPalette::Link).name();
    for (const QString &ref : std::as_const(m_cited))
        links.append(QStringLiteral("<a style=\"color:%1\" href=\"%2\">%3</a>")
                         .arg(link, Teaching::referenceUrl(ref).toString(), ref.toHtmlEscaped()));
    m_references->setText(links.isEmpty()
                              ? QString()
                              : tr("Specification: %1").arg(links.join(QStringLiteral(" · "))));
}

QString NarratePanel::title(int index, int length) const
{
    const Event &e = m_log->at(index);
    QStringList parts{tr("Step %1 of %2").arg(index + 1).arg(length)};
    if (const ConnectionInfo *c = m_log->connection(e.connection))
        parts.append(tr("connection %1 (%2)").arg(c->id).arg(c->label));
    if (e.direction == Direction::Outbound)
        parts.append(tr("sent"));
    else if (e.direction == Direction::Inbound)
        parts.append(tr("received"));
    const qint64 startNs = m_log->at(0).monotonicNs;
    parts.append(
        tr("%1 ms").arg(QLocale().toString(double(e.monotonicNs - startNs) / 1e6, 'f', 1)));
    return parts.join(QStringLiteral(" · "));
}

QString NarratePanel::elementText(int index) const
{
    const Event &e = m_log->at(index);
    if (const ElementPtr tree = m_log->element(index))
        return shortened(QString::fromUtf8(tree->toXml(true)));
    if (e.kind == EventKind::StreamHeader || e.kind == EventKind::StreamEnd)
        return shortened(QString::fromUtf8(e.raw));
    return StreamModel::summarize(*m_log, index);
}

QString NarratePanel::explain(int index) const
{
    const QString taught = Teaching::explain(*m_log, index);
    if (!taught.isEmpty())
        return taught;
    const Event &e = m_log->at(index);
    if (e.kind == EventKind::Phase) {
        const PhaseEventFact phase = e.payload.as<PhaseEventFact>();
        if (phase.previous.text().isEmpty())
            return tr("A new phase begins: %1.").arg(Phases::label(phase.name));
        return tr("The phase changes from “%1” to “%2”.")
            .arg(Phases::label(phase.previous.text()), Phases::label(phase.name));
    }
    return StreamModel::summarize(*m_log, index);
}

QString NarratePanel::explanation() const
{
    return m_explanation->text();
}

QString NarratePanel::references() const
{
    return m_cited.join(QStringLiteral(" · "));
}

} // namespace Inspector
