// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include "narratepanel.h"
#include "session/replay.h"
#include "trace/eventlog.h"
#include "trace/phases.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Inspector {

namespace {

struct Transport
{
    const char *objectName;
    const char *themeIcon;
    QStyle::StandardPixmap fallback; // drawn by the style itself: never an empty box
    Qt::Key key;
};
constexpr Transport Transports[] = {
    {"replayFirst", "media-skip-backward", QStyle::SP_MediaSkipBackward, Qt::Key_Home},
    {"replayPrevious", "media-seek-backward", QStyle::SP_MediaSeekBackward, Qt::Key_Left},
    {"replayPlay", "media-playback-start", QStyle::SP_MediaPlay, Qt::Key_Space},
    {"replayNext", "media-seek-forward", QStyle::SP_MediaSeekForward, Qt::Key_Right},
    {"replayLast", "media-skip-forward", QStyle::SP_MediaSkipForward, Qt::Key_End},
};

/// A speed: one step every intervalMs, or the recorded gaps divided by scale.
struct Speed
{
    int intervalMs;
    double scale;
};
constexpr Speed Speeds[] = {{10000, 0}, {5000, 0}, {2000, 0}, {0, 0.25}, {0, 1}, {0, 4}, {0, 20}};
constexpr int DefaultSpeed = 4;   // ×1
constexpr int NarrationSpeed = 1; // one step every 5 s: time to say what it is
constexpr int IconSize = 22;

/// Narration stops at what can be explained: no connection facts, keepalives or the session's
/// configuration.
bool narrated(const Event &e)
{
    return e.kind != EventKind::Connection && e.kind != EventKind::Whitespace &&
           e.kind != EventKind::SessionStarted;
}

} // namespace

ReplayBar::ReplayBar(ReplayController *replay, const EventLog *log, QWidget *scope)
    : QWidget(scope)
    , m_replay(replay)
    , m_log(log)
    , m_position(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_speed(new QComboBox(this))
    , m_narrate(new QToolButton(this))
    , m_phases(new QLabel(this))
    , m_narration(new NarratePanel(log, this))
{
    setObjectName(QStringLiteral("replayBar"));
    // As tall as its contents, never more: the panes below take the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    makeActions(scope);
    layOut();
    m_narration->hide();
    connect(m_slider, &QSlider::valueChanged, m_replay, &ReplayController::stepTo);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_replay->isPlaying())
            startPlaying();
    });
    connect(m_narrate, &QToolButton::toggled, this, &ReplayBar::narrateChanged);
    connect(m_replay, &ReplayController::positionChanged, this, &ReplayBar::showPosition);
    connect(m_replay, &ReplayController::playingChanged, this, &ReplayBar::showPlaying);
    retranslate();
    m_speed->setCurrentIndex(DefaultSpeed);
}

void ReplayBar::makeActions(QWidget *scope)
{
    for (int id = 0; id < ActionCount; ++id) {
        auto *action = new QAction(this);
        action->setShortcut(Transports[id].key);
        // The whole session view, wherever the focus is in it; a text field that has the focus
        // keeps its keys (it claims them before any shortcut).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(Transports[id].themeIcon),
                                         style()->standardIcon(Transports[id].fallback)));
        scope->addAction(action);
        m_actions[id] = action;
    }
    connect(m_actions[First], &QAction::triggered, m_replay, &ReplayController::first);
    connect(m_actions[Previous], &QAction::triggered, m_replay, &ReplayController::previous);
    connect(m_actions[Play], &QAction::triggered, this, &ReplayBar::togglePlay);
    connect(m_actions[Next], &QAction::triggered, m_replay, &ReplayController::next);
    connect(m_actions[Last], &QAction::triggered, m_replay, &ReplayController::last);
}

QToolButton *ReplayBar::button(ActionId id)
{
    auto *b = new QToolButton(this);
    b->setObjectName(QString::fromLatin1(Transports[id].objectName));
    // Not the action's button: the action (and its key) stays enabled at either end, where it
    // does nothing, so a key never falls through to the widget with the focus; the button
    // shows whether it would do something.
    b->setIcon(m_actions[id]->icon());
    connect(b, &QToolButton::clicked, m_actions[id], &QAction::trigger);
    b->setAutoRaise(true);
    b->setIconSize(QSize(IconSize, IconSize));
    b->setFixedSize(b->sizeHint());
    m_buttons[id] = b;
    return b;
}

void ReplayBar::layOut()
{
    m_position->setObjectName(QStringLiteral("replayPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setRange(0, m_replay->length());
    m_slider->setPageStep(qMax(1, m_replay->length() / 20));
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_narrate->setObjectName(QStringLiteral("replayNarrate"));
    m_narrate->setCheckable(true);
    m_narrate->setIcon(QIcon::fromTheme(QStringLiteral("media-view-subtitles"),
                                        style()->standardIcon(QStyle::SP_FileDialogInfoView)));
    m_narrate->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_phases->setObjectName(QStringLiteral("replayPhases"));
    m_phases->setTextFormat(Qt::PlainText);
    // A long list is cut at the window's edge rather than widening the window.
    m_phases->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    for (ActionId id : {First, Previous, Play, Next, Last})
        row->addWidget(button(id));
    row->addSpacing(6);
    row->addWidget(m_position);
    row->addWidget(m_slider, 1);
    row->addSpacing(6);
    row->addWidget(m_speed);
    row->addWidget(m_narrate);
    // Tab goes through the bar as it reads, left to right.
    QWidget *order[] = {m_buttons[First], m_buttons[Previous],
                        m_buttons[Play],  m_buttons[Next],
                        m_buttons[Last],  m_slider,
                        m_speed,          m_narrate};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 2, 4, 2);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_phases);
    column->addWidget(m_narration);
}

void ReplayBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReplayBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keys work at once: the focus starts on play unless the user put it elsewhere.
    if (!m_shown && !parentWidget()->isAncestorOf(QApplication::focusWidget()))
        m_buttons[Play]->setFocus();
    m_shown = true;
}

void ReplayBar::retranslate()
{
    const QString texts[ActionCount] = {tr("First step"), tr("Previous step"), QString(),
                                        tr("Next step"), tr("Last step")};
    for (int id : {First, Previous, Next, Last}) {
        m_actions[id]->setText(texts[id]);
        m_buttons[id]->setToolTip(
            tr("%1 (%2)", "action (key)")
                .arg(texts[id], m_actions[id]->shortcut().toString(QKeySequence::NativeText)));
        m_buttons[id]->setAccessibleName(texts[id]);
    }
    showPlaying();
    fillSpeeds();
    m_narrate->setText(tr("Narrate"));
    m_narrate->setToolTip(tr("Narrate: each step large, with its explanation and the section of "
                             "the specification; stepping and playing pass over connection "
                             "details and keepalives"));
    m_narrate->setFixedSize(m_narrate->sizeHint());
    m_slider->setToolTip(tr("Drag to any step; PgUp and PgDown jump"));
    m_slider->setAccessibleName(tr("Replay position"));
    // Wide enough for the longest text this session can show, so nothing moves.
    const int digits = qMax(5, int(QString::number(m_replay->length()).size()));
    const QString widest =
        tr("Step %1 of %2")
            .arg(QString(digits, QLatin1Char('9')), QString(digits, QLatin1Char('9')));
    m_position->setFixedWidth(m_position->fontMetrics().horizontalAdvance(widest) + 8);
    showPosition();
}

void ReplayBar::fillSpeeds()
{
    const QSignalBlocker block(m_speed);
    const int current = m_speed->currentIndex();
    m_speed->clear();
    for (const Speed &s : Speeds)
        m_speed->addItem(s.intervalMs > 0 ? tr("1 step / %1 s").arg(s.intervalMs / 1000)
                                          : tr("×%1", "speed").arg(QLocale().toString(s.scale)));
    m_speed->setCurrentIndex(current < 0 ? DefaultSpeed : current);
    m_speed->setToolTip(tr("Playing speed: the recorded time between steps scaled, or one step at "
                           "a fixed pace to talk over"));
    m_speed->setAccessibleName(tr("Playing speed"));
    m_speed->setFixedWidth(m_speed->sizeHint().width());
}

void ReplayBar::showPlaying()
{
    const bool playing = m_replay->isPlaying();
    QAction *play = m_actions[Play];
    play->setText(playing ? tr("Pause") : tr("Play"));
    play->setIcon(QIcon::fromTheme(
        QString::fromLatin1(playing ? "media-playback-pause" : "media-playback-start"),
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay)));
    QToolButton *button = m_buttons[Play];
    button->setIcon(play->icon());
    button->setToolTip(tr("%1 (%2)", "action (key)")
                           .arg(play->text(), play->shortcut().toString(QKeySequence::NativeText)));
    button->setAccessibleName(play->text());
}

void ReplayBar::togglePlay()
{
    if (m_replay->isPlaying())
        m_replay->pause();
    else
        startPlaying();
}

void ReplayBar::startPlaying()
{
    const Speed s = Speeds[qBound(0, m_speed->currentIndex(), int(std::size(Speeds)) - 1)];
    if (s.intervalMs > 0)
        m_replay->playEvery(s.intervalMs);
    else
        m_replay->play(s.scale);
}

bool ReplayBar::isNarrating() const
{
    return m_narrate->isChecked();
}

void ReplayBar::setNarrating(bool on)
{
    m_narrate->setChecked(on);
}

void ReplayBar::narrateChanged(bool on)
{
    m_replay->setStopFilter(on ? ReplayController::StopFilter(narrated) : nullptr);
    // Narration is read aloud: a scaled recorded speed would be far too fast for it.
    if (on && Speeds[qMax(0, m_speed->currentIndex())].intervalMs == 0)
        m_speed->setCurrentIndex(NarrationSpeed);
    m_narration->setVisible(on);
    showPosition();
    Q_EMIT narratingChanged(on);
}

void ReplayBar::showPosition()
{
    const int position = m_replay->position();
    const int length = m_replay->length();
    m_position->setText(tr("Step %1 of %2").arg(position).arg(length));
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(position);
    }
    m_buttons[First]->setEnabled(position > 0);
    m_buttons[Previous]->setEnabled(position > 0);
    m_buttons[Next]->setEnabled(position < length);
    m_buttons[Last]->setEnabled(position < length);
    const QStringList now = phases();
    m_phases->setText(now.isEmpty() ? tr("No connection yet at this step")
                                    : tr("At this step: %1").arg(now.join(QStringLiteral(" · "))));
    if (isNarrating())
        m_narration->showStep(position, length);
}

QStringList ReplayBar::phases() const
{
    // The last phase of each connection among the events up to the cursor.
    QHash<int, QString> latest;
    const int connections = int(m_log->connections().size());
    for (int i = m_log->size() - 1; i >= 0 && latest.size() < connections; --i) {
        const Event &e = m_log->at(i);
        if (e.kind == EventKind::Phase && e.connection != 0 && !latest.contains(e.connection))
            latest.insert(e.connection, e.payload.as<PhaseEventFact>().name);
    }
    QStringList out;
    for (const ConnectionInfo &c : m_log->connections()) {
        if (latest.contains(c.id))
            out.append(tr("%1 (%2): %3", "connection (role): phase")
                           .arg(c.id)
                           .arg(c.role, Phases::label(latest.value(c.id))));
    }
    return out;
}

} // namespace Inspector
