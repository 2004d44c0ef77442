// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionview.h"

#include "preferences.h"

#include "consolepane.h"
#include "models/featuresmodel.h"
#include "models/timelinemodel.h"
#include "render/exporters.h"
#include "session/replay.h"
#include "session/s2ssession.h"
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
    , m_log(std::make_unique<EventLog>())
    , m_timelineModel(new TimelineModel(m_log.get(), this))
    , m_featuresModel(new FeaturesModel(m_log.get(), this))
    , m_stream(new StreamPane(m_log.get(), this))
    , m_timeline(new TimelineView(m_timelineModel, this))
    , m_summary(new SummaryPane(m_log.get(), this))
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
    connect(m_log.get(), &EventLog::eventAppended, this, [this](int index) {
        const Event &e = m_log->at(index);
        if (e.kind == EventKind::Phase || e.kind == EventKind::Verdict)
            m_console->refresh(); // the session may have become able, or unable, to send
        if (e.kind == EventKind::Phase) {
            m_phase = tr("%1: %2", "connection: phase")
                          .arg(e.connection)
                          .arg(Phases::label(e.data.value(QStringLiteral("name")).toString()));
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
    startAutosave();
    Q_EMIT statusChanged();
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
    m_autosave = new TranscriptAppender(m_log.get(), dir + QLatin1Char('/') + name, {}, this);
}

void SessionView::discardAutosave()
{
    if (m_autosave)
        m_autosave->discard();
}

const EventLog *SessionView::fullLog() const
{
    return m_source ? m_source.get() : m_log.get();
}

bool SessionView::openTranscript(const QString &path, QString *error)
{
    m_source = std::make_unique<EventLog>();
    const Transcript::ReadResult r = Transcript::read(path, m_source.get());
    if (!r.ok && m_source->size() == 0) {
        *error = r.error;
        return false;
    }
    if (!r.ok)
        *error = r.error; // shown, but what was read before the bad line is kept
    m_title = QFileInfo(path).fileName();
    m_replay = new ReplayController(m_source.get(), m_log.get(), this);
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
    Transcript::WriteOptions options;
    options.keepSecrets = keepSecrets;
    return Transcript::write(*fullLog(), path, options, error);
}

bool SessionView::exportTo(const QString &path, const QString &format, QString *error) const
{
    Exporters::Format f;
    if (!Exporters::parseFormat(format, &f)) {
        *error = tr("Unknown export format '%1'.").arg(format);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    file.write(Exporters::render(*fullLog(), f));
    if (!file.commit()) {
        *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

template<typename Session> void SessionView::run(Session *session)
{
    connect(session, &Session::finished, this, &SessionView::sessionFinished);
    attach(session, [session] { session->stop(); });
    session->start();
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

void SessionView::startS2s(const S2sOptions &options)
{
    m_title = options.from + QStringLiteral(" → ") + options.to;
    auto *session = new S2sSession(m_log.get(), options, this);
    m_console->attach(
        Ns::Server, [session] { return session->canSend(); },
        [session](const QVector<ElementPtr> &s, QString *error) {
            return session->send(s, error);
        });
    run(session);
}

void SessionView::startC2s(const C2sOptions &options)
{
    m_title = options.jid;
    auto *session = new C2sSession(m_log.get(), options, this);
    m_console->attach(
        Ns::Client, [session] { return session->canSend(); },
        [session](const QVector<ElementPtr> &s, QString *error) {
            return session->send(s, error);
        });
    run(session);
}

void SessionView::startLab(LabSession::Variant variant)
{
    m_title = tr("Lab: %1").arg(LabSession::variantTitle(variant));
    auto *session = new LabSession(m_log.get(), variant, this);
    run(session);
}

void SessionView::startListen(const ListenOptions &options)
{
    m_title = tr("Listening as %1").arg(options.domain);
    auto *session = new ListenSession(m_log.get(), options, this);
    run(session);
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
    return QStringLiteral("%1 %2").arg(
        tls.value(QStringLiteral("protocol")).toString(),
        tls.value(QStringLiteral("verified")).toBool() ? tr("verified") : tr("not verified"));
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
