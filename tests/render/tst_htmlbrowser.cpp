// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's HTML report in a real browser: Debian's chromium, headless and without network,
// renders it to a picture in the light and in the dark theme. A console message fails the
// test (the page has no script: any message is the browser's complaint about the page); the
// picture must show a page, in the theme asked for. The pictures stay in the test folder.
#include "render/exporters.h"
#include "session/labsession.h"
#include "trace/eventlog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Inspector;

class TestHtmlBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void renders_data();
    void renders();

private:
    QString m_dir;
    QString m_report;
};

namespace {
/// Perceived brightness, 0 (black) to 255 (white).
int brightness(QRgb c)
{
    return (qRed(c) * 299 + qGreen(c) * 587 + qBlue(c) * 114) / 1000;
}
} // namespace

void TestHtmlBrowser::initTestCase()
{
    m_dir = QStringLiteral(INSPECTOR_TEST_RUN_DIR "/htmlbrowser");
    QDir(m_dir).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir));
    EventLog log;
    LabSession lab(&log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(lab.outcome(), Outcome::Success);
    m_report = m_dir + QStringLiteral("/lab-report.html");
    QFile f(m_report);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Exporters::html(log));
}

void TestHtmlBrowser::renders_data()
{
    QTest::addColumn<QStringList>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << QStringList() << false;
    QTest::newRow("dark") << QStringList{QStringLiteral("--force-dark-mode"),
                                         QStringLiteral("--blink-settings=preferredColorScheme=0")}
                          << true;
}

void TestHtmlBrowser::renders()
{
    QFETCH(QStringList, theme);
    QFETCH(bool, dark);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const QString png =
        m_dir + QStringLiteral("/lab-report-%1.png").arg(QLatin1String(QTest::currentDataTag()));
    QStringList args{QStringLiteral("--headless"),
                     QStringLiteral("--no-sandbox"),
                     QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
                     QStringLiteral("--disable-background-networking"),
                     QStringLiteral("--no-first-run"),
                     QStringLiteral("--user-data-dir=") + profile.path(),
                     QStringLiteral("--enable-logging=stderr"),
                     QStringLiteral("--screenshot=") + png,
                     QStringLiteral("--window-size=1280,2000")};
    args << theme << QStringLiteral("file://") + m_report;
    QProcess chromium;
    chromium.start(QStringLiteral(INSPECTOR_CHROMIUM_PATH), args);
    QVERIFY2(chromium.waitForStarted(), qPrintable(chromium.errorString()));
    QVERIFY2(chromium.waitForFinished(120000), "chromium did not finish in two minutes");
    const QByteArray err = chromium.readAllStandardError();
    QCOMPARE(chromium.exitStatus(), QProcess::NormalExit);
    QVERIFY2(chromium.exitCode() == 0, err.right(3000).constData());
    for (const QByteArray &line : err.split('\n'))
        QVERIFY2(!line.contains(":CONSOLE"), line.constData());

    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(1280, 2000));
    // A page, not a blank: many colours (text, badges, the diagram), and ink on a good part
    // of the rows.
    const QRgb background = image.pixel(4, 4);
    QSet<QRgb> colours;
    int inkedRows = 0;
    for (int y = 0; y < image.height(); y += 2) {
        bool ink = false;
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            ink = ink || qAbs(brightness(c) - brightness(background)) > 60;
        }
        inkedRows += ink;
    }
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    QVERIFY2(inkedRows > image.height() / 2 / 4, qPrintable(QString::number(inkedRows)));
    // The theme asked for: a light or a dark page.
    QVERIFY2(dark ? brightness(background) < 60 : brightness(background) > 200,
             qPrintable(QString::number(brightness(background))));
}

QTEST_GUILESS_MAIN(TestHtmlBrowser)
#include "tst_htmlbrowser.moc"
