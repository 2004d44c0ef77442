// SPDX-License-Identifier: GPL-3.0-or-later
// bench_scan LIST DNS_SERVER CA CONCURRENCY [--window]: a scan of every domain of LIST (the
// test federation, served by run-benchmarks.sh) at CONCURRENCY domains at once, as many
// sessions per address and 1000 new sessions a second at most: the engine alone, or in the
// window (--window, offscreen: the scan's tab shown as its table fills). Prints domains per
// second, the peak resident memory of this process, the outcomes, and with --window the
// longest stall of the GUI thread while the table fills.
#include "benchsupport.h"
#include "guisupport.h"

#include "mainwindow.h"
#include "models/scanmodel.h"
#include "preferences.h"
#include "run/scan.h"
#include "scanview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Inspector;

namespace {

void printOutcomes(const QJsonObject &summary)
{
    const QJsonObject outcomes = summary.value(u"outcomes").toObject();
    std::printf("  outcomes:");
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        std::printf(" %s %d", qPrintable(it.key()), it.value().toInt());
    std::printf("\n");
}
} // namespace

int main(int argc, char **argv)
{
    const bool window = argc == 6 && qstrcmp(argv[5], "--window") == 0;
    if (argc != 5 && !window) {
        std::fprintf(stderr, "usage: bench_scan LIST DNS_SERVER CA CONCURRENCY [--window]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    Bench::TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-bench"));
    QStandardPaths::setTestModeEnabled(true);
    QFile listFile(QString::fromLocal8Bit(argv[1]));
    if (!listFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_scan: %s cannot be read\n", argv[1]);
        return 1;
    }
    const ScanList list = ScanList::parse(listFile.readAll());
    ScanOptions options;
    options.s2s.from = QStringLiteral("inspector.test");
    options.s2s.dns.server = QString::fromLocal8Bit(argv[2]);
    options.s2s.caFile = QString::fromLocal8Bit(argv[3]);
    options.s2s.extraCa = QSslCertificate::fromPath(options.s2s.caFile);
    options.s2s.timeoutMs = 3000;
    options.concurrency = QByteArray(argv[4]).toInt();
    options.perAddress = options.concurrency; // every domain of the federation is on 127.0.0.1
    options.rate = ScanOptions::MaxRate;
    const int domains = int(list.domains.size());

    QElapsedTimer clock;
    clock.start();
    QJsonObject summary;
    qint64 stallNs = 0;
    if (!window) {
        Scan scan(options, list.domains);
        QObject::connect(&scan, &Scan::finished, &app, [&] {
            summary = scan.summary();
            QCoreApplication::quit();
        });
        scan.start();
        QApplication::exec();
    } else {
        Preferences().save();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        Bench::StallMeter stalls;
        ScanView *view = w.startScan(options, list);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (!view->isRunning())
                QCoreApplication::quit();
        });
        poll.start(20);
        stalls.lastTick = stalls.clock.nsecsElapsed();
        QApplication::exec();
        stallNs = stalls.longestGap;
        summary = view->model()->result().summary;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("scan of %d domains at concurrency %d%s: %.2f s, %.0f domains/s, peak RSS %.0f MB",
                domains, options.concurrency, window ? " in the window" : " (engine alone)",
                seconds, domains / seconds, double(Bench::peakRssKb()) / 1024);
    if (window)
        std::printf(", longest GUI-thread stall %.1f ms (longest event: %.1f ms, %s)",
                    double(stallNs) / 1e6, double(app.longestNs) / 1e6,
                    app.longestWhat.constData());
    std::printf("\n");
    printOutcomes(summary);
    return summary.value(u"scanned").toInt() == domains ? 0 : 1;
}
