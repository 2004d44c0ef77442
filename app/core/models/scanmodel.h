// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/scanresult.h"
#include "trace/scanrow.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Inspector {

/**
 * A scan's table: one row per domain as it finishes (ScanRow's columns), over the records
 * kept as they came (ScanResult: what is saved and exported). Sorting and filtering are a
 * proxy's; SortRole gives each column's order (numbers for counts and times).
 */
class ScanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        /// 1 for a domain that succeeded, 0 one that succeeded with errors or warnings among
        /// its findings, -1 one that failed (the outcome's icon).
        OutcomeRole,
        /// The file the domain's transcript was saved to; empty if none.
        TranscriptRole,
        /// The domain's findings as "CODE: title" lines.
        FindingsRole,
        /// What a filter finds besides the columns: the finding codes and the error.
        SearchRole,
    };

    explicit ScanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A domain's record ("record": "domain"), a skipped line or the summary, in the order
    /// they come; false for an object that is not a scan's.
    bool add(const QJsonObject &record);
    /// Domain records, all in one insertion; the others as add() takes them.
    void add(const QVector<QJsonObject> &records);
    /// Everything again from a scan read back.
    void setResult(const ScanResult &result);
    const ScanResult &result() const { return m_result; }
    const ScanRow &row(int index) const { return m_rows.at(index); }
    int failed() const { return m_failed; }

private:
    ScanResult m_result;
    QVector<ScanRow> m_rows;
    int m_failed = 0;
};

} // namespace Inspector
