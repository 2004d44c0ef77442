// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionview.h"

#include "models/featuresmodel.h"
#include "models/timelinemodel.h"
#include "session/s2ssession.h"
#include "streampane.h"
#include "summarypane.h"
#include "timelineview.h"
#include "trace/eventlog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>

namespace Inspector {

SessionView::SessionView(QWidget *parent)
    : QWidget(parent)
    , m_log(std::make_unique<EventLog>())
    , m_timelineModel(new TimelineModel(m_log.get(), this))
    , m_featuresModel(new FeaturesModel(m_log.get(), this))
    , m_stream(new StreamPane(m_log.get(), this))
    , m_timeline(new TimelineView(m_timelineModel, this))
    , m_summary(new SummaryPane(m_log.get(), this))
    , m_featuresView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_right(new QSplitter(Qt::Vertical, this))
{
    m_featuresView->setObjectName(QStringLiteral("featuresView"));
    m_featuresView->setModel(m_featuresModel);
    m_featuresView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_featuresModel, &QAbstractItemModel::rowsInserted, m_featuresView, &QTreeView::expandAll);
    m_tabs->setObjectName(QStringLiteral("factTabs"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_featuresView, tr("Features"));
    m_main->setObjectName(QStringLiteral("mainSplitter"));
    m_right->setObjectName(QStringLiteral("rightSplitter"));
    m_right->addWidget(m_timeline);
    m_right->addWidget(m_tabs);
    m_right->setStretchFactor(0, 3);
    m_right->setStretchFactor(1, 2);
    m_main->addWidget(m_stream);
    m_main->addWidget(m_right);
    m_main->setStretchFactor(0, 1);
    m_main->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_main);

    connect(m_stream, &StreamPane::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_stream); });
    connect(m_timeline, &TimelineView::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_timeline); });
    connect(m_featuresView, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        selectEverywhere(i.data(FeaturesModel::EventIndexRole).toInt(), m_featuresView);
    });
    connect(m_log.get(), &EventLog::eventAppended, this, [this](int index) {
        const Event &e = m_log->at(index);
        if (e.kind == EventKind::Phase) {
            m_phase = QStringLiteral("%1: %2").arg(e.connection).arg(e.data.value(QStringLiteral("name")).toString());
            Q_EMIT statusChanged();
        }
    });
}

SessionView::~SessionView()
{
    // Sessions record into the log while they shut down: they go first.
    delete m_session;
    m_session = nullptr;
}

QList<QSplitter *> SessionView::splitters() const
{
    return {m_main, m_right};
}

void SessionView::selectEverywhere(int eventIndex, QObject *origin)
{
    if (eventIndex < 0)
        return;
    if (origin != m_stream)
        m_stream->selectEvent(eventIndex);
    if (origin != m_timeline)
        m_timeline->selectEvent(eventIndex);
}

void SessionView::attach(QObject *session, std::function<void()> stop)
{
    m_session = session;
    m_stop = std::move(stop);
    m_running = true;
    m_clock.start();
    Q_EMIT statusChanged();
}

void SessionView::startS2s(const S2sOptions &options)
{
    m_title = options.from + QStringLiteral(" → ") + options.to;
    auto *session = new S2sSession(m_log.get(), options, this);
    connect(session, &S2sSession::finished, this, [this] {
        m_running = false;
        m_finishedAfterMs = m_clock.elapsed();
        m_summary->refresh();
        Q_EMIT statusChanged();
        Q_EMIT finished();
    });
    attach(session, [session] { session->stop(); });
    session->start();
}

void SessionView::startLab(LabSession::Variant variant)
{
    m_title = tr("Lab: %1").arg(LabSession::variantName(variant));
    auto *session = new LabSession(m_log.get(), variant, this);
    connect(session, &LabSession::finished, this, [this] {
        m_running = false;
        m_finishedAfterMs = m_clock.elapsed();
        m_summary->refresh();
        Q_EMIT statusChanged();
        Q_EMIT finished();
    });
    attach(session, [session] { session->stop(); });
    session->start();
}

void SessionView::startListen(const ListenOptions &options)
{
    m_title = tr("Listening as %1").arg(options.domain);
    auto *session = new ListenSession(m_log.get(), options, this);
    connect(session, &ListenSession::finished, this, [this] {
        m_running = false;
        m_finishedAfterMs = m_clock.elapsed();
        m_summary->refresh();
        Q_EMIT statusChanged();
        Q_EMIT finished();
    });
    attach(session, [session] { session->stop(); });
    session->start();
}

void SessionView::stop()
{
    if (m_running && m_stop)
        m_stop();
}

QString SessionView::tlsState() const
{
    const QJsonObject tls = m_summary->summary().value(QStringLiteral("tls")).toObject();
    if (tls.isEmpty())
        return tr("no TLS");
    return QStringLiteral("%1 %2").arg(tls.value(QStringLiteral("protocol")).toString(),
                                       tls.value(QStringLiteral("verified")).toBool() ? tr("verified")
                                                                                     : tr("not verified"));
}

QString SessionView::rtt() const
{
    const QJsonObject ping = m_summary->summary().value(QStringLiteral("ping")).toObject();
    if (ping.isEmpty() || ping.value(QStringLiteral("rttMs")).isNull())
        return QString();
    return tr("RTT %1 ms").arg(ping.value(QStringLiteral("rttMs")).toDouble(), 0, 'f', 1);
}

qint64 SessionView::elapsedMs() const
{
    if (m_finishedAfterMs >= 0)
        return m_finishedAfterMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

} // namespace Inspector
