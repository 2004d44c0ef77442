// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionview.h"

#include "preferences.h"
#include "readingbar.h"
#include "replaybar.h"

#include "consolepane.h"
#include "eventdetail.h"
#include "facts/eventfacts.h"
#include "fileprogress.h"
#include "models/featuresmodel.h"
#include "models/flushpacer.h"
#include "models/phasespanmodel.h"
#include "models/timelinemodel.h"
#include "phasetimeline.h"
#include "render/exporters.h"
#include "run/controller.h"
#include "session/replay.h"
#include "session/session.h"
#include "streampane.h"
#include "summarypane.h"
#include "timelineview.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/summary.h"
#include "trace/transcript.h"
#include "xml/namespaces.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

namespace Inspector {

namespace {
int s_firstSliceMs = 50; // the first rows within a frame or three
int s_sliceMs = 8;       // under a frame at 60 Hz, with the panes' own work
} // namespace

SessionView::SessionView(QWidget *parent)
    : QWidget(parent)
    , m_controller(std::make_unique<SessionController>())
    , m_timelineModel(new TimelineModel(m_controller->log(), this))
    , m_featuresModel(new FeaturesModel(m_controller->log(), this))
    , m_phaseModel(new PhaseSpanModel(m_controller->log(), this))
    , m_stream(new StreamPane(m_controller->log(), this))
    , m_detail(new EventDetailPane(m_controller->log(), this))
    , m_phases(new PhaseTimelineView(m_phaseModel, this))
    , m_timeline(new TimelineView(m_timelineModel, this))
    , m_summary(new SummaryPane(m_controller->log(), this))
    , m_featuresView(new QTreeView(this))
    , m_console(new ConsolePane(this))
    , m_tabs(new QTabWidget(this))
{
    m_featuresView->setObjectName(QStringLiteral("featuresView"));
    m_featuresView->setModel(m_featuresModel);
    m_featuresView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Each new stage opened as it comes (expandAll() on every insert walked every stage again:
    // minutes for a transcript of thousands of connections).
    connect(m_featuresModel, &QAbstractItemModel::rowsInserted, m_featuresView,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last && !parent.isValid(); ++row)
                    m_featuresView->expand(m_featuresModel->index(row, 0));
            });
    m_tabs->setObjectName(QStringLiteral("factTabs"));
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_console, QString());
    layOut();
    retranslate();

    connect(m_stream, &StreamPane::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_stream); });
    connect(m_timeline, &TimelineView::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_timeline); });
    connect(m_phases, &PhaseTimelineView::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_phases); });
    connect(m_controller->log(), &EventLog::truncated, this, [this] {
        if (m_detail->event() >= m_controller->log()->size())
            selectEvent(-1);
    });
    connect(m_featuresView, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        selectEverywhere(i.data(FeaturesModel::EventIndexRole).toInt(), m_featuresView);
    });
    connect(m_controller->log(), &EventLog::eventAppended, this, [this](int index) {
        const Event &e = m_controller->log()->at(index);
        if (e.kind == EventKind::Phase || e.kind == EventKind::Verdict)
            m_console->refresh(); // the session may have become able, or unable, to send
        if (e.kind == EventKind::Phase && e.connection != 0) { // a connection's, not the session's
            m_phase = tr("%1: %2", "connection: phase")
                          .arg(e.connection)
                          .arg(Phases::label(e.payload.as<PhaseEventFact>().name));
            Q_EMIT statusChanged();
        }
    });
}

SessionView::~SessionView()
{
    // The session may record, or finish, while it shuts down: nothing of that reaches this
    // view any more, and it goes (with its log) while every member and pane is still here.
    m_controller->log()->disconnect(this);
    m_controller->disconnect(this);
    m_controller.reset();
}

EventLog *SessionView::log() const
{
    return m_controller->log();
}

QList<QSplitter *> SessionView::splitters() const
{
    return {m_columns, m_left, m_right, m_factsRow};
}

void SessionView::layOut()
{
    // Five panes side by side: the stream above the selected event and the phase timeline; the
    // sequence diagram above the features and the outcome.
    m_columns = new QSplitter(Qt::Horizontal, this);
    m_left = new QSplitter(Qt::Vertical, m_columns);
    m_right = new QSplitter(Qt::Vertical, m_columns);
    m_factsRow = new QSplitter(Qt::Horizontal, m_right);
    m_columns->setObjectName(QStringLiteral("sessionColumns"));
    m_left->setObjectName(QStringLiteral("streamColumn"));
    m_right->setObjectName(QStringLiteral("diagramColumn"));
    m_factsRow->setObjectName(QStringLiteral("factsRow"));
    m_left->addWidget(m_stream);
    m_left->addWidget(m_detail);
    m_left->addWidget(m_phases);
    m_right->addWidget(m_timeline);
    m_right->addWidget(m_factsRow);
    m_factsRow->addWidget(m_featuresView);
    m_factsRow->addWidget(m_tabs);
    for (QSplitter *s : splitters()) {
        s->setChildrenCollapsible(false);
        for (int i = 0; i < s->count(); ++i)
            s->widget(i)->setMinimumSize(160, 100);
    }
    m_detail->hide(); // until an event is selected
    resetLayout();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_columns);
}

void SessionView::resetLayout()
{
    // Percentages of the space there is (before the first show, of a large nominal size: the
    // splitter scales them when it is laid out; small numbers would lose to minimum sizes).
    const auto share = [](QSplitter *splitter, std::initializer_list<int> percent) {
        const int extent =
            splitter->orientation() == Qt::Horizontal ? splitter->width() : splitter->height();
        const int total = splitter->isVisible() && extent > 0 ? extent : 100000;
        QList<int> sizes;
        for (int p : percent)
            sizes << total * p / 100;
        splitter->setSizes(sizes);
    };
    share(m_columns, {45, 55});
    share(m_left, {50, 28, 22});
    share(m_right, {55, 45});
    share(m_factsRow, {48, 52});
}

void SessionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionView::retranslate()
{
    m_tabs->setTabText(0, tr("Outcome"));
    m_tabs->setTabText(1, tr("Console"));
    const std::pair<QWidget *, std::pair<QString, QString>> panes[] = {
        {m_stream, {tr("XML stream"), tr("Every event of the session, one row each")}},
        {m_phases,
         {tr("Phase timeline"), tr("Each connection's phases as bars as long as they took")}},
        {m_timeline, {tr("Sequence diagram"), tr("The messages between the parties, in order")}},
        {m_featuresView, {tr("Stream features"), tr("What each stream offered, stage by stage")}},
        {m_tabs, {tr("Outcome and console"), tr("The outcome of the session, or its console")}},
        {m_summary, {tr("Outcome"), tr("The result, findings, authentication and TLS")}},
        {m_detail,
         {tr("Event detail"), tr("The selected event: when, where, what it is and means")}},
        {m_console, {tr("Console"), tr("Send your own stanzas on the session's stream")}},
    };
    for (const auto &[pane, text] : panes) {
        pane->setAccessibleName(text.first);
        pane->setAccessibleDescription(text.second);
    }
}

void SessionView::selectEvent(int eventIndex)
{
    selectEverywhere(eventIndex, nullptr);
}

void SessionView::selectEverywhere(int eventIndex, QObject *origin)
{
    // The detail pane takes room only while there is something to show.
    m_detail->setEvent(eventIndex);
    m_detail->setVisible(eventIndex >= 0);
    if (eventIndex < 0)
        return;
    if (origin != m_stream)
        m_stream->selectEvent(eventIndex);
    if (origin != m_timeline)
        m_timeline->selectEvent(eventIndex);
    if (origin != m_phases)
        m_phases->selectEvent(eventIndex);
}

void SessionView::startAutosave()
{
    // Written line by line as the session runs: a crash or a killed process loses nothing.
    if (!Preferences::load().autosave)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/autosave");
    if (!QDir().mkpath(dir))
        return;
    const QString name =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-")) +
        QUuid::createUuid().toString(QUuid::Id128).left(8) + QLatin1Char('.') +
        Transcript::Extension;
    m_controller->autosaveTo(dir + QLatin1Char('/') + name);
}

void SessionView::discardAutosave()
{
    m_controller->discardAutosave();
}

const EventLog *SessionView::fullLog() const
{
    return &m_controller->fullLog();
}

SessionController::Opened SessionView::openTranscript(const QString &path, QString *error)
{
    // The first events at once; a large file is then read on in slices, between which the
    // window repaints and answers, every pane showing what has been read so far.
    if (!m_controller->beginReading(path, error))
        return SessionController::Opened::Failed;
    m_title = QFileInfo(path).fileName();
    if (!readSlice(s_firstSliceMs))
        return finishReading(error);
    m_readingBar = new ReadingBar(m_title, this);
    static_cast<QBoxLayout *>(layout())->insertWidget(0, m_readingBar);
    connect(m_readingBar, &ReadingBar::cancelRequested, m_controller.get(),
            &SessionController::stopReading);
    m_readTimer = new QTimer(this);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const int percent = readPercent();
        if (readSlice(s_sliceMs)) {
            m_readingBar->setProgress(m_controller->readPosition(), m_controller->readTotal(),
                                      log()->size());
            if (percent != readPercent())
                Q_EMIT statusChanged(); // the tab says how far reading has come
            return;
        }
        m_readTimer->stop();
        m_readTimer->deleteLater();
        m_readTimer = nullptr;
        QString error;
        const SessionController::Opened opened = finishReading(&error);
        Q_EMIT readingFinished(opened, error);
    });
    m_readTimer->start(0);
    m_readingBar->setProgress(m_controller->readPosition(), m_controller->readTotal(),
                              log()->size());
    return SessionController::Opened::Reading;
}

void SessionView::setReadingSlices(int firstMs, int everyMs)
{
    s_firstSliceMs = firstMs;
    s_sliceMs = everyMs;
}

bool SessionView::isReading() const
{
    return m_controller->isReading();
}

QString SessionView::stillReading() const
{
    return tr("%1 is still being read: it can be saved or exported once reading has ended.")
        .arg(m_title);
}

bool SessionView::readSlice(int ms)
{
    constexpr qint64 StepBytes = 64 * 1024;
    QElapsedTimer clock;
    clock.start();
    bool more = false;
    while ((more = m_controller->readSome(StepBytes)) && clock.elapsed() < ms) {
    }
    indexRead();
    // The panes take in each slice's events at once: a paced tick would gather several slices.
    FlushPacer::shared(this)->flushNow();
    return more;
}

void SessionView::indexRead()
{
    m_recorded.update(*fullLog());
    m_phaseIndex.update(*fullLog());
}

QString SessionView::phaseUpTo(int eventIndex) const
{
    const int at = m_phaseIndex.lastUpTo(eventIndex);
    if (at < 0)
        return {};
    const Event &e = fullLog()->at(at);
    return tr("%1: %2", "connection: phase")
        .arg(e.connection)
        .arg(Phases::label(e.payload.as<PhaseEventFact>().name));
}

SessionController::Opened SessionView::finishReading(QString *error)
{
    // On a bad line, what was read before it is kept, and the error shown; the same when the
    // user stops reading a large file.
    const SessionController::Opened opened = m_controller->finishReading(error);
    delete m_readingBar;
    m_readingBar = nullptr;
    if (opened == SessionController::Opened::Failed) {
        m_recorded.reset();
        return opened;
    }
    indexRead(); // what the last slice read
    m_replay = new ReplayController(m_controller->source(), m_controller->log(), this);
    static_cast<QBoxLayout *>(layout())->insertWidget(0, makeReplayBar());
    m_summary->refresh();
    // The tab and the status bar say how the recorded session ended, wherever the cursor is.
    m_recordedOutcome = SummaryPane::outcome(m_recorded.result(*fullLog()));
    m_recorded.reset();
    Q_EMIT statusChanged();
    return opened;
}

QWidget *SessionView::makeReplayBar()
{
    auto *bar = new ReplayBar(m_replay, m_controller->log(), this);
    // Every pane shows the state at the cursor: the log holds only the events up to it, and
    // every pane selects its last event (none before the first step). Narration shows the
    // event larger than the detail pane does: the detail pane leaves it the room.
    const auto update = [this, bar] {
        const int last = m_replay->position() - 1;
        m_timelineModel->flush();
        selectEvent(last);
        if (last < 0)
            m_timeline->selectEvent(-1);
        if (bar->isNarrating())
            m_detail->hide();
        m_summary->refresh();
        m_phase = phaseUpTo(last); // the status bar's: the last one entered up to the cursor
        Q_EMIT statusChanged();
    };
    connect(m_replay, &ReplayController::positionChanged, this, update);
    connect(bar, &ReplayBar::narratingChanged, this, update);
    update();
    return bar;
}

bool SessionView::save(const QString &path, bool keepSecrets, QString *error) const
{
    if (isReading()) {
        *error = stillReading();
        return false;
    }
    FileProgress progress(window(), tr("Saving %1…").arg(QFileInfo(path).fileName()));
    return m_controller->save(path, keepSecrets, error, progress.callback());
}

bool SessionView::exportTo(const QString &path, const QString &format, QString *error) const
{
    Exporters::Format f;
    if (isReading()) {
        *error = stillReading();
        return false;
    }
    if (!Exporters::parseFormat(format, &f)) {
        *error = tr("Unknown export format '%1'.").arg(format);
        return false;
    }
    return m_controller->exportTo(path, f, false, error);
}

void SessionView::sessionFinished()
{
    m_running = false;
    m_console->detach();
    m_finishedAfterMs = m_clock.elapsed();
    FlushPacer::shared(this)->flushNow(); // every pane shows the whole session at once
    m_timeline->layOutRest();
    m_summary->refresh(SummaryPane::Refresh::Whole);
    Q_EMIT statusChanged();
    Q_EMIT finished();
}

void SessionView::start(const Specification &spec)
{
    m_spec = spec;
    m_title = Specifications::title(spec);
    connect(m_controller.get(), &SessionController::finished, this, &SessionView::sessionFinished);
    m_running = true;
    m_clock.start();
    startAutosave();
    Q_EMIT statusChanged();
    m_controller->start(spec); // may finish at once (an address that cannot be bound)
    Session *session = m_controller->session();
    if (!session->consoleNamespace().isEmpty() && !session->isFinished())
        m_console->attach(
            session->consoleNamespace(), [session] { return session->canSend(); },
            [session](const QVector<ElementPtr> &s, QString *error) {
                return session->send(s, error);
            });
}

void SessionView::stop()
{
    if (m_running)
        m_controller->stop();
    m_controller->stopReading();
}

SummaryPane::Outcome SessionView::outcome() const
{
    if (m_recordedOutcome)
        return *m_recordedOutcome;
    return m_running || isReading() ? SummaryPane::Outcome::Running
                                    : SummaryPane::outcome(m_summary->summary());
}

QString SessionView::outcomeText() const
{
    if (isReading())
        return tr("reading… %1 %", "a transcript being read").arg(readPercent());
    return SummaryPane::outcomeText(outcome());
}

int SessionView::readPercent() const
{
    const qint64 total = m_controller->readTotal();
    return total > 0 ? int(m_controller->readPosition() * 100 / total) : 0;
}

QIcon SessionView::outcomeIcon() const
{
    return SummaryPane::outcomeIcon(outcome(), style());
}

QString SessionView::tlsState() const
{
    const std::optional<TlsFact> &tls = m_summary->summary().tls;
    if (!tls || !tls->isRecorded())
        return tr("no TLS");
    return QStringLiteral("%1 %2").arg(tls->protocol,
                                       tls->verified ? tr("verified") : tr("not verified"));
}

QString SessionView::rtt() const
{
    const std::optional<VerdictFact> &ping = m_summary->summary().ping;
    // A ping that timed out has no round-trip time.
    if (!ping || !ping->rttMs)
        return QString();
    return tr("RTT %1 ms").arg(*ping->rttMs, 0, 'f', 1);
}

qint64 SessionView::elapsedMs() const
{
    if (m_replay) {
        // A recorded session: its clock at the replay cursor.
        const int last = m_replay->position() - 1;
        return last < 0 ? 0 : log()->at(last).monotonicNs / 1000000;
    }
    if (m_finishedAfterMs >= 0)
        return m_finishedAfterMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

} // namespace Inspector
