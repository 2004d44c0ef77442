// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Inspector {

class EventLog;

/// Filters the stream model by connection, direction, kind of row and text (in the one-line
/// summary or the raw bytes), case-insensitively.
class StreamFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { Everything, StreamOnly, FactsOnly };

    StreamFilterModel(const EventLog *log, QObject *parent = nullptr);

    void setConnection(int connection); // 0: all
    void setDirection(int direction);   // -1: all, else Inspector::Direction
    void setShow(Show show);
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isFiltering() const;
    /// Whether an event matches a text the way the text filter matches (for find next).
    bool textMatches(int sourceRow, const QString &text) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow, const QString &text, const QByteArray &utf8Lower) const;

    const EventLog *m_log;
    int m_connection = 0;
    int m_direction = -1;
    Show m_show = Show::Everything;
    QString m_text;
    QByteArray m_textUtf8Lower;
};

} // namespace Inspector
