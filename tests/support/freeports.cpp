// SPDX-License-Identifier: GPL-3.0-or-later
// freeports N: prints N distinct TCP ports that are free on 127.0.0.1 right now, one a line.
// All are held open until printed, so they are distinct; the test harness uses them at once.
#include <QCoreApplication>
#include <QTcpServer>
#include <QTextStream>

#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1;
    if (n < 1 || n > 64)
        return 2;
    std::vector<std::unique_ptr<QTcpServer>> held;
    QTextStream out(stdout);
    for (int i = 0; i < n; ++i) {
        auto s = std::make_unique<QTcpServer>();
        if (!s->listen(QHostAddress::LocalHost, 0))
            return 1;
        out << s->serverPort() << '\n';
        held.push_back(std::move(s));
    }
    return 0;
}
