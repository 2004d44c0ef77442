// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the cold start: a bare Qt Widgets main window (a menu, a label, a status bar),
// timed like the application (XMPP_INSPECTOR_LAUNCH_NS, StartupTimes), then quits. Not a test:
// run-benchmarks.sh prints its first paint beside the application's.
#include "startuptimes.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace {
/// Quits once the window has been painted and StartupTimes has printed.
class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued after StartupTimes' own queued print.
            QMetaObject::invokeMethod(
                qApp,
                [] { QMetaObject::invokeMethod(qApp, &QApplication::quit, Qt::QueuedConnection); },
                Qt::QueuedConnection);
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.setCentralWidget(new QLabel(QStringLiteral("XMPP Inspector")));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 750);
    Inspector::StartupTimes::watch(&window);
    QuitAfterPaint quit;
    window.installEventFilter(&quit);
    window.show();
    return app.exec();
}
