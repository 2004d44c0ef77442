// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Inspector {

class EventLog;
class S2sSession;
class SessionForm;
class StreamModel;

/// Lays out the form and the stream pane and owns the actions; no protocol logic here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionForm *form() const { return m_form; }
    QTableView *streamView() const { return m_streamView; }
    EventLog *eventLog() const { return m_log.get(); }

public Q_SLOTS:
    void startSession();
    void stopSession();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showSelectedEvent();

    SessionForm *m_form;
    QTableView *m_streamView;
    QPlainTextEdit *m_detail;
    QPushButton *m_startButton;
    QAction *m_startAction;
    QAction *m_stopAction;
    QLabel *m_phaseLabel;
    // Declared before the session: the session records into the log until it is destroyed.
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<StreamModel> m_model;
    std::unique_ptr<S2sSession> m_session;
};

} // namespace Inspector
