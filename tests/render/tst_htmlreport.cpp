// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report: what it says (outcome, findings with their remedy, the certificate chain,
// the transcript and its limit, the teaching notes), that a peer's text stays text, and that
// secrets stay out.
#include "htmlcheck.h"
#include "net/certfactory.h"
#include "render/htmlpage.h"
#include "render/htmlreport.h"
#include "render/report.h"
#include "scriptedpeer.h"
#include "session/labsession.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"
#include "trace/summary.h"
#include "trace/teaching.h"
#include "xml/namespaces.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;
using HtmlCheck::Node;

namespace {
void runLab(EventLog *log, LabSession::Variant variant)
{
    LabSession lab(log, variant);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
}

QVector<Node> parsed(const QByteArray &html)
{
    QString error;
    const QVector<Node> nodes = HtmlCheck::parse(html, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return nodes;
}

/// The dialback keys and SASL payloads a log holds as sent.
QStringList secretsIn(const EventLog &log)
{
    QStringList out;
    for (int i = 0; i < log.size(); ++i) {
        const ElementPtr el = log.element(i);
        // SASL payloads are redacted as they are recorded (unless asked): a marker is no secret.
        if (el && (el->namespaceUri() == Ns::Dialback || el->namespaceUri() == Ns::Sasl) &&
            el->text().trimmed().size() >= 8 &&
            !el->text().trimmed().startsWith(QLatin1String("[redacted:")))
            out << el->text().trimmed();
    }
    return out;
}

Event makeEvent(EventKind kind, Direction direction, const QByteArray &raw,
                const ElementPtr &element = {})
{
    Event e;
    e.kind = kind;
    e.direction = direction;
    e.connection = 1;
    e.raw = raw;
    e.element = element;
    return e;
}
} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labSession();
    void findingsWithRemedy_data();
    void findingsWithRemedy();
    void transcriptLimit();
    void hostilePeerStaysText();
    void cleanReplacesWhatXmlForbids();
};

void TestHtmlReport::labSession()
{
    EventLog log;
    runLab(&log, LabSession::Variant::Standard);
    const SessionSummary s = Summary::build(log);
    const QByteArray html = HtmlReport::session(log);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    const QVector<Node> nodes = parsed(html);
    QVERIFY(!nodes.isEmpty());

    // The outcome first: the verdict, who talked to whom.
    const QVector<Node> outcome = HtmlCheck::withClass(nodes, QStringLiteral("outcome"));
    QCOMPARE(outcome.size(), 1);
    QVERIFY2(outcome.first().classes.contains(QLatin1String("good")),
             qPrintable(outcome.first().text));
    QCOMPARE(HtmlCheck::withClass(nodes, QStringLiteral("verdict")).value(0).text,
             QStringLiteral("Succeeded"));
    QVERIFY2(outcome.first().text.contains(QStringLiteral("lab-a.localhost → lab-b.localhost")),
             qPrintable(outcome.first().text));
    QVERIFY(HtmlCheck::named(nodes, QStringLiteral("h1"))
                .value(0)
                .text.contains(QLatin1String("lab-a.localhost")));

    // The certificate chain as a table: one row per certificate the peer sent, with its
    // subject and fingerprint, and the verification.
    QVERIFY(s.tls && !s.tls->peerCertificates.isEmpty());
    const QVector<QStringList> tls = HtmlCheck::tableRows(html, QStringLiteral("tls"));
    QVERIFY(!tls.isEmpty());
    QVERIFY2(tls.first().contains(QLatin1String("SHA-256 fingerprint")),
             qPrintable(tls.first().join(u'|')));
    QCOMPARE(tls.size(), 1 + s.tls->peerCertificates.size());
    const CertificateFact &leaf = s.tls->peerCertificates.first();
    QCOMPARE(tls.at(1).value(1), leaf.subject);
    QCOMPARE(tls.at(1).value(5), leaf.sha256);
    QCOMPARE(tls.at(1).value(6), QStringLiteral("verified"));
    const QString tlsText = HtmlCheck::sectionText(nodes, QStringLiteral("tls"));
    QVERIFY(tlsText.contains(s.tls->protocol));
    QVERIFY(tlsText.contains(s.tls->cipher));

    // Dialback in the checks, valid.
    const QVector<QStringList> checks = HtmlCheck::tableRows(html, QStringLiteral("checks"));
    bool dialback = false;
    for (const QStringList &row : checks)
        dialback = dialback || (row.value(0).contains(QLatin1String("XEP-0220")) &&
                                row.value(1) == QLatin1String("valid"));
    QVERIFY(dialback);

    // The diagram, the transcript (every stanza, collapsible, its XML highlighted), the
    // teaching notes.
    QVERIFY(!HtmlCheck::named(nodes, QStringLiteral("svg"), QStringLiteral("diagram")).isEmpty());
    int elements = 0;
    for (const Event &e : log.events())
        elements += e.kind == EventKind::Element || e.kind == EventKind::StreamHeader ||
                    e.kind == EventKind::StreamEnd;
    const QVector<Node> details = HtmlCheck::named(nodes, QStringLiteral("details"));
    QCOMPARE(details.size(), elements);
    QVERIFY(HtmlCheck::withClass(nodes, QStringLiteral("more")).isEmpty());
    QVERIFY(HtmlCheck::withClass(nodes, QStringLiteral("t")).size() > elements);
    const QString teaching = HtmlCheck::sectionText(nodes, QStringLiteral("teaching"));
    int explained = 0;
    for (int i = 0; i < log.size(); ++i) {
        const QString note = Teaching::explain(log, i);
        QVERIFY2(note.isEmpty() || teaching.contains(note), qPrintable(note));
        explained += !note.isEmpty();
    }
    QVERIFY(explained > 5);

    // Self-contained: nothing to load, no script, links only to places on the page.
    for (const Node &n : nodes) {
        QVERIFY2(!QStringList({QStringLiteral("script"), QStringLiteral("link"),
                               QStringLiteral("img"), QStringLiteral("iframe")})
                      .contains(n.name),
                 qPrintable(n.name));
        for (const QString &a : n.attributes) {
            QVERIFY2(!a.startsWith(QLatin1String("src=")), qPrintable(a));
            QVERIFY2(!a.startsWith(QLatin1String("href=")) || a.startsWith(QLatin1String("href=#")),
                     qPrintable(a));
        }
    }
    QVERIFY(!HtmlPage::styleSheet().contains(QLatin1String("url(")));
    QVERIFY(HtmlPage::styleSheet().contains(QLatin1String("prefers-color-scheme:dark")));
    QVERIFY(HtmlPage::styleSheet().contains(QLatin1String("@media print")));

    // Secrets: the dialback keys redacted, unless asked for.
    const QStringList secrets = secretsIn(log);
    QVERIFY(!secrets.isEmpty());
    const QByteArray kept = HtmlReport::session(log, {true});
    for (const QString &secret : secrets) {
        QVERIFY2(!html.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(kept.contains(secret.toUtf8()));
    }
    QVERIFY(html.contains("[redacted:64]"));
    // A payload redacted as it was recorded keeps the length of the secret, not of its marker.
    QVERIFY(html.contains("[redacted:20]"));
    QVERIFY(!html.contains("[redacted:13]"));
}

void TestHtmlReport::findingsWithRemedy_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong-key") << int(LabSession::Variant::WrongKey) << "Failed"
                               << "DIALBACK-INVALID";
    QTest::newRow("wrong-certificate-name")
        << int(LabSession::Variant::WrongCertificateName) << "Succeeded, with problems"
        << "TLS-IDENTITY-MISMATCH";
}

void TestHtmlReport::findingsWithRemedy()
{
    QFETCH(int, variant);
    QFETCH(QString, verdict);
    QFETCH(QString, code);
    EventLog log;
    runLab(&log, LabSession::Variant(variant));
    const SessionSummary s = Summary::build(log);
    const QVector<Node> nodes = parsed(HtmlReport::session(log));
    QCOMPARE(HtmlCheck::withClass(nodes, QStringLiteral("verdict")).value(0).text, verdict);

    const QVector<Node> cards = HtmlCheck::withClass(nodes, QStringLiteral("finding"));
    QCOMPARE(cards.size(), s.findings.size());
    bool found = false;
    for (int i = 0; i < cards.size(); ++i) {
        const Finding &f = s.findings.at(i);
        QVERIFY(cards.at(i).section == QLatin1String("findings"));
        for (const QString &part : {f.codeName(), f.title(), f.explanation(), f.fix(), f.spec()})
            QVERIFY2(cards.at(i).text.contains(part), qPrintable(part));
        found = found || f.codeName() == code;
    }
    QVERIFY2(found, qPrintable(code));
    // The remedy and the specification are said as such.
    const QVector<Node> remedies = HtmlCheck::withClass(nodes, QStringLiteral("remedy"));
    QCOMPARE(remedies.size(), s.findings.size()); // each of these findings has a remedy
    QVERIFY(remedies.first().text.startsWith(QLatin1String("Remedy: ")));
    QVERIFY(HtmlCheck::withClass(nodes, QStringLiteral("spec"))
                .first()
                .text.startsWith(QLatin1String("Specification: ")));
}

void TestHtmlReport::transcriptLimit()
{
    // A long session: a dialback key at the start, then more stanzas than the report shows
    // (their trees long dropped by the log, parsed again for the report).
    QCOMPARE(HtmlReport::DefaultMaxEvents, 5000);
    EventLog log;
    log.append(makeEvent(EventKind::StreamHeader, Direction::Outbound,
                         "<stream:stream xmlns='jabber:server' xmlns:db='jabber:server:dialback' "
                         "xmlns:stream='http://etherx.jabber.org/streams' from='a.example' "
                         "to='b.example' version='1.0'>"));
    const QString key =
        QStringLiteral("2f3a9c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70819aa3b4c5d6e7f809");
    Element result(Ns::Dialback, QStringLiteral("result"));
    result.setPrefix(QStringLiteral("db"));
    result.setAttribute(QStringLiteral("from"), QStringLiteral("a.example"));
    result.setAttribute(QStringLiteral("to"), QStringLiteral("b.example"));
    result.appendText(key);
    log.append(makeEvent(EventKind::Element, Direction::Outbound,
                         QByteArray("<db:result from='a.example' to='b.example'>") + key.toUtf8() +
                             QByteArray("</db:result>"),
                         std::move(result).share()));
    for (int i = 0; i < 5004; ++i) {
        Element iq(Ns::Server, QStringLiteral("iq"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttribute(QStringLiteral("id"), QStringLiteral("p%1").arg(i));
        iq.appendChild(Element(QStringLiteral("urn:xmpp:ping"), QStringLiteral("ping")));
        log.append(
            makeEvent(EventKind::Element, Direction::Outbound,
                      QStringLiteral("<iq type='get' id='p%1'><ping xmlns='urn:xmpp:ping'/></iq>")
                          .arg(i)
                          .toUtf8(),
                      std::move(iq).share()));
    }
    QVERIFY(!log.holdsTree(2));
    const QByteArray html = HtmlReport::session(log);
    const QVector<Node> nodes = parsed(html);
    QCOMPARE(
        HtmlCheck::named(nodes, QStringLiteral("details"), QStringLiteral("transcript")).size(),
        5000);
    const QVector<Node> more = HtmlCheck::withClass(nodes, QStringLiteral("more"));
    QCOMPARE(more.size(), 1);
    QVERIFY2(more.first().text.startsWith(QLatin1String(
                 "The report shows the first 5000 events; the transcript holds 6 more.")),
             qPrintable(more.first().text));
    const QString transcript = HtmlCheck::sectionText(nodes, QStringLiteral("transcript"));
    QVERIFY(transcript.contains(QLatin1String("id='p4997'")));
    QVERIFY(transcript.contains(QLatin1String("iq type=get id=p0 <ping/>")));
    QVERIFY(!transcript.contains(QLatin1String("id='p4998'")));
    QVERIFY(!html.contains(key.toUtf8()));
    QVERIFY(html.contains("[redacted:64]"));

    HtmlReport::Options small;
    small.maxEvents = 10;
    const QVector<Node> few = parsed(HtmlReport::session(log, small));
    QCOMPARE(HtmlCheck::named(few, QStringLiteral("details")).size(), 10);
    QVERIFY(HtmlCheck::withClass(few, QStringLiteral("more"))
                .value(0)
                .text.startsWith(QLatin1String(
                    "The report shows the first 10 events; the transcript holds 4996 more.")));
}

void TestHtmlReport::hostilePeerStaysText()
{
    // A peer whose names, certificate and error text are markup: the report shows them as
    // text, and no element of theirs reaches the page.
    CertFactory::Spec spec;
    spec.commonName = QStringLiteral("<script>alert('cn')</script>");
    spec.dnsNames = {QStringLiteral("peer.localhost")};
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    QVERIFY2(CertFactory::make(spec, &certificate, &key, &error), qPrintable(error));
    Test::ScriptedPeer peer;
    peer.setIdentity(certificate, key);
    QVERIFY(peer.start());
    const QByteArray header =
        "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
        "id='&lt;/summary&gt;&lt;img src=x onerror=alert(1)&gt;' "
        "from='&lt;/title&gt;&lt;script&gt;alert(&quot;from&quot;)&lt;/script&gt;' "
        "to='inspector.test' version='1.0' xmlns='jabber:server' "
        "xmlns:db='jabber:server:dialback'>";
    peer.expect("<stream:stream")
        .send(header + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                       "</stream:features>")
        .expect("<starttls")
        .send("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
        .startTls()
        .expect("<stream:stream")
        .send(header + "<stream:error><not-authorized "
                       "xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text "
                       "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>&lt;/pre&gt;&lt;script&gt;"
                       "alert(\"text\")&lt;/script&gt;]]&gt;</text></stream:error>"
                       "</stream:stream>")
        .close();
    S2sOptions o;
    o.from = QStringLiteral("inspector.test");
    o.to = QStringLiteral("peer.localhost");
    o.host = QStringLiteral("127.0.0.1");
    o.port = peer.port();
    o.timeoutMs = 3000;
    EventLog log;
    S2sSession session(&log, o);
    QSignalSpy finished(&session, &S2sSession::finished);
    session.start();
    QVERIFY(finished.count() == 1 || finished.wait(6000));

    const QByteArray html = HtmlReport::session(log);
    // Kept for a person to open in a browser.
    QDir().mkpath(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/htmlreport"));
    QFile kept(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/htmlreport/hostile.html"));
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.write(html);
    kept.close();
    for (const char *tag : {"<script", "<img", "<svg:script", "<iframe"})
        QVERIFY2(html.toLower().count(tag) == 0, tag);
    const QVector<Node> nodes = parsed(html);
    QVERIFY(!nodes.isEmpty());
    const QString checks = HtmlCheck::sectionText(nodes, QStringLiteral("checks"));
    QVERIFY2(checks.contains(QLatin1String("</pre><script>alert(\"text\")</script>]]>")),
             qPrintable(checks));
    const QVector<QStringList> chain = HtmlCheck::tableRows(html, QStringLiteral("tls"));
    QVERIFY2(chain.value(1).value(1).contains(QLatin1String("<script>alert('cn')</script>")),
             qPrintable(chain.value(1).join(u'|')));
    const QString stream = HtmlCheck::sectionText(nodes, QStringLiteral("session"));
    QVERIFY2(stream.contains(QLatin1String("</title><script>alert(\"from\")</script>")),
             qPrintable(stream));
    QVERIFY(HtmlCheck::sectionText(nodes, QStringLiteral("transcript"))
                .contains(QLatin1String("&lt;/pre&gt;&lt;script&gt;")));
}

void TestHtmlReport::cleanReplacesWhatXmlForbids()
{
    const QString bad = QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") + QChar(0xFFFE) +
                        QChar(0xD800) + QStringLiteral("c\t\n") + QString::fromUcs4(U"\U0001F600");
    const QString clean = HtmlPage::clean(bad);
    QCOMPARE(clean, QStringLiteral("a\uFFFDb\uFFFD\uFFFDc\t\n") + QString::fromUcs4(U"\U0001F600"));
    HtmlPage page(bad, QStringLiteral("en"));
    page.paragraph(bad);
    page.table({bad}, {{HtmlPage::Cell::monospace(bad)}});
    QString error;
    QVERIFY(!HtmlCheck::parse(page.finish(bad), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
