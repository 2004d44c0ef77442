// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionview.h"

#include "preferences.h"

#include "consolepane.h"
#include "facts/eventfacts.h"
#include "models/featuresmodel.h"
#include "models/timelinemodel.h"
#include "render/exporters.h"
#include "run/controller.h"
#include "session/replay.h"
#include "session/session.h"
#include "streampane.h"
#include "summarypane.h"
#include "timelineview.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/transcript.h"
#include "xml/namespaces.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

namespace Inspector {

SessionView::SessionView(QWidget *parent)
    : QWidget(parent)
    , m_controller(std::make_unique<SessionController>())
    , m_timelineModel(new TimelineModel(m_controller->log(), this))
    , m_featuresModel(new FeaturesModel(m_controller->log(), this))
    , m_stream(new StreamPane(m_controller->log(), this))
    , m_timeline(new TimelineView(m_timelineModel, this))
    , m_summary(new SummaryPane(m_controller->log(), this))
    , m_featuresView(new QTreeView(this))
    , m_console(new ConsolePane(this))
    , m_tabs(new QTabWidget(this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_right(new QSplitter(Qt::Vertical, this))
{
    m_featuresView->setObjectName(QStringLiteral("featuresView"));
    m_featuresView->setModel(m_featuresModel);
    m_featuresView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_featuresModel, &QAbstractItemModel::rowsInserted, m_featuresView,
            &QTreeView::expandAll);
    m_tabs->setObjectName(QStringLiteral("factTabs"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_featuresView, tr("Features"));
    m_tabs->addTab(m_console, tr("Console"));
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_main);

    connect(m_stream, &StreamPane::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_stream); });
    connect(m_timeline, &TimelineView::eventSelected, this,
            [this](int e) { selectEverywhere(e, m_timeline); });
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

bool SessionView::openTranscript(const QString &path, QString *error)
{
    // On a bad line, what was read before it is kept, and the error shown.
    if (m_controller->open(path, error) == SessionController::Opened::Failed)
        return false;
    m_title = QFileInfo(path).fileName();
    m_replay = new ReplayController(m_controller->source(), m_controller->log(), this);
    static_cast<QBoxLayout *>(layout())->insertWidget(0, makeReplayBar());
    m_replay->last();
    m_summary->refresh();
    Q_EMIT statusChanged();
    return true;
}

QWidget *SessionView::makeReplayBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("replayBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(2, 2, 2, 2);
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip);
        row->addWidget(b);
        connect(b, &QToolButton::clicked, m_replay, slot);
        return b;
    };
    button(QStringLiteral("⏮"), tr("First step"), &ReplayController::first);
    button(QStringLiteral("◀"), tr("Previous step"), &ReplayController::previous);
    button(QStringLiteral("▶"), tr("Next step"), &ReplayController::next);
    button(QStringLiteral("⏭"), tr("Last step"), &ReplayController::last);
    auto *speed = new QComboBox(bar);
    for (double s : {1.0, 0.25, 4.0, 20.0})
        speed->addItem(tr("Play ×%1").arg(s), s);
    auto *play = new QToolButton(bar);
    play->setText(tr("Play"));
    connect(play, &QToolButton::clicked, this, [this, speed, play] {
        if (m_replay->isPlaying()) {
            m_replay->pause();
            play->setText(tr("Play"));
        } else {
            m_replay->play(speed->currentData().toDouble());
            play->setText(tr("Pause"));
        }
    });
    row->addWidget(play);
    row->addWidget(speed);
    auto *where = new QLabel(bar);
    where->setObjectName(QStringLiteral("replayPosition"));
    row->addWidget(where, 1);
    const auto update = [this, where, play] {
        where->setText(
            tr("Replay: step %1 of %2").arg(m_replay->position()).arg(m_replay->length()));
        if (!m_replay->isPlaying())
            play->setText(tr("Play"));
        if (m_replay->position() > 0)
            m_stream->selectEvent(m_replay->position() - 1);
        m_summary->refresh();
    };
    connect(m_replay, &ReplayController::positionChanged, this, update);
    update();
    return bar;
}

bool SessionView::save(const QString &path, bool keepSecrets, QString *error) const
{
    return m_controller->save(path, keepSecrets, error);
}

bool SessionView::exportTo(const QString &path, const QString &format, QString *error) const
{
    Exporters::Format f;
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
    m_summary->refresh();
    Q_EMIT statusChanged();
    Q_EMIT finished();
}

void SessionView::start(const Specification &spec)
{
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
    if (m_finishedAfterMs >= 0)
        return m_finishedAfterMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

} // namespace Inspector
