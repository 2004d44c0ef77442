// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "models/streammodel.h"
#include "session/s2ssession.h"
#include "sessionform.h"
#include "trace/eventlog.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Inspector {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_form(new SessionForm(this))
    , m_streamView(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_startButton(new QPushButton(this))
    , m_startAction(new QAction(this))
    , m_stopAction(new QAction(this))
    , m_phaseLabel(new QLabel(this))
{
    m_streamView->setObjectName(QStringLiteral("streamView"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_streamView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_streamView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_streamView->verticalHeader()->hide();
    m_streamView->horizontalHeader()->setStretchLastSection(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(m_startButton);
    leftLayout->addStretch();

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_streamView);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);

    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(m_startAction);
    toolbar->addAction(m_stopAction);
    statusBar()->addPermanentWidget(m_phaseLabel);

    connect(m_startAction, &QAction::triggered, this, &MainWindow::startSession);
    connect(m_startButton, &QPushButton::clicked, this, &MainWindow::startSession);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSession);
    connect(m_form, &SessionForm::validityChanged, this, &MainWindow::updateActions);

    retranslate();
    updateActions();
    resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // The session goes first: it records into the log while it shuts down.
    m_session.reset();
    m_model.reset();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("XMPP Inspector"));
    m_startButton->setText(tr("&Start session"));
    m_startAction->setText(tr("Start"));
    m_stopAction->setText(tr("Stop"));
    if (!m_session)
        m_phaseLabel->setText(tr("No session"));
}

void MainWindow::updateActions()
{
    const bool running = m_session && !m_session->isFinished();
    m_startAction->setEnabled(!running && m_form->isValid());
    m_startButton->setEnabled(!running && m_form->isValid());
    m_stopAction->setEnabled(running);
}

void MainWindow::startSession()
{
    if (!m_form->isValid() || (m_session && !m_session->isFinished()))
        return;
    m_session.reset();
    m_streamView->setModel(nullptr);
    m_model.reset();
    m_log = std::make_unique<EventLog>();
    m_model = std::make_unique<StreamModel>(m_log.get());
    m_streamView->setModel(m_model.get());
    m_streamView->horizontalHeader()->setSectionResizeMode(StreamModel::SummaryColumn,
                                                           QHeaderView::Stretch);
    connect(m_streamView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedEvent);
    connect(m_log.get(), &EventLog::eventAppended, this, [this](int index) {
        const Event &e = m_log->at(index);
        if (e.kind == EventKind::Phase)
            m_phaseLabel->setText(e.data.value(QStringLiteral("name")).toString());
    });
    m_session = std::make_unique<S2sSession>(m_log.get(), m_form->options());
    connect(m_session.get(), &S2sSession::finished, this, [this] {
        updateActions();
        statusBar()->showMessage(m_session->outcome() == Outcome::Success
                                     ? tr("Session finished.")
                                     : tr("Session failed."));
    });
    m_session->start();
    updateActions();
}

void MainWindow::stopSession()
{
    if (m_session)
        m_session->stop();
}

void MainWindow::showSelectedEvent()
{
    const QModelIndex current = m_streamView->currentIndex();
    if (!current.isValid() || !m_log) {
        m_detail->clear();
        return;
    }
    const Event &e = m_log->at(current.row());
    m_detail->setPlainText(e.raw.isEmpty() ? StreamModel::summarize(*m_log, current.row())
                                           : QString::fromUtf8(e.raw));
}

} // namespace Inspector
