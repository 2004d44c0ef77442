// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "newsessiondialog.h"
#include "sessionview.h"
#include "streampane.h"
#include "timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
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
    , m_labAction(new QAction(this))
    , m_stopAction(new QAction(this))
    , m_closeAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_fitAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_quitAction(new QAction(this))
    , m_phase(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_tls(new QLabel(this))
    , m_rtt(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_newAction->setShortcut(QKeySequence::New);
    m_labAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_findAction->setShortcut(QKeySequence::Find);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->addAction(m_newAction);
    m_labMenu = m_sessionMenu->addMenu(QString());
    m_labMenu->addAction(m_labAction);
    m_labMenu->addSeparator();
    for (int v = 0; v < LabSession::variantNames().size(); ++v) {
        QAction *a = m_labMenu->addAction(LabSession::variantNames().at(v));
        connect(a, &QAction::triggered, this, [this, v] { runLab(LabSession::Variant(v)); });
        m_labVariants.append(a);
    }
    m_sessionMenu->addAction(m_stopAction);
    m_sessionMenu->addAction(m_closeAction);
    m_sessionMenu->addSeparator();
    m_sessionMenu->addAction(m_exportAction);
    m_sessionMenu->addSeparator();
    m_sessionMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_copyAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);

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

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_labAction, &QAction::triggered, this, [this] { runLab(); });
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSession);
    connect(m_closeAction, &QAction::triggered, this, [this] { closeSession(m_tabs->currentIndex()); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeSession);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->streamPane()->focusFilter();
    });
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->streamPane()->copySelected();
    });
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession()) {
            s->timeline()->setAutoFit(false);
            s->timeline()->zoomIn();
        }
    });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession()) {
            s->timeline()->setAutoFit(false);
            s->timeline()->zoomOut();
        }
    });
    connect(m_fitAction, &QAction::triggered, this, [this] {
        if (SessionView *s = currentSession())
            s->timeline()->fit();
    });
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportTimeline);
    m_statusTimer.setInterval(200);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    retranslate();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatus();
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
    m_sessionMenu->setTitle(tr("&Session"));
    m_viewMenu->setTitle(tr("&View"));
    m_labMenu->setTitle(tr("Built-in &lab"));
    m_newAction->setText(tr("&New session…"));
    m_newAction->setToolTip(tr("Open a server-to-server session to a real server"));
    m_labAction->setText(tr("Run the &lab"));
    m_labAction->setToolTip(tr("A complete federation on loopback between two roles of this tool"));
    for (int v = 0; v < m_labVariants.size(); ++v)
        m_labVariants.at(v)->setToolTip(LabSession::describe(LabSession::Variant(v)));
    m_stopAction->setText(tr("S&top"));
    m_closeAction->setText(tr("&Close tab"));
    m_findAction->setText(tr("&Find in stream"));
    m_copyAction->setText(tr("&Copy element"));
    m_zoomInAction->setText(tr("Zoom &in timeline"));
    m_zoomOutAction->setText(tr("Zoom &out timeline"));
    m_fitAction->setText(tr("&Fit timeline"));
    m_exportAction->setText(tr("&Export timeline as PNG…"));
    m_quitAction->setText(tr("&Quit"));
    updateStatus();
}

SessionView *MainWindow::currentSession() const
{
    return qobject_cast<SessionView *>(m_tabs->currentWidget());
}

SessionView *MainWindow::addSession()
{
    auto *view = new SessionView(m_tabs);
    QSettings settings;
    const QList<QSplitter *> splitters = view->splitters();
    for (QSplitter *s : splitters)
        s->restoreState(settings.value(QStringLiteral("layout/") + s->objectName()).toByteArray());
    connect(view, &SessionView::statusChanged, this, &MainWindow::updateStatus);
    connect(view, &SessionView::finished, this, [this, view] {
        statusBar()->showMessage(tr("%1: finished.").arg(view->title()), 5000);
    });
    return view;
}

SessionView *MainWindow::runLab(LabSession::Variant variant)
{
    SessionView *view = addSession();
    view->startLab(variant);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    return view;
}

SessionView *MainWindow::startSession(const S2sOptions &options)
{
    SessionView *view = addSession();
    view->startS2s(options);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    return view;
}

void MainWindow::newSession()
{
    NewSessionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startSession(dialog.options());
}

void MainWindow::stopSession()
{
    if (SessionView *s = currentSession())
        s->stop();
}

void MainWindow::closeSession(int index)
{
    auto *view = qobject_cast<SessionView *>(m_tabs->widget(index));
    if (!view)
        return;
    saveLayout();
    m_tabs->removeTab(index);
    view->deleteLater();
}

void MainWindow::exportTimeline()
{
    SessionView *s = currentSession();
    if (!s)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export timeline"),
                                                      QStringLiteral("timeline.png"),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (s->timeline()->renderImage().save(file))
        statusBar()->showMessage(tr("Timeline saved to %1.").arg(file), 5000);
    else
        statusBar()->showMessage(tr("Could not write %1.").arg(file), 8000);
}

void MainWindow::updateStatus()
{
    SessionView *s = currentSession();
    m_stopAction->setEnabled(s && s->isRunning());
    m_closeAction->setEnabled(s);
    m_exportAction->setEnabled(s);
    if (!s) {
        m_phase->setText(tr("No session"));
        m_elapsed->clear();
        m_tls->clear();
        m_rtt->clear();
        return;
    }
    m_phase->setText(s->isRunning() ? s->currentPhase() : tr("finished"));
    m_elapsed->setText(tr("%1 ms").arg(s->elapsedMs()));
    m_tls->setText(s->tlsState());
    m_rtt->setText(s->rtt());
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
    QMainWindow::closeEvent(event);
}

} // namespace Inspector
