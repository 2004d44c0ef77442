// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Inspector {

class EventLog;
class StreamFilterModel;
class StreamModel;

/**
 * The live XML stream: one row per recorded event (a view over the event log, never a growing
 * text widget), filtered by connection, kind and text; the detail pane shows the selected event
 * in full. Sticks to the bottom only if the user is there.
 */
class StreamPane : public QWidget
{
    Q_OBJECT
public:
    StreamPane(const EventLog *log, QWidget *parent = nullptr);
    ~StreamPane() override;

    QTableView *view() const { return m_view; }
    int currentEvent() const;

public Q_SLOTS:
    /// Selects and scrolls to an event (from the timeline, features, …); clears a filter that
    /// hides it.
    void selectEvent(int eventIndex);
    void copySelected();
    void focusFilter();
    void focusFind();
    /// Shows every row again: no text, all connections, everything.
    void clearFilter();
    /// Selects the next (previous) shown row matching the find text, wrapping around; false
    /// when none matches (the find field turns red) or the field is empty (it gets the focus).
    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    void eventSelected(int eventIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpViews();
    void layOut();
    void connectViews();
    void retranslate();
    bool find(bool backwards);
    void refreshConnections();

    const EventLog *m_log;
    StreamModel *m_model;
    StreamFilterModel *m_filter;
    QLineEdit *m_text;
    QLineEdit *m_find;
    QComboBox *m_connection;
    QComboBox *m_show;
    QTableView *m_view;
    bool m_atBottom = true;
    bool m_selecting = false;
};

} // namespace Inspector
