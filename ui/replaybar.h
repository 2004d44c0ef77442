// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Inspector {

class EventLog;
class NarratePanel;
class ReplayController;

/**
 * The transport of a replayed session: first, previous, play/pause, next and last (also on
 * Home, ←, Space, → and End anywhere in `scope` while no text field has the focus), a slider
 * over the steps, the speed (real time scaled, or one step every few seconds to talk over),
 * each connection's phase at the cursor, and narration. Nothing in it changes size while it
 * is used.
 */
class ReplayBar : public QWidget
{
    Q_OBJECT
public:
    /// `log` is the replayed log (the events up to the cursor); the keys work within `scope`.
    ReplayBar(ReplayController *replay, const EventLog *log, QWidget *scope);

    bool isNarrating() const;
    void setNarrating(bool on);
    NarratePanel *narration() const { return m_narration; }
    /// The phase each connection is in at the cursor, one "id (role): phase" per connection.
    QStringList phases() const;

Q_SIGNALS:
    void narratingChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum ActionId { First, Previous, Play, Next, Last, ActionCount };
    void makeActions(QWidget *scope);
    QToolButton *button(ActionId id);
    void layOut();
    void retranslate();
    void fillSpeeds();
    void showPosition();
    void showPlaying();
    void togglePlay();
    void startPlaying();
    void narrateChanged(bool on);

    ReplayController *m_replay;
    const EventLog *m_log;
    QAction *m_actions[ActionCount] = {};
    QToolButton *m_buttons[ActionCount] = {};
    QLabel *m_position;
    QSlider *m_slider;
    QComboBox *m_speed;
    QToolButton *m_narrate;
    QLabel *m_phases;
    NarratePanel *m_narration;
    bool m_shown = false;
};

} // namespace Inspector
