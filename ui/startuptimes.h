// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Inspector {

/**
 * Cold-start figures for the benchmark: when XMPP_INSPECTOR_LAUNCH_NS holds the wall-clock
 * time (ns since the Unix epoch) at which the process was launched, prints to stderr how long
 * after it the main window was first painted and the built-in lab finished.
 */
class StartupTimes : public QObject
{
    Q_OBJECT
public:
    /// Null unless the variable is set.
    static StartupTimes *watch(QWidget *window);
    void labFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupTimes(qint64 launchNs, QObject *parent);
    void print(const char *what) const;
    qint64 m_launchNs;
    bool m_painted = false;
};

} // namespace Inspector
