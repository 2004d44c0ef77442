// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the File menu's side: transcripts opened, saved, exported, compared and
// recovered after a crash, and the timeline exported.
#include "mainwindow.h"

#include "preferences.h"
#include "scanview.h"
#include "sessionview.h"
#include "timelineview.h"

#include "trace/eventlog.h"
#include "trace/scanresult.h"
#include "trace/sessiondiff.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <algorithm>

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>

namespace Inspector {

bool MainWindow::openTranscript(const QString &path,
                                std::function<void(SessionController::Opened)> whenRead)
{
    if (ScanResult::isScanFile(path)) {
        const bool opened = openScan(path);
        if (whenRead)
            whenRead(opened ? SessionController::Opened::Whole : SessionController::Opened::Failed);
        return opened;
    }
    SessionView *view = addSession();
    QString error;
    const SessionController::Opened result = view->openTranscript(path, &error);
    if (result == SessionController::Opened::Failed) {
        delete view;
        QMessageBox::warning(this, tr("Cannot open transcript"), error);
        if (whenRead)
            whenRead(result);
        return false;
    }
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->title()));
    const auto read = [this, view, whenRead](SessionController::Opened opened,
                                             const QString &error) {
        if (opened == SessionController::Opened::Failed) {
            view->deleteLater(); // only the header, then a bad line (it is still emitting)
            QMessageBox::warning(this, tr("Cannot open transcript"), error);
        } else if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Opened what could be read: %1").arg(error), 15000);
        }
        if (whenRead)
            whenRead(opened);
    };
    if (result == SessionController::Opened::Reading)
        connect(view, &SessionView::readingFinished, this, read);
    else
        read(result, error);
    return true;
}

void MainWindow::openDialog()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open transcript"), Preferences::load().startFolder(),
        tr("XMPP Inspector transcripts and scans (*.%1 *.xiscan);;All files (*)")
            .arg(Transcript::Extension));
    if (!file.isEmpty())
        openTranscript(file);
}

void MainWindow::saveDialog()
{
    if (ScanView *scan = currentScan()) {
        saveScanDialog(scan);
        return;
    }
    SessionView *s = currentSession();
    if (!s)
        return;
    QFileDialog dialog(this, tr("Save transcript"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("XMPP Inspector transcripts (*.%1)").arg(Transcript::Extension));
    dialog.setDefaultSuffix(Transcript::Extension);
    dialog.setDirectory(Preferences::load().startFolder());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *keep =
        new QCheckBox(tr("Keep secrets (dialback keys, SASL payloads) in the file"), &dialog);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(keep, grid->rowCount(), 0, 1, -1);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (s->save(dialog.selectedFiles().first(), keep->isChecked(), &error))
        statusBar()->showMessage(tr("Saved %1.").arg(dialog.selectedFiles().first()), 5000);
    else
        QMessageBox::warning(this, tr("Cannot save"), error);
}

void MainWindow::exportDialog()
{
    if (ScanView *scan = currentScan()) {
        exportScanDialog(scan);
        return;
    }
    SessionView *s = currentSession();
    if (!s)
        return;
    // The chosen filter decides the format when the name has no known extension.
    struct Format
    {
        QString suffix, filter;
    };
    const QList<Format> formats = {{QStringLiteral("html"), tr("HTML page (*.html)")},
                                   {QStringLiteral("md"), tr("Markdown (*.md)")},
                                   {QStringLiteral("txt"), tr("Plain text (*.txt)")},
                                   {QStringLiteral("json"), tr("JSON summary (*.json)")}};
    QStringList filters;
    for (const Format &f : formats)
        filters << f.filter;
    QString name = s->title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.@-]+")), QStringLiteral("-"));
    QString chosen = formats.first().filter;
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export session"),
        QDir(Preferences::load().startFolder()).filePath(name + QStringLiteral(".html")),
        filters.join(QStringLiteral(";;")), &chosen);
    if (file.isEmpty())
        return;
    QString format = QFileInfo(file).suffix().toLower();
    const auto known = [&](const QString &suffix) {
        return std::any_of(formats.begin(), formats.end(),
                           [&](const Format &f) { return f.suffix == suffix; });
    };
    if (!known(format)) {
        format = formats.at(std::max<qsizetype>(0, filters.indexOf(chosen))).suffix;
        file += QLatin1Char('.') + format;
    }
    QString error;
    if (s->exportTo(file, format, &error))
        statusBar()->showMessage(tr("Exported %1.").arg(file), 5000);
    else
        QMessageBox::warning(this, tr("Cannot export"), error);
}

void MainWindow::compareDialog()
{
    const QString filter = tr("XMPP Inspector transcripts (*.%1)").arg(Transcript::Extension);
    const QString a = QFileDialog::getOpenFileName(this, tr("First transcript (A)"),
                                                   Preferences::load().startFolder(), filter);
    if (a.isEmpty())
        return;
    const QString b = QFileDialog::getOpenFileName(this, tr("Second transcript (B)"),
                                                   Preferences::load().startFolder(), filter);
    if (!b.isEmpty())
        compareTranscripts(a, b);
}

void MainWindow::compareTranscripts(const QString &a, const QString &b)
{
    EventLog logA, logB;
    for (const auto &[path, log] : {std::pair{a, &logA}, std::pair{b, &logB}}) {
        const Transcript::ReadResult r = Transcript::read(path, log);
        if (!r.ok && log->size() == 0) {
            QMessageBox::warning(this, tr("Cannot compare"), r.error);
            return;
        }
    }
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("diffTable"));
    const QVector<SessionDiff::Difference> diffs =
        SessionDiff::differences(Summary::build(logA), Summary::build(logB));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {tr("Fact"), QFileInfo(a).fileName(), QFileInfo(b).fileName()});
    table->setRowCount(diffs.size());
    const QColor highlight = palette().color(QPalette::Highlight).lighter(175);
    for (int r = 0; r < diffs.size(); ++r) {
        const SessionDiff::Difference &d = diffs.at(r);
        const auto show = [](const QJsonValue &v) {
            if (v.isArray())
                return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            if (v.isBool())
                return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
            if (v.isDouble())
                return QString::number(v.toDouble());
            return v.isNull() || v.isUndefined() ? QStringLiteral("—") : v.toString();
        };
        table->setItem(r, 0, new QTableWidgetItem(d.field));
        for (int c = 1; c <= 2; ++c) {
            auto *item = new QTableWidgetItem(show(c == 1 ? d.a : d.b));
            item->setBackground(highlight);
            item->setToolTip(item->text());
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int index = m_tabs->addTab(
        table, diffs.isEmpty() ? tr("Compare: no differences")
                               : tr("Compare: %n difference(s)", nullptr, int(diffs.size())));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::exportTimeline()
{
    SessionView *s = currentSession();
    if (!s)
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export timeline"),
        Preferences::load().startFolder() + QStringLiteral("/timeline.svg"),
        tr("SVG drawings (*.svg);;PNG images (*.png)"));
    if (file.isEmpty())
        return;
    QString error;
    if (s->timeline()->exportTo(file, &error))
        statusBar()->showMessage(tr("Timeline saved to %1.").arg(file), 5000);
    else
        QMessageBox::warning(this, tr("Export timeline"), error);
}

QStringList MainWindow::recoverableSessions()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/autosave"));
    QStringList out;
    const QStringList names =
        dir.entryList({QStringLiteral("*.") + Transcript::Extension}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        out << dir.filePath(n);
    return out;
}

void MainWindow::recover(bool ask)
{
    const QStringList files = recoverableSessions();
    if (files.isEmpty())
        return;
    if (ask &&
        QMessageBox::question(this, tr("Recover sessions?"),
                              tr("%n session(s) did not end normally last time (the program was "
                                 "closed unexpectedly). Reopen what was recorded?",
                                 nullptr, int(files.size()))) != QMessageBox::Yes) {
        for (const QString &f : files)
            QFile::remove(f);
        return;
    }
    for (const QString &f : files) {
        // Now in memory, where the user can save it; unless reading was stopped: the rest
        // stays on disk for the next start.
        openTranscript(f, [f](SessionController::Opened opened) {
            if (opened != SessionController::Opened::Stopped &&
                opened != SessionController::Opened::Failed)
                QFile::remove(f);
        });
    }
}

} // namespace Inspector
