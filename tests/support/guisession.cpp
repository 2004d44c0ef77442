// SPDX-License-Identifier: GPL-3.0-or-later
// guisession HOST PORT: the real window running one S2S session, for the autosave test that
// kills it mid-session. Prints "started" once the session runs.
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("xmpp-inspector"));
    QApplication::setApplicationName(QStringLiteral("XMPP Inspector"));
    if (argc < 3)
        return 2;
    Inspector::MainWindow window;
    window.show();
    Inspector::S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QString::fromLocal8Bit(argv[1]);
    o.port = quint16(QString::fromLocal8Bit(argv[2]).toUInt());
    o.timeoutMs = 60000;
    window.start(o);
    QTextStream(stdout) << "started" << Qt::endl;
    return app.exec();
}
