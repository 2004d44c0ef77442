// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanmodel.h"

namespace Inspector {

namespace {
QString asRichText(const QString &plain)
{
    return QStringLiteral("<qt>") +
           plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           QStringLiteral("</qt>");
}
} // namespace

ScanModel::ScanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ScanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ScanRow::ColumnCount;
}

QVariant ScanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ScanRow &r = m_rows.at(index.row());
    const auto column = ScanRow::Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return r.text(column);
    case Qt::ToolTipRole:
        // Always rich text, escaped: an error or a title may quote the peer.
        if (column == ScanRow::FindingsColumn && !r.findings.isEmpty())
            return asRichText(data(index, FindingsRole).toString());
        if ((column == ScanRow::OutcomeColumn || column == ScanRow::DomainColumn) &&
            !r.error.isEmpty())
            return asRichText(r.error);
        return {};
    case SearchRole: {
        QStringList words{r.error};
        for (const Finding &f : r.findings)
            words << f.codeName();
        return words.join(QLatin1Char(' '));
    }
    case Qt::TextAlignmentRole:
        if (ScanRow::isNumeric(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return r.sortKey(column);
    case OutcomeRole:
        if (!r.success)
            return -1;
        return r.count(Finding::Severity::Error) + r.count(Finding::Severity::Warning) > 0 ? 0 : 1;
    case TranscriptRole:
        return r.transcript;
    case FindingsRole: {
        QStringList lines;
        for (const Finding &f : r.findings)
            lines << QStringLiteral("%1: %2").arg(f.codeName(), f.title());
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant ScanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ScanRow::ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return ScanRow::header(ScanRow::Column(section));
}

bool ScanModel::add(const QJsonObject &record)
{
    if (record.value(u"record").toString() != QLatin1String("domain"))
        return m_result.add(record);
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_result.add(record);
    m_rows.append(ScanRow::fromRecord(record));
    m_failed += m_rows.last().success ? 0 : 1;
    endInsertRows();
    return true;
}

void ScanModel::add(const QVector<QJsonObject> &records)
{
    QVector<ScanRow> rows;
    rows.reserve(records.size());
    for (const QJsonObject &record : records) {
        if (record.value(u"record").toString() == QLatin1String("domain"))
            rows.append(ScanRow::fromRecord(record));
        else
            m_result.add(record);
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const QJsonObject &record : records) {
        if (record.value(u"record").toString() == QLatin1String("domain"))
            m_result.add(record);
    }
    for (ScanRow &row : rows) {
        m_failed += row.success ? 0 : 1;
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void ScanModel::setResult(const ScanResult &result)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    m_rows.reserve(result.domains.size());
    m_failed = 0;
    for (const QJsonObject &record : result.domains) {
        m_rows.append(ScanRow::fromRecord(record));
        m_failed += m_rows.last().success ? 0 : 1;
    }
    endResetModel();
}

} // namespace Inspector
