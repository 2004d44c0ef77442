// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace Inspector {

class EventLog;

/// Filters the stream model by connection, direction, kind of row and text (in the one-line
/// summary or the raw bytes), case-insensitively.
///
/// A flat proxy of its own rather than QSortFilterProxyModel: the stream model only ever appends
/// rows (or is reset), and QSortFilterProxyModel maps every source row again on each insertion,
/// so a batch of rows cost more the longer the session (90 ms a batch at three million rows).
/// Here a batch costs its own rows only: unfiltered the rows are the source's one for one,
/// filtered they are the accepted source rows, in order.
class StreamFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class Show { Everything, StreamOnly, FactsOnly };

    StreamFilterModel(const EventLog *log, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setConnection(int connection); // 0: all
    void setDirection(int direction);   // -1: all, else Inspector::Direction
    void setShow(Show show);
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isFiltering() const;
    /// Whether an event matches a text the way the text filter matches (for find next).
    bool textMatches(int sourceRow, const QString &text) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    bool matches(int sourceRow, const QString &text, const QByteArray &utf8Lower) const;
    /// The filter changed: the rows are chosen again and the views keep what they had selected
    /// where it is still shown (a layout change, as QSortFilterProxyModel does).
    void refilter();
    void rebuild();
    void connectSource(QAbstractItemModel *source);
    void sourceRowsInserted(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    int sourceRowOf(int row) const;
    int rowOf(int sourceRow) const;

    const EventLog *m_log;
    int m_connection = 0;
    int m_direction = -1;
    Show m_show = Show::Everything;
    QString m_text;
    QByteArray m_textUtf8Lower;
    // Unfiltered: the source's rows up to m_count, one for one. Filtered: the source rows shown.
    bool m_filtered = false;
    bool m_insertingBefore = false; // rows inserted before the end: a reset under way
    int m_count = 0;
    std::vector<int> m_rows;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Inspector
