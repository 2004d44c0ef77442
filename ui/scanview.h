// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/scanworker.h"
#include "trace/scanresult.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTemporaryDir;

namespace Inspector {

class ScanModel;
class ScanFilterModel;

/**
 * A federation scan in a tab: the table of its domains filling as each one finishes (outcome
 * icon, reachability, TLS, certificate, DNSSEC, DANE, what was offered, connect time,
 * findings), sorted by any column and filtered by text and outcome; a double-click opens the
 * domain's session from its transcript. A running scan keeps each domain's transcript
 * (secrets redacted) in a temporary folder until the scan is saved; a scan read back from a
 * file finds them where its records say, beside the file.
 */
class ScanView : public QWidget
{
    Q_OBJECT
public:
    /// A scan of `domains`, started at once.
    ScanView(const ScanOptions &options, const ScanList &list, QWidget *parent = nullptr);
    /// A scan read back (`path`: the file it came from, for its transcripts).
    ScanView(const ScanResult &result, const QString &path, QWidget *parent = nullptr);
    ~ScanView() override;

    /// Reads a scan's file; nullptr with the reason if it is not one.
    static ScanView *open(const QString &path, QString *error, QWidget *parent = nullptr);

    QString title() const;
    QString outcomeText() const;
    QIcon outcomeIcon() const;
    bool isRunning() const;
    /// Starts no new domain; those running end within their timeouts.
    void stop();
    ScanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Saves the scan's lines as `path` (.xiscan) and the transcripts kept in a folder beside
    /// it (NAME-transcripts), which the saved records name relative to the file.
    bool save(const QString &path, QString *error);
    /// "html", "csv" or "jsonl" (the lines as saved, without the transcripts).
    bool exportTo(const QString &path, const QString &format, QString *error) const;
    /// The transcript of the table's row `row` (in the model), resolved; empty if none.
    QString transcriptOf(int row) const;
    /// Whether save() may copy this file: a transcript this scan kept, or one in the folder
    /// of the scan's own file.
    bool mayCopy(const QString &file) const;

Q_SIGNALS:
    /// The table or the progress changed (the tab's title and icon follow).
    void changed();
    /// A domain's session is asked for: its transcript.
    void openTranscriptRequested(const QString &path);
    /// A domain with no transcript was asked for.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    explicit ScanView(QWidget *parent);
    void setUpTable();
    void retranslate();
    void updateProgress(bool now = false);
    /// Adds the records that came since the last time, a slice of at most a few ms at a time:
    /// many domains ending at once (a list of dead ones) must not stall the window.
    void addPending();
    void onActivated(const QModelIndex &index);

    ScanModel *m_model;
    ScanFilterModel *m_filter;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QLineEdit *m_find;
    QComboBox *m_outcome;
    QLabel *m_shown;
    QLabel *m_hint;
    QTableView *m_table;
    std::unique_ptr<ScanWorker> m_scan;           // its sessions run on a thread of their own
    std::unique_ptr<QTemporaryDir> m_transcripts; // a running scan's, until it is saved
    QString m_path;                               // the file it was read from or saved as
    QVector<QJsonObject> m_pending;               // records come, not yet in the table
    QTimer *m_addTimer;
    QElapsedTimer m_sinceChanged;
    int m_total = 0;
    bool m_running = false;
};

} // namespace Inspector
