// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Inspector {

class EventLog;

/**
 * The selected event in full: a heading with its time, connection, direction and kind, what
 * it means (with the specification's section), and the event in human form — XML for elements
 * and headers, sentences for the rest — beside its exact raw bytes and, for events that carry
 * facts, their recorded data. Long lines wrap.
 */
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailPane(const EventLog *log, QWidget *parent = nullptr);

    int event() const { return m_event; }

public Q_SLOTS:
    /// Shows event `index`; -1 clears the pane.
    void setEvent(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const EventLog *m_log;
    int m_event = -1;
    QLabel *m_heading;
    QLabel *m_explanation;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_data;
};

} // namespace Inspector
