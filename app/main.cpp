// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the desktop application: builds the objects and wires them, nothing else.
#include "mainwindow.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    // --help and --version work without a display: answer them before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("xmpp-inspector %s\n", INSPECTOR_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: xmpp-inspector [--help] [--version] [Qt options]\n\n"
                        "Opens the XMPP Inspector window. For scripts and servers without a\n"
                        "display, use xmpp-inspector-cli.\n");
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("XMPP Inspector"));
    QApplication::setOrganizationName(QStringLiteral("xmpp-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    Inspector::MainWindow window;
    window.show();
    return app.exec();
}
