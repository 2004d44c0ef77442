// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "helpdialogs.h"
#include "models/timelinemodel.h"
#include "newsessiondialog.h"
#include "preferences.h"
#include "scanview.h"
#include "sessionview.h"
#include "streampane.h"
#include "timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Inspector {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_newAction(new QAction(this))
    , m_scanAction(new QAction(this))
    , m_labAction(new QAction(this))
    , m_stopAction(new QAction(this))
    , m_closeAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_filterAction(new QAction(this))
    , m_nextSessionAction(new QAction(this))
    , m_previousSessionAction(new QAction(this))
    , m_resetLayoutAction(new QAction(this))
    , m_runAgainAction(new QAction(this))
    , m_editRunAgainAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_findNextAction(new QAction(this))
    , m_findPreviousAction(new QAction(this))
    , m_clearFilterAction(new QAction(this))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_fitAction(new QAction(this))
    , m_phasesAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_quitAction(new QAction(this))
    , m_openAction(new QAction(this))
    , m_saveAction(new QAction(this))
    , m_exportDocAction(new QAction(this))
    , m_compareAction(new QAction(this))
    , m_guideAction(new QAction(this))
    , m_aboutAction(new QAction(this))
    , m_preferencesAction(new QAction(this))
    , m_phase(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_tls(new QLabel(this))
    , m_rtt(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createFileMenu();
    createSessionMenu();
    createViewMenu();
    createHelpMenu();

    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_labAction);
    toolbar->addAction(m_stopAction);
    toolbar->addSeparator();
    toolbar->addAction(m_fitAction);

    statusBar()->addPermanentWidget(m_phase);
    statusBar()->addPermanentWidget(m_elapsed);
    statusBar()->addPermanentWidget(m_tls);
    statusBar()->addPermanentWidget(m_rtt);
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeSession);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    m_statusTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: the panes sit side by side, so the window takes the whole screen.
        resize(screen()->availableGeometry().size());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatus();
}

void MainWindow::createFileMenu()
{
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_exportDocAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_exportDocAction);
    m_fileMenu->addAction(m_compareAction);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareDialog);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferencesAction);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveDialog);
    connect(m_exportDocAction, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createSessionMenu()
{
    m_newAction->setShortcut(QKeySequence::New);
    m_labAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->addAction(m_newAction);
    m_sessionMenu->addAction(m_scanAction);
    m_scanAction->setObjectName(QStringLiteral("scanAction"));
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::scanDomains);
    m_labMenu = m_sessionMenu->addMenu(QString());
    m_labMenu->addAction(m_labAction);
    m_labMenu->addSeparator();
    for (int v = 0; v < LabSession::variantNames().size(); ++v) {
        QAction *a = m_labMenu->addAction(LabSession::variantNames().at(v));
        connect(a, &QAction::triggered, this, [this, v] { runLab(LabSession::Variant(v)); });
        m_labVariants.append(a);
    }
    m_sessionMenu->addAction(m_runAgainAction);
    m_sessionMenu->addAction(m_editRunAgainAction);
    m_sessionMenu->addAction(m_stopAction);
    m_sessionMenu->addAction(m_closeAction);
    m_sessionMenu->addSeparator();
    m_sessionMenu->addAction(m_exportAction);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_labAction, &QAction::triggered, this, [this] { runLab(); });
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSession);
    m_runAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAgainAction->setObjectName(QStringLiteral("runAgainAction"));
    connect(m_runAgainAction, &QAction::triggered, this, &MainWindow::runAgain);
    m_editRunAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_editRunAgainAction->setObjectName(QStringLiteral("editRunAgainAction"));
    connect(m_editRunAgainAction, &QAction::triggered, this, &MainWindow::editAndRunAgain);
    connect(m_closeAction, &QAction::triggered, this,
            [this] { closeSession(m_tabs->currentIndex()); });
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportTimeline);
}

void MainWindow::createViewMenu()
{
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_nextSessionAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousSessionAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                           QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_nextSessionAction->setObjectName(QStringLiteral("nextSessionAction"));
    m_previousSessionAction->setObjectName(QStringLiteral("previousSessionAction"));
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_clearFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_findNextAction->setObjectName(QStringLiteral("findNextAction"));
    m_findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    m_clearFilterAction->setObjectName(QStringLiteral("clearFilterAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_filterAction);
    m_viewMenu->addAction(m_clearFilterAction);
    m_viewMenu->addAction(m_findNextAction);
    m_viewMenu->addAction(m_findPreviousAction);
    m_viewMenu->addAction(m_copyAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    // Phase changes in the sequence diagram: off unless chosen (they crowd out the messages).
    m_phasesAction->setObjectName(QStringLiteral("showPhasesAction"));
    m_phasesAction->setCheckable(true);
    m_phasesAction->setChecked(QSettings().value(QStringLiteral("view/showPhases")).toBool());
    m_viewMenu->addAction(m_phasesAction);
    connect(m_phasesAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/showPhases"), on);
        for (SessionView *s : m_tabs->findChildren<SessionView *>())
            s->timelineModel()->setShowPhases(on);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_nextSessionAction);
    m_viewMenu->addAction(m_previousSessionAction);
    m_viewMenu->addAction(m_resetLayoutAction);
    connect(m_nextSessionAction, &QAction::triggered, this, [this] { switchSession(1); });
    connect(m_previousSessionAction, &QAction::triggered, this, [this] { switchSession(-1); });
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    // Each acts on the current session's stream pane or timeline, if there is a session.
    const auto onSession = [this](QAction *action, auto act) {
        connect(action, &QAction::triggered, this, [this, act] {
            if (SessionView *s = currentSession())
                act(s);
        });
    };
    onSession(m_findAction, [](SessionView *s) { s->streamPane()->focusFind(); });
    onSession(m_filterAction, [](SessionView *s) { s->streamPane()->focusFilter(); });
    onSession(m_findNextAction, [this](SessionView *s) {
        if (!s->streamPane()->findNext())
            statusBar()->showMessage(tr("Not found."), 3000);
    });
    onSession(m_findPreviousAction, [this](SessionView *s) {
        if (!s->streamPane()->findPrevious())
            statusBar()->showMessage(tr("Not found."), 3000);
    });
    onSession(m_clearFilterAction, [](SessionView *s) { s->streamPane()->clearFilter(); });
    onSession(m_copyAction, [](SessionView *s) { s->streamPane()->copySelected(); });
    onSession(m_zoomInAction, [](SessionView *s) {
        s->timeline()->setAutoFit(false);
        s->timeline()->zoomIn();
    });
    onSession(m_zoomOutAction, [](SessionView *s) {
        s->timeline()->setAutoFit(false);
        s->timeline()->zoomOut();
    });
    onSession(m_fitAction, [](SessionView *s) { s->timeline()->fit(); });
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addAction(m_aboutAction);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        auto *guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("XMPP Inspector"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open transcript…"));
    m_saveAction->setText(tr("&Save transcript as…"));
    m_exportDocAction->setText(tr("E&xport as HTML, Markdown, text or JSON…"));
    m_compareAction->setText(tr("&Compare two transcripts…"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_viewMenu->setTitle(tr("&View"));
    m_labMenu->setTitle(tr("Built-in &lab"));
    m_newAction->setText(tr("&New session…"));
    m_scanAction->setText(tr("&Scan domains…"));
    m_newAction->setToolTip(tr("Open a server-to-server session to a real server"));
    m_labAction->setText(tr("Run the &lab"));
    m_labAction->setToolTip(tr("A complete federation on loopback between two roles of this tool"));
    for (int v = 0; v < m_labVariants.size(); ++v) {
        m_labVariants.at(v)->setText(LabSession::variantTitle(LabSession::Variant(v)));
        m_labVariants.at(v)->setToolTip(LabSession::describe(LabSession::Variant(v)));
    }
    m_stopAction->setText(tr("S&top"));
    m_closeAction->setText(tr("&Close tab"));
    m_findAction->setText(tr("F&ind in the stream"));
    m_filterAction->setText(tr("&Filter the stream"));
    m_nextSessionAction->setText(tr("Ne&xt session"));
    m_previousSessionAction->setText(tr("Previous &session"));
    m_resetLayoutAction->setText(tr("&Reset layout"));
    m_resetLayoutAction->setToolTip(tr("Every pane back to its default size"));
    m_runAgainAction->setText(tr("&Run again"));
    m_runAgainAction->setToolTip(tr("Start the current tab's session again, in a new tab"));
    m_editRunAgainAction->setText(tr("E&dit and run again…"));
    m_editRunAgainAction->setToolTip(
        tr("Change the current tab's session in the new-session form, then start it in a new tab"));
    m_findNextAction->setText(tr("Find &next"));
    m_findPreviousAction->setText(tr("Find pre&vious"));
    m_clearFilterAction->setText(tr("C&lear filter"));
    m_copyAction->setText(tr("&Copy element"));
    m_zoomInAction->setText(tr("&Zoom in timeline"));
    m_zoomOutAction->setText(tr("Zoom ou&t timeline"));
    m_fitAction->setText(tr("Fit ti&meline"));
    m_phasesAction->setText(tr("Show &phases in the diagram"));
    m_exportAction->setText(tr("&Export timeline as SVG or PNG…"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&Guide"));
    m_aboutAction->setText(tr("&About XMPP Inspector"));
    updateStatus();
}

SessionView *MainWindow::currentSession() const
{
    return qobject_cast<SessionView *>(m_tabs->currentWidget());
}

SessionView *MainWindow::addSession()
{
    auto *view = new SessionView(m_tabs);
    view->timelineModel()->setShowPhases(m_phasesAction->isChecked());
    QSettings settings;
    const QList<QSplitter *> splitters = view->splitters();
    for (QSplitter *s : splitters)
        s->restoreState(settings.value(QStringLiteral("layout/") + s->objectName()).toByteArray());
    connect(view, &SessionView::statusChanged, this, &MainWindow::updateStatus);
    connect(view, &SessionView::finished, this, [this, view] {
        updateTabs();
        statusBar()->showMessage(
            tr("%1: %2.", "session title: outcome").arg(view->title(), view->outcomeText()), 5000);
    });
    return view;
}

SessionView *MainWindow::runLab(LabSession::Variant variant)
{
    return start(LabOptions{variant});
}

SessionView *MainWindow::start(const Specification &spec)
{
    SessionView *view = addSession();
    view->start(spec);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    return view;
}

void MainWindow::newSession()
{
    NewSessionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(dialog.accepted());
}

void MainWindow::stopSession()
{
    if (SessionView *s = currentSession())
        s->stop();
    else if (ScanView *scan = currentScan())
        scan->stop();
}

void MainWindow::closeSession(int index)
{
    auto *view = qobject_cast<SessionView *>(m_tabs->widget(index));
    if (const auto *scan = qobject_cast<ScanView *>(m_tabs->widget(index));
        scan && scan->isRunning() &&
        QMessageBox::question(this, tr("Close the scan"),
                              tr("The scan is still running. Stop it and close its tab? What "
                                 "is not saved is lost.")) != QMessageBox::Yes)
        return;
    if (!view) {
        if (QWidget *other = m_tabs->widget(index)) { // a comparison
            m_tabs->removeTab(index);
            other->deleteLater();
        }
        return;
    }
    saveLayout();
    m_tabs->removeTab(index);
    view->stop();
    view->discardAutosave();
    view->deleteLater();
}

void MainWindow::updateStatus()
{
    updateTabs();
    SessionView *s = currentSession();
    m_stopAction->setEnabled(s && s->isRunning());
    m_runAgainAction->setEnabled(s && s->specification());
    m_editRunAgainAction->setEnabled(s && s->specification() &&
                                     NewSessionDialog::canEdit(*s->specification()));
    m_closeAction->setEnabled(s || m_tabs->currentWidget());
    m_exportAction->setEnabled(s);
    if (const ScanView *scan = currentScan()) {
        m_stopAction->setEnabled(scan->isRunning());
        m_phase->setText(scan->outcomeText());
        m_elapsed->clear();
        m_tls->clear();
        m_rtt->clear();
        return;
    }
    if (!s) {
        m_phase->setText(tr("No session"));
        m_elapsed->clear();
        m_tls->clear();
        m_rtt->clear();
        return;
    }
    m_phase->setText(s->isRunning() ? s->currentPhase() : s->outcomeText());
    m_elapsed->setText(tr("%1 ms").arg(s->elapsedMs()));
    m_tls->setText(s->tlsState());
    m_rtt->setText(s->rtt());
}

void MainWindow::switchSession(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void MainWindow::resetLayout()
{
    QSettings settings;
    settings.remove(QStringLiteral("layout"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<SessionView *>(m_tabs->widget(i)))
            view->resetLayout();
    }
}

SessionView *MainWindow::runAgain()
{
    const SessionView *s = currentSession();
    if (!s || !s->specification())
        return nullptr;
    return start(*s->specification());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (SessionView *s = currentSession()) {
        for (QSplitter *sp : s->splitters())
            settings.setValue(QStringLiteral("layout/") + sp->objectName(), sp->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<SessionView *>(m_tabs->widget(i)))
            view->discardAutosave();
    }
    QMainWindow::closeEvent(event);
}

} // namespace Inspector
