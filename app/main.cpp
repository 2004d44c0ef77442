// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the desktop application: builds the objects and wires them, nothing else.
#include "mainwindow.h"
#include "preferences.h"
#include "replaybar.h"
#include "session/replay.h"
#include "sessionview.h"
#include "startuptimes.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {
void printHelp()
{
    std::printf(
        "Usage: xmpp-inspector [--help] [--version] [--no-lab] [--screenshot FILE]\n"
        "                      [--replay-step N] [--narrate] [TRANSCRIPT ...] [Qt options]\n\n"
        "Opens the XMPP Inspector window. Transcripts given as arguments open in\n"
        "replay; without any, the built-in lab runs (a complete federation on loopback\n"
        "between two roles of this tool) unless --no-lab is given. --screenshot FILE\n"
        "saves a PNG of the window once the lab has finished (or the transcripts are\n"
        "open), then quits. Sessions that did not end normally last time are offered\n"
        "for recovery. --replay-step N puts the replay of the last transcript at step\n"
        "N, --narrate turns its narration on. For scripts and servers without a\n"
        "display, use xmpp-inspector-cli.\n");
}

/// --replay-step N and --narrate: where the replay of the last transcript opened stands.
bool replayAt(Inspector::SessionView *view, const QStringList &args)
{
    if (!view || !view->replay())
        return true;
    const int stepAt = args.indexOf(QStringLiteral("--replay-step"));
    if (stepAt >= 0) {
        bool ok = false;
        const int step = args.value(stepAt + 1).toInt(&ok);
        if (!ok || step < 0) {
            std::fprintf(stderr, "xmpp-inspector: --replay-step needs a step number\n");
            return false;
        }
        view->replay()->stepTo(qMin(step, view->replay()->length()));
    }
    if (args.contains(QStringLiteral("--narrate"))) {
        if (auto *bar = view->findChild<Inspector::ReplayBar *>())
            bar->setNarrating(true);
    }
    return true;
}

/// A grab that is one flat colour means nothing was drawn.
bool isBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}
/// Saves a screenshot of the window once what was opened or finished is shown (the next turns
/// of the event loop), and quits.
void shoot(Inspector::MainWindow *window, const QString &file)
{
    QTimer::singleShot(0, window, [window, file] {
        const QImage image = window->grab().toImage();
        const bool ok = !isBlank(image) && image.save(file);
        if (!ok)
            std::fprintf(stderr, "xmpp-inspector: the screenshot is blank or cannot be saved\n");
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version work without a display: answer them before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("xmpp-inspector %s\n", INSPECTOR_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            printHelp();
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("XMPP Inspector"));
    QApplication::setOrganizationName(QStringLiteral("xmpp-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(INSPECTOR_VERSION));
    // The desktop entry's id: Wayland compositors and docks match the window to it and its icon.
    const Inspector::Preferences preferences = Inspector::Preferences::load();
    preferences.installTranslations();
    if (preferences.theme != Inspector::Preferences::Theme::System)
        preferences.applyTheme();
    QApplication::setDesktopFileName(QStringLiteral(INSPECTOR_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(INSPECTOR_APP_ID),
                         QIcon(QStringLiteral(":/icons/" INSPECTOR_APP_ID ".png"))));
    const QStringList args = QApplication::arguments();
    const int shotAt = args.indexOf(QStringLiteral("--screenshot"));
    if (shotAt >= 0 && shotAt + 1 >= args.size()) {
        std::fprintf(stderr, "xmpp-inspector: --screenshot needs a file name\n");
        return 2;
    }
    Inspector::MainWindow window;
    Inspector::StartupTimes *times = Inspector::StartupTimes::watch(&window);
    window.show();
    if (shotAt < 0)
        window.recover();
    QStringList files;
    for (int i = 1; i < args.size(); ++i) {
        // The values of --screenshot and --replay-step are not transcripts.
        if (i > 1 && (args.at(i - 1) == QLatin1String("--screenshot") ||
                      args.at(i - 1) == QLatin1String("--replay-step")))
            continue;
        if (!args.at(i).startsWith(QLatin1Char('-')))
            files << args.at(i);
    }
    for (const QString &f : std::as_const(files))
        window.openTranscript(f);
    const auto shootLater = [&window, &args, shotAt] {
        shoot(&window, args.at(shotAt + 1));
    };
    QPointer<Inspector::SessionView> reading = window.currentSession();
    if (!files.isEmpty() && reading && reading->isReading()) {
        // A large transcript: its replay starts, and a screenshot shows it, once it is read.
        QObject::connect(reading, &Inspector::SessionView::readingFinished, &window, [&] {
            if (!replayAt(reading, args))
                QApplication::exit(2);
            else if (shotAt >= 0)
                shootLater();
        });
        return app.exec();
    }
    if (!files.isEmpty() && !replayAt(window.currentSession(), args))
        return 2;
    if (args.contains(QStringLiteral("--no-lab")) || !files.isEmpty()) {
        if (shotAt >= 0)
            shootLater();
        return app.exec();
    }
    Inspector::SessionView *lab = window.runLab();
    if (times)
        QObject::connect(lab, &Inspector::SessionView::finished, times,
                         &Inspector::StartupTimes::labFinished);
    if (shotAt >= 0)
        QObject::connect(lab, &Inspector::SessionView::finished, &window, shootLater);
    return app.exec();
}
