// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetail.h"

#include "models/eventtext.h"
#include "models/streammodel.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/teaching.h"
#include "xmlhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Inspector {

EventDetailPane::EventDetailPane(const EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_raw(new QPlainTextEdit(this))
    , m_data(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("eventDetail"));
    m_heading->setObjectName(QStringLiteral("eventHeading"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_pretty->setObjectName(QStringLiteral("prettyView"));
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_data->setObjectName(QStringLiteral("dataView"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    for (QLabel *l : {m_heading, m_explanation}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_pretty, m_raw, m_data}) {
        e->setReadOnly(true);
        e->setFont(fixed);
        e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        e->setTabChangesFocus(true);
    }
    new XmlHighlighter(m_pretty->document());
    new XmlHighlighter(m_raw->document());
    m_tabs->addTab(m_pretty, QString());
    m_tabs->addTab(m_raw, QString());
    m_tabs->addTab(m_data, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void EventDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setEvent(m_event);
    }
    QWidget::changeEvent(event);
}

void EventDetailPane::retranslate()
{
    m_tabs->setTabText(0, tr("Event"));
    m_tabs->setTabText(1, tr("Raw bytes"));
    m_tabs->setTabText(2, tr("Recorded data"));
    setAccessibleName(tr("Selected event"));
    setAccessibleDescription(
        tr("The selected event: when and where it happened, what it means, and its bytes"));
    m_pretty->setAccessibleName(tr("Event in readable form"));
    m_raw->setAccessibleName(tr("Raw bytes of the event"));
    m_data->setAccessibleName(tr("Recorded data of the event"));
}

void EventDetailPane::setEvent(int index)
{
    if (index < 0 || index >= m_log->size()) {
        m_event = -1;
        m_heading->clear();
        m_explanation->clear();
        m_pretty->clear();
        m_raw->clear();
        m_data->clear();
        return;
    }
    m_event = index;
    const Event &e = m_log->at(index);
    m_heading->setText(EventText::heading(*m_log, index));
    const QString explanation = Teaching::explain(*m_log, index);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_pretty->setPlainText(EventText::describe(*m_log, index));
    m_raw->setPlainText(e.raw.isEmpty() ? StreamModel::summarize(*m_log, index)
                                        : QString::fromUtf8(e.raw));
    // The recorded data is the transcript's JSON, for those who want the exact facts.
    const bool hasData = !e.payload.isEmpty();
    m_tabs->setTabVisible(2, hasData);
    m_data->setPlainText(
        hasData
            ? QString::fromUtf8(QJsonDocument(EventJson::data(e)).toJson(QJsonDocument::Indented))
            : QString());
}

} // namespace Inspector
