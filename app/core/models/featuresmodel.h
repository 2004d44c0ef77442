// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/streamfeatures.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace Inspector {

class EventLog;
class FlushPacer;

/**
 * The stream features of a session as a tree: one node per features element received (each
 * connection, each stage: initial, after TLS, after SASL), its features below, and the features
 * of the stage before that are gone now marked as removed, so differences show at a glance.
 */
class FeaturesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FeatureColumn, DetailColumn, NamespaceColumn, ColumnCount };
    enum Role { EventIndexRole = Qt::UserRole + 1, ChangeRole };

    explicit FeaturesModel(const EventLog *log, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void flush();

private:
    struct Row
    {
        StreamFeatures::Entry entry;
        QString change; // "", "new", "removed"
    };
    struct Stage
    {
        int event = -1;
        int connection = 0;
        QString title;
        QVector<Row> rows;
    };

    const EventLog *m_log;
    QVector<Stage> m_stages;
    int m_scanned = 0;
    QHash<int, bool> m_tlsSeen; // per connection
    QHash<int, bool> m_saslSeen;
    FlushPacer *m_pacer;
    bool m_flushAsked = false;
};

} // namespace Inspector
