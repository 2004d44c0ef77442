// SPDX-License-Identifier: GPL-3.0-or-later
// The Session menu's side of the main window that goes through a dialog (a new session, a
// scan of many domains), and the tabs' titles.
#include "mainwindow.h"

#include "newsessiondialog.h"
#include "preferences.h"
#include "scandialog.h"
#include "scanview.h"
#include "sessionview.h"

#include "render/exporters.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace Inspector {

SessionView *MainWindow::editAndRunAgain()
{
    const SessionView *s = currentSession();
    if (!s || !s->specification() || !NewSessionDialog::canEdit(*s->specification()))
        return nullptr;
    NewSessionDialog dialog(this);
    dialog.setSpecification(*s->specification());
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return start(dialog.accepted());
}

void MainWindow::updateTabs()
{
    // Each tab says how its session ended, so that sessions that ended differently differ.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString title, outcome;
        QIcon icon;
        if (const auto *view = qobject_cast<SessionView *>(m_tabs->widget(i))) {
            title = view->title();
            outcome = view->outcomeText();
            icon = view->outcomeIcon();
        } else if (const auto *scan = qobject_cast<ScanView *>(m_tabs->widget(i))) {
            title = scan->title();
            outcome = scan->outcomeText();
            icon = scan->outcomeIcon();
        } else {
            continue;
        }
        const QString text = tr("%1 — %2", "tab: session title — outcome").arg(title, outcome);
        if (m_tabs->tabText(i) != text) {
            m_tabs->setTabText(i, text);
            m_tabs->setTabToolTip(i, text);
            m_tabs->setTabIcon(i, icon);
        }
    }
}

ScanView *MainWindow::scanDomains()
{
    ScanDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return startScan(dialog.options(), dialog.list());
}

ScanView *MainWindow::startScan(const ScanOptions &options, const ScanList &list)
{
    auto *view = new ScanView(options, list, m_tabs);
    addScan(view);
    return view;
}

bool MainWindow::openScan(const QString &path)
{
    QString error;
    ScanView *view = ScanView::open(path, &error, m_tabs);
    if (!view) {
        QMessageBox::warning(this, tr("Cannot open scan"), error);
        return false;
    }
    addScan(view);
    return true;
}

void MainWindow::addScan(ScanView *view)
{
    connect(view, &ScanView::changed, this, &MainWindow::updateStatus);
    connect(view, &ScanView::openTranscriptRequested, this,
            [this](const QString &path) { openTranscript(path); });
    connect(view, &ScanView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    updateTabs();
}

ScanView *MainWindow::currentScan() const
{
    return qobject_cast<ScanView *>(m_tabs->currentWidget());
}

void MainWindow::saveScanDialog(ScanView *scan)
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save scan"),
        QDir(Preferences::load().startFolder()).filePath(QStringLiteral("scan.xiscan")),
        tr("XMPP Inspector scans (*.xiscan)"));
    if (file.isEmpty())
        return;
    const QString path =
        QFileInfo(file).suffix().isEmpty() ? file + QStringLiteral(".xiscan") : file;
    QString error;
    if (scan->save(path, &error))
        statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Cannot save"), error);
}

void MainWindow::exportScanDialog(ScanView *scan)
{
    const QStringList suffixes{QStringLiteral("html"), QStringLiteral("csv"),
                               QStringLiteral("jsonl")};
    const QStringList filters{tr("HTML page (*.html)"), tr("CSV table (*.csv)"),
                              tr("JSON lines (*.jsonl)")};
    QString chosen = filters.first();
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export scan"),
        QDir(Preferences::load().startFolder()).filePath(QStringLiteral("scan.html")),
        filters.join(QStringLiteral(";;")), &chosen);
    if (file.isEmpty())
        return;
    QString format = QFileInfo(file).suffix().toLower();
    if (!suffixes.contains(format)) {
        format = suffixes.at(qMax<qsizetype>(0, filters.indexOf(chosen)));
        file += QLatin1Char('.') + format;
    }
    QString error;
    if (scan->exportTo(file, format, &error))
        statusBar()->showMessage(tr("Exported %1.").arg(file), 5000);
    else
        QMessageBox::warning(this, tr("Cannot export"), error);
}

} // namespace Inspector
