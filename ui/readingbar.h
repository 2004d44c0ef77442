// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Inspector {

/**
 * Across the top of a session tab while its transcript is read: the file, how far reading has
 * come, and Cancel (what was read stays). The panes under it show the events read so far.
 */
class ReadingBar : public QWidget
{
    Q_OBJECT
public:
    ReadingBar(const QString &fileName, QWidget *parent = nullptr);
    void setProgress(qint64 done, qint64 total, int events);

Q_SIGNALS:
    void cancelRequested();

private:
    QString m_fileName;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Inspector
