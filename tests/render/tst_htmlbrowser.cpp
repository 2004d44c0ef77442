// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML reports in a real browser: Debian's chromium, headless and without network, renders
// the lab's session report and a scan's report to pictures in the light and in the dark theme.
// A console message fails the test (it is the browser's complaint about the page, a script
// refused by the page's policy among them); the picture must show a page, in the theme asked
// for. The scan's script must have run (its rows closed). The pictures stay in the test folder.
#include "render/exporters.h"
#include "render/scanreport.h"
#include "run/scan.h"
#include "session/labsession.h"
#include "trace/eventlog.h"
#include "trace/scanresult.h"
#include "trace/summary.h"

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
    void scanScriptRuns();

private:
    /// Runs chromium on the page with `extra` arguments; its stderr, or a failure.
    QByteArray run(const QString &page, const QStringList &extra, QByteArray *out = nullptr);
    QString m_dir;
    QString m_report, m_scanReport;
    int m_scanDomains = 0;
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
    // A scan of the lab's domain under several names, and one that failed.
    ScanResult scan;
    const QJsonObject summary = Summary::build(log).toJson();
    for (const char *domain : {"alpha.example", "beta.example", "gamma.example"})
        scan.add(Scan::record(QString::fromLatin1(domain), summary, 120));
    QJsonObject failed = summary;
    failed.insert(QStringLiteral("success"), false);
    failed.insert(QStringLiteral("errorCode"), QStringLiteral("connect-failed"));
    scan.add(Scan::record(QStringLiteral("down.example"), failed, 3));
    scan.add(QJsonObject{{QStringLiteral("record"), QStringLiteral("summary")},
                         {QStringLiteral("elapsedMs"), 900}});
    m_scanDomains = int(scan.domains.size());
    m_scanReport = m_dir + QStringLiteral("/scan-report.html");
    QFile s(m_scanReport);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(ScanReport::html(scan));
}

QByteArray TestHtmlBrowser::run(const QString &page, const QStringList &extra, QByteArray *out)
{
    QTemporaryDir profile;
    if (!profile.isValid())
        return "no profile folder";
    QStringList args{QStringLiteral("--headless"),
                     QStringLiteral("--no-sandbox"),
                     QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
                     QStringLiteral("--disable-background-networking"),
                     QStringLiteral("--no-first-run"),
                     QStringLiteral("--user-data-dir=") + profile.path(),
                     QStringLiteral("--enable-logging=stderr")};
    args << extra << QStringLiteral("file://") + page;
    QProcess chromium;
    chromium.start(QStringLiteral(INSPECTOR_CHROMIUM_PATH), args);
    if (!chromium.waitForStarted())
        return "not started: " + chromium.errorString().toUtf8();
    if (!chromium.waitForFinished(120000))
        return "chromium did not finish in two minutes";
    const QByteArray err = chromium.readAllStandardError();
    if (out)
        *out = chromium.readAllStandardOutput();
    if (chromium.exitStatus() != QProcess::NormalExit || chromium.exitCode() != 0)
        return "failed: " + err.right(3000);
    return err;
}

void TestHtmlBrowser::renders_data()
{
    QTest::addColumn<bool>("scan");
    QTest::addColumn<QStringList>("theme");
    QTest::addColumn<bool>("dark");
    const QStringList dark{QStringLiteral("--force-dark-mode"),
                           QStringLiteral("--blink-settings=preferredColorScheme=0")};
    QTest::newRow("lab-light") << false << QStringList() << false;
    QTest::newRow("lab-dark") << false << dark << true;
    QTest::newRow("scan-light") << true << QStringList() << false;
    QTest::newRow("scan-dark") << true << dark << true;
}

void TestHtmlBrowser::renders()
{
    QFETCH(bool, scan);
    QFETCH(QStringList, theme);
    QFETCH(bool, dark);
    const QString png =
        m_dir + QStringLiteral("/report-%1.png").arg(QLatin1String(QTest::currentDataTag()));
    const QByteArray err = run(scan ? m_scanReport : m_report,
                               QStringList{QStringLiteral("--screenshot=") + png,
                                           scan ? QStringLiteral("--window-size=1280,900")
                                                : QStringLiteral("--window-size=1280,2000")} +
                                   theme);
    QVERIFY2(!err.startsWith("failed") && !err.startsWith("not started") &&
                 !err.startsWith("chromium did not"),
             err.constData());
    for (const QByteArray &line : err.split('\n'))
        QVERIFY2(!line.contains(":CONSOLE"), line.constData());

    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(1280, scan ? 900 : 2000));
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

void TestHtmlBrowser::scanScriptRuns()
{
    QByteArray dom;
    const QByteArray err = run(m_scanReport, {QStringLiteral("--dump-dom")}, &dom);
    QVERIFY2(!err.startsWith("failed") && !err.startsWith("not started"), err.constData());
    for (const QByteArray &line : err.split('\n'))
        QVERIFY2(!line.contains(":CONSOLE"), line.constData());
    // The script ran under the page's policy: the page knows it, and every row starts closed.
    QVERIFY2(dom.contains("class=\"js\""), dom.left(400).constData());
    QCOMPARE(dom.count("aria-expanded=\"false\""), m_scanDomains);
    QCOMPARE(dom.count("aria-expanded=\"true\""), 0);
}

QTEST_GUILESS_MAIN(TestHtmlBrowser)
#include "tst_htmlbrowser.moc"
