// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/controller.h"
#include "run/specification.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;

namespace Inspector {

class ScanView;
class SessionView;
struct ScanOptions;
struct ScanList;

/// Lays out the session tabs and owns the actions; no protocol logic here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    SessionView *currentSession() const;

public Q_SLOTS:
    SessionView *runLab(Inspector::LabSession::Variant variant = LabSession::Variant::Standard);
    /// A new tab running a session of any kind.
    SessionView *start(const Inspector::Specification &spec);
    void newSession();
    // Scans of many domains (mainwindowsessions.cpp).
    /// Session → Scan domains…: the dialog, then the scan in a new tab; nullptr if cancelled.
    ScanView *scanDomains();
    ScanView *startScan(const Inspector::ScanOptions &options, const Inspector::ScanList &list);
    /// A scan's file (.xiscan) in a new tab; false with a message when it cannot be read.
    bool openScan(const QString &path);
    ScanView *currentScan() const;
    /// Starts the current tab's session again in a new tab; nullptr if it has no
    /// specification (a transcript).
    SessionView *runAgain();
    /// Opens the new-session dialog filled with the current tab's session (secrets excepted)
    /// and starts what it gives in a new tab; nullptr if cancelled or not editable there.
    SessionView *editAndRunAgain();
    void switchSession(int step);
    /// Every session's panes back to their default sizes; the saved sizes are forgotten.
    void resetLayout();
    void stopSession();
    void closeSession(int index);

    // The File menu's side (mainwindowfiles.cpp).
    /// Shows what differs between two transcripts (File → Compare transcripts).
    void compareTranscripts(const QString &a, const QString &b);
    void compareDialog();
    void exportTimeline();
    /// Opens a transcript in a new tab (replay); false with a message on failure.
    /// Opens a transcript in a new tab; false when nothing could be read. `whenRead` is told
    /// how reading ended (at once, or after a large file is read on in the tab).
    bool openTranscript(const QString &path,
                        std::function<void(SessionController::Opened)> whenRead = {});
    void openDialog();
    void saveDialog();
    void exportDialog();
    /// Autosave files left by sessions that did not end normally (a crash, a kill).
    static QStringList recoverableSessions();
    /// Offers to reopen them; `ask` false reopens without asking.
    void recover(bool ask = true);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The menus, their actions and what each does.
    void createFileMenu();
    void createSessionMenu();
    void createViewMenu();
    void createHelpMenu();
    SessionView *addSession();
    void addScan(ScanView *view);
    void saveScanDialog(ScanView *scan);
    void exportScanDialog(ScanView *scan);
    void retranslate();
    void updateStatus();
    void updateTabs();
    void saveLayout();

    QTabWidget *m_tabs;
    QAction *m_newAction;
    QAction *m_scanAction;
    QAction *m_labAction;
    QAction *m_stopAction;
    QAction *m_closeAction;
    QAction *m_findAction;
    QAction *m_filterAction;
    QAction *m_nextSessionAction;
    QAction *m_previousSessionAction;
    QAction *m_resetLayoutAction;
    QAction *m_runAgainAction;
    QAction *m_editRunAgainAction;
    QAction *m_copyAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_clearFilterAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_fitAction;
    QAction *m_phasesAction;
    QAction *m_exportAction;
    QAction *m_quitAction;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_exportDocAction;
    QAction *m_compareAction;
    QAction *m_guideAction;
    QAction *m_aboutAction;
    QAction *m_preferencesAction;
    QMenu *m_fileMenu;
    QList<QAction *> m_labVariants;
    QMenu *m_sessionMenu;
    QMenu *m_viewMenu;
    QMenu *m_helpMenu;
    QMenu *m_labMenu;
    QLabel *m_phase;
    QLabel *m_elapsed;
    QLabel *m_tls;
    QLabel *m_rtt;
    QTimer m_statusTimer;
};

} // namespace Inspector
