// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace Inspector {

class EventLog;

/**
 * Narration of a replay, large enough to read from the back of a room: the step's element
 * (pretty and short), what it is and why it happens (Teaching::explain) and the sections of
 * the specifications it cites, as links.
 */
class NarratePanel : public QFrame
{
    Q_OBJECT
public:
    explicit NarratePanel(const EventLog *log, QWidget *parent = nullptr);

    /// Narrates the last event of the first `position` events (of `length`).
    void showStep(int position, int length);
    QString explanation() const;
    /// The cited sections as shown ("RFC 6120 §4.3.2 · XEP-0220 §2.1.1").
    QString references() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFonts();
    QString title(int index, int length) const;
    QString elementText(int index) const;
    QString explain(int index) const;

    const EventLog *m_log;
    QLabel *m_title;
    QPlainTextEdit *m_element;
    QLabel *m_explanation;
    QLabel *m_references;
    QStringList m_cited;
    int m_position = 0;
    int m_length = 0;
};

} // namespace Inspector
