// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanview.h"

#include "summarypane.h"

#include "models/scanmodel.h"
#include "render/scanreport.h"
#include "run/controller.h"
#include "trace/transcript.h"

#include <QApplication>
#include <QComboBox>

#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace Inspector {

/// The scan's table as shown: sorted by SortRole, filtered by words (every one somewhere in
/// the row) and by outcome, with the outcome's icon.
class ScanFilterModel : public QSortFilterProxyModel
{
public:
    enum Outcomes { All, Failed, WithProblems, Succeeded };

    explicit ScanFilterModel(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(ScanModel::SortRole);
        setSortLocaleAware(true);
    }
    void setWords(const QString &text)
    {
        m_words = text.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }
    void setOutcomes(int outcomes)
    {
        m_outcomes = outcomes;
        invalidateRowsFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ScanRow::OutcomeColumn) {
            const int o = QSortFilterProxyModel::data(index, ScanModel::OutcomeRole).toInt();
            return SummaryPane::outcomeIcon(o > 0    ? SummaryPane::Outcome::Succeeded
                                            : o == 0 ? SummaryPane::Outcome::SucceededWithProblems
                                                     : SummaryPane::Outcome::Failed,
                                            QApplication::style()); // a theme change replaces it
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        const int o = m->data(m->index(row, 0, parent), ScanModel::OutcomeRole).toInt();
        if ((m_outcomes == Failed && o >= 0) || (m_outcomes == WithProblems && o > 0) ||
            (m_outcomes == Succeeded && o < 0))
            return false;
        if (m_words.isEmpty())
            return true;
        QString text;
        for (int c = 0; c < m->columnCount(parent); ++c)
            text += m->data(m->index(row, c, parent)).toString().toCaseFolded() + QLatin1Char(' ');
        text += m->data(m->index(row, 0, parent), ScanModel::SearchRole).toString().toCaseFolded();
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&text](const QString &w) { return text.contains(w); });
    }

private:
    QStringList m_words;
    int m_outcomes = All;
};

ScanView::ScanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScanModel(this))
    , m_filter(new ScanFilterModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(this))
    , m_find(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_shown(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_addTimer(new QTimer(this))
{
    m_addTimer->setSingleShot(true);
    connect(m_addTimer, &QTimer::timeout, this, &ScanView::addPending);
    setObjectName(QStringLiteral("scanView"));
    m_filter->setSourceModel(m_model);
    m_find->setObjectName(QStringLiteral("scanFilter"));
    m_find->setClearButtonEnabled(true);
    m_outcome->setObjectName(QStringLiteral("scanOutcomeFilter"));
    for (int i = 0; i < 4; ++i)
        m_outcome->addItem(QString());
    m_stop->setObjectName(QStringLiteral("scanStop"));
    m_hint->setWordWrap(true);
    setUpTable();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_status, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_stop);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_find, 2);
    filters->addWidget(m_outcome);
    filters->addWidget(m_shown, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progress);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_find, &QLineEdit::textChanged, m_filter, &ScanFilterModel::setWords);
    connect(m_outcome, &QComboBox::currentIndexChanged, m_filter, &ScanFilterModel::setOutcomes);
    // What a person does shows at once (the count shown), not at the next progress update.
    connect(m_find, &QLineEdit::textChanged, this, [this] { updateProgress(true); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { updateProgress(true); });
    const auto update = [this] {
        updateProgress();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, update);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, update);
    connect(m_filter, &QAbstractItemModel::modelReset, this, update);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, update);
    connect(m_stop, &QPushButton::clicked, this, &ScanView::stop);
    connect(m_table, &QTableView::activated, this, &ScanView::onActivated);
    retranslate();
}

void ScanView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("scanTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // as they finish
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

ScanView::ScanView(const ScanOptions &options, const ScanList &list, QWidget *parent)
    : ScanView(parent)
{
    for (const ScanList::Skipped &s : list.skipped)
        m_model->add(s.toJson());
    m_total = int(list.domains.size());
    // On disk in the cache folder: /tmp is often memory, and a scan keeps one per domain.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(cache);
    m_transcripts =
        std::make_unique<QTemporaryDir>(QDir(cache).filePath(QStringLiteral("scan-XXXXXX")));
    m_scan = std::make_unique<ScanWorker>(
        options, list.domains, m_transcripts->isValid() ? m_transcripts->path() : QString());
    connect(m_scan.get(), &ScanWorker::domainFinished, this, [this](const QJsonObject &record) {
        m_pending.append(record);
        if (!m_addTimer->isActive())
            m_addTimer->start(20); // several that end together go in as one
    });
    connect(m_scan.get(), &ScanWorker::finished, this, [this](const QJsonObject &summary) {
        m_pending.append(summary);
        m_addTimer->start(0);
    });
    // The running count changes without a domain finishing.
    auto *tick = new QTimer(this);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, [this, tick] {
        if (!m_running)
            tick->stop();
        updateProgress();
    });
    tick->start();
    m_running = true;
    m_scan->start();
    updateProgress();
}

ScanView::ScanView(const ScanResult &result, const QString &path, QWidget *parent)
    : ScanView(parent)
{
    m_path = path;
    m_model->setResult(result);
    m_total = int(result.domains.size()) + result.summary.value(u"notScanned").toInt();
    updateProgress();
}

ScanView::~ScanView()
{
    // The scan's thread ends before the folder its transcripts go to is removed.
    if (m_scan)
        m_scan->disconnect(this);
    m_scan.reset();
}

ScanView *ScanView::open(const QString &path, QString *error, QWidget *parent)
{
    ScanResult result;
    if (!ScanResult::read(path, &result, error))
        return nullptr;
    return new ScanView(result, path, parent);
}

void ScanView::addPending()
{
    QElapsedTimer slice;
    slice.start();
    bool ended = false;
    // Sixteen rows at a time, for about a third of a frame; the rest on the next turn.
    while (!m_pending.isEmpty() && slice.elapsed() < 6) {
        const qsizetype n = qMin<qsizetype>(16, m_pending.size());
        const QVector<QJsonObject> batch = m_pending.mid(0, n);
        m_pending.remove(0, n);
        ended = ended || batch.last().value(u"record") == QLatin1String("summary");
        m_model->add(batch);
    }
    if (ended)
        m_running = false;
    if (!m_pending.isEmpty())
        m_addTimer->start(0);
    updateProgress();
}

void ScanView::onActivated(const QModelIndex &index)
{
    const int row = m_filter->mapToSource(index).row();
    const QString file = transcriptOf(row);
    if (!file.isEmpty() && QFileInfo(file).isFile())
        Q_EMIT openTranscriptRequested(file);
    else
        Q_EMIT message(tr("No transcript was kept for %1.").arg(m_model->row(row).domain));
}

QString ScanView::transcriptOf(int row) const
{
    const QString t = m_model->row(row).transcript;
    if (t.isEmpty() || QFileInfo(t).isAbsolute() || m_path.isEmpty())
        return t;
    // A relative name is the scan file's folder's (never the current folder's).
    return QDir::cleanPath(QFileInfo(m_path).absoluteDir().filePath(t));
}

bool ScanView::mayCopy(const QString &file) const
{
    // Save copies what this scan kept, or what lies in its own file's folder: never a file
    // elsewhere that a scan file read from somewhere names.
    const QString canonical = QFileInfo(file).canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(file).isFile())
        return false;
    const auto inside = [&canonical](const QString &dir) {
        const QString root = QFileInfo(dir).canonicalFilePath();
        return !root.isEmpty() && canonical.startsWith(root + QLatin1Char('/'));
    };
    return (m_transcripts && inside(m_transcripts->path())) ||
           (!m_path.isEmpty() && inside(QFileInfo(m_path).absolutePath()));
}

bool ScanView::isRunning() const
{
    return m_running;
}

void ScanView::stop()
{
    if (m_scan && m_running) {
        if (m_scan->isStopping())
            m_scan->stopNow();
        else
            m_scan->stop();
        updateProgress(true);
    }
}

QString ScanView::title() const
{
    return tr("Scan of %n domain(s)", nullptr, m_total);
}

QString ScanView::outcomeText() const
{
    const int done = m_model->rowCount();
    if (m_running)
        return tr("%1 of %2 done").arg(done).arg(m_total);
    if (m_model->failed() == 0)
        return tr("all succeeded");
    return tr("%n failed", nullptr, m_model->failed());
}

QIcon ScanView::outcomeIcon() const
{
    if (m_running)
        return SummaryPane::outcomeIcon(SummaryPane::Outcome::Running, style());
    return SummaryPane::outcomeIcon(m_model->failed() ? SummaryPane::Outcome::Failed
                                                      : SummaryPane::Outcome::Succeeded,
                                    style());
}

void ScanView::updateProgress(bool now)
{
    // The labels, the progress bar, the tab's title and the status bar: a few times a second
    // while it runs (each change lays out and repaints its part of the window), at once when
    // it ends or a person asked for something.
    if (!now && m_running && m_sinceChanged.isValid() && m_sinceChanged.elapsed() < 250)
        return;
    m_sinceChanged.start();
    const int done = m_model->rowCount();
    m_progress->setRange(0, qMax(1, m_total));
    m_progress->setValue(done);
    m_progress->setVisible(m_running);
    m_stop->setVisible(m_running);
    if (m_running && m_scan) {
        m_status->setText(m_scan->isStopping()
                              ? tr("Stopping: %1 of %2 done, %3 running to their end.")
                                    .arg(done)
                                    .arg(m_total)
                                    .arg(m_scan->running())
                              : tr("Scanning: %1 of %2 done, %3 running, %4 failed so far.")
                                    .arg(done)
                                    .arg(m_total)
                                    .arg(m_scan->running())
                                    .arg(m_model->failed()));
    } else {
        QString text = tr("%1 of %n domain(s) failed.", nullptr, done).arg(m_model->failed());
        if (done < m_total)
            text += QLatin1Char(' ') + tr("%n not scanned (stopped).", nullptr, m_total - done);
        if (m_model->result().truncated)
            text += QLatin1Char(' ') + tr("The file ended inside a line: that domain is left out.");
        if (!m_model->result().skipped.isEmpty())
            text += QLatin1Char(' ') + tr("%n line(s) of the list skipped.", nullptr,
                                          int(m_model->result().skipped.size()));
        m_status->setText(text);
    }
    m_stop->setText(m_scan && m_scan->isStopping() ? tr("Stop the running sessions") : tr("Stop"));
    m_shown->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(done));
    Q_EMIT changed();
}

bool ScanView::save(const QString &path, QString *error)
{
    // The transcripts go beside the file, in a folder named after it.
    const QFileInfo info(path);
    const QString folderName = info.completeBaseName() + QStringLiteral("-transcripts");
    const QDir folder(info.absoluteDir().filePath(folderName));
    ScanResult result = m_model->result();
    for (int i = 0; i < result.domains.size(); ++i) {
        QJsonObject &record = result.domains[i];
        const QString from = transcriptOf(i);
        if (from.isEmpty() || !mayCopy(from))
            continue; // a name from elsewhere stays as it was, and nothing is copied
        // The domain's own name: two records never share one file.
        const QString name =
            record.value(u"domain").toString() + QLatin1Char('.') + Transcript::Extension;
        const QString to = folder.filePath(name);
        if (QFileInfo(from).canonicalFilePath() != QFileInfo(to).canonicalFilePath()) {
            const QString part = to + QStringLiteral(".part");
            QFile::remove(part);
            if (!QDir().mkpath(folder.path()) || !QFile::copy(from, part) ||
                (QFile::exists(to) && !QFile::remove(to)) || !QFile::rename(part, to)) {
                QFile::remove(part);
                *error = tr("The transcript of %1 could not be copied to %2.")
                             .arg(record.value(u"domain").toString(), folder.path());
                return false;
            }
        }
        record.insert(QStringLiteral("transcript"), QString(folderName + QLatin1Char('/') + name));
    }
    QSaveFile file(path);
    const QByteArray bytes = result.toJsonLines();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    m_path = path;
    m_model->setResult(result);
    return true;
}

bool ScanView::exportTo(const QString &path, const QString &format, QString *error) const
{
    QByteArray bytes;
    if (format == QLatin1String("html"))
        bytes = ScanReport::html(m_model->result());
    else if (format == QLatin1String("csv"))
        bytes = ScanReport::csv(m_model->result());
    else
        bytes = m_model->result().toJsonLines();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ScanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScanView::retranslate()
{
    m_find->setPlaceholderText(tr("Filter: domain, outcome, TLS version, finding…"));
    m_find->setAccessibleName(tr("Filter the domains"));
    m_outcome->setItemText(ScanFilterModel::All, tr("All domains"));
    m_outcome->setItemText(ScanFilterModel::Failed, tr("Failed"));
    m_outcome->setItemText(ScanFilterModel::WithProblems, tr("Failed or with problems"));
    m_outcome->setItemText(ScanFilterModel::Succeeded, tr("Succeeded"));
    m_outcome->setAccessibleName(tr("Show domains by outcome"));
    m_table->setAccessibleName(tr("Scanned domains"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_hint->setText(tr("Double-click a domain (or press Enter) to open its session: stream, "
                       "timeline and summary. Hover over the findings for their titles."));
    // Room for the headings, and for a domain and an error code ("tls-handshake-failed").
    const QFontMetrics fm = fontMetrics();
    for (int c = 0; c < ScanRow::ColumnCount - 1; ++c) {
        int width = fm.horizontalAdvance(ScanRow::header(ScanRow::Column(c))) + 28;
        if (c == ScanRow::DomainColumn)
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("jabber.example.net")) + 16);
        else if (c == ScanRow::OutcomeColumn)
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("tls-handshake-failed")) +
                                    style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
        else if (c == ScanRow::TlsColumn)
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("TLSv1.3")) + 16);
        else if (c == ScanRow::DnssecColumn)
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("unvalidated")) + 16);
        else if (c == ScanRow::DaneColumn)
            width = std::max(
                {width, fm.horizontalAdvance(ScanRow::daneLabel(ScanRow::Dane::NotUsable)) + 16,
                 fm.horizontalAdvance(ScanRow::daneLabel(ScanRow::Dane::Mismatch)) + 16});
        m_table->setColumnWidth(c, width);
    }
    updateProgress(true);
}

} // namespace Inspector
