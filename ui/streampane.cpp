// SPDX-License-Identifier: GPL-3.0-or-later
#include "streampane.h"

#include "models/streamfiltermodel.h"
#include "models/streammodel.h"
#include "render/report.h"
#include "trace/eventlog.h"
#include "trace/phases.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Inspector {

namespace {
constexpr int ResizeRows = 100; // rows measured to fit a column to its contents
} // namespace

StreamPane::StreamPane(const EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new StreamModel(log, this))
    , m_filter(new StreamFilterModel(log, this))
    , m_text(new QLineEdit(this))
    , m_find(new QLineEdit(this))
    , m_connection(new QComboBox(this))
    , m_show(new QComboBox(this))
    , m_view(new QTableView(this))
{
    setUpViews();
    layOut();
    connectViews();
    connect(log, &EventLog::connectionChanged, this, &StreamPane::refreshConnections);
    retranslate();
}

void StreamPane::setUpViews()
{
    m_text->setObjectName(QStringLiteral("streamFilter"));
    m_find->setObjectName(QStringLiteral("streamFind"));
    m_find->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("streamView"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(StreamModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    for (int c : {int(StreamModel::TimeColumn), int(StreamModel::ConnectionColumn),
                  int(StreamModel::DirectionColumn), int(StreamModel::SizeColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Those columns fit about a screenful of rows, not a thousand (Qt's default): measuring
    // that many stalled the window for 15 ms when a flood's first rows arrived. Not 0 ("the
    // rows in view"): while the rows change, Qt 6.4 takes that as every row (seconds for a
    // filter over a million events).
    m_view->horizontalHeader()->setResizeContentsPrecision(ResizeRows);
    m_text->setClearButtonEnabled(true);
    // Tab leaves the table for the next pane; the arrow keys move between rows.
    m_view->setTabKeyNavigation(false);
}

void StreamPane::layOut()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 2);
    bar->addWidget(m_find, 1);
    // The combo boxes take what their short entries need; the text fields get the rest.
    for (QComboBox *c : {m_connection, m_show}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    bar->addWidget(m_connection);
    bar->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void StreamPane::connectViews()
{
    connect(m_text, &QLineEdit::textChanged, m_filter, &StreamFilterModel::setText);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_find->setPalette(QPalette()); });
    connect(m_connection, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setConnection(m_connection->currentData().toInt()); });
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setShow(StreamFilterModel::Show(qMax(0, i))); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_selecting && currentEvent() >= 0)
            Q_EMIT eventSelected(currentEvent());
    });
    // Stick to the bottom only if the user was there before the rows arrived.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum() - 2;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atBottom)
            m_view->scrollToBottom();
    });
}

StreamPane::~StreamPane() = default;

void StreamPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StreamPane::retranslate()
{
    m_text->setPlaceholderText(tr("Filter: text in the element or summary"));
    m_find->setPlaceholderText(tr("Find: Enter or F3 next, Shift+F3 previous"));
    const int show = m_show->currentIndex();
    m_show->clear();
    m_show->addItems({tr("Everything"), tr("XML only"), tr("Phases and facts")});
    m_show->setCurrentIndex(qMax(0, show));
    refreshConnections();
}

void StreamPane::refreshConnections()
{
    const int current = m_connection->currentData().toInt();
    const QSignalBlocker block(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("All connections"), 0);
    for (const ConnectionInfo &c : m_log->connections())
        m_connection->addItem(tr("%1: %2 (%3)").arg(c.id).arg(c.label, Phases::roleLabel(c.role)),
                              c.id);
    m_connection->setCurrentIndex(qMax(0, m_connection->findData(current)));
}

int StreamPane::currentEvent() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_filter->mapToSource(i).row() : -1;
}

void StreamPane::selectEvent(int eventIndex)
{
    m_model->flush();
    QModelIndex source = m_model->index(eventIndex, 0);
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid() && m_filter->isFiltering()) {
        m_text->clear();
        m_connection->setCurrentIndex(0);
        m_show->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    if (!proxy.isValid())
        return;
    m_selecting = true;
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    m_selecting = false;
}

void StreamPane::copySelected()
{
    const int row = currentEvent();
    if (row < 0)
        return;
    const Event &e = m_log->at(row);
    // What leaves the window is redacted like an export: a pasted dialback key or SASL
    // payload would outlive the session.
    QApplication::clipboard()->setText(e.raw.isEmpty()
                                           ? StreamModel::summarize(*m_log, row)
                                           : QString::fromUtf8(Report::rawBytes(e, false)));
}

void StreamPane::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

void StreamPane::focusFind()
{
    m_find->setFocus();
    m_find->selectAll();
}

void StreamPane::clearFilter()
{
    m_text->clear();
    m_connection->setCurrentIndex(0);
    m_show->setCurrentIndex(0);
}

bool StreamPane::findNext()
{
    return find(false);
}

bool StreamPane::findPrevious()
{
    return find(true);
}

bool StreamPane::find(bool backwards)
{
    const QString text = m_find->text();
    const int rows = m_filter->rowCount();
    if (text.isEmpty()) {
        focusFind();
        return false;
    }
    // From the row after (or before) the current one, around the end, among the rows shown.
    const int start =
        m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (backwards ? rows : -1);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((start + (backwards ? -step : step)) % rows + rows) % rows;
        if (m_filter->textMatches(m_filter->mapToSource(m_filter->index(row, 0)).row(), text)) {
            const QModelIndex found = m_filter->index(row, 0);
            m_view->setCurrentIndex(found);
            m_view->scrollTo(found, QAbstractItemView::PositionAtCenter);
            m_find->setPalette(QPalette());
            return true;
        }
    }
    // Not found: said where the text was typed.
    QPalette p = m_find->palette();
    p.setColor(QPalette::Base, QColor(255, 205, 205));
    p.setColor(QPalette::Text, Qt::black);
    m_find->setPalette(p);
    return false;
}

} // namespace Inspector
