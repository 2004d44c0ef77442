// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in lab: every role of this tool against another, no server installed.
#include "session/labsession.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Inspector;

class TestLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void variants_data();
    void variants();
    void everyRoleTakesPart();
};

void TestLab::variants_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("dialback");
    QTest::addColumn<QString>("sasl");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("standard") << "standard" << true << "valid"
                              << ""
                              << "";
    QTest::newRow("wrong-key") << "wrong-key" << false << "invalid"
                               << ""
                               << "dialback-invalid";
    QTest::newRow("sasl-external") << "sasl-external" << true << ""
                                   << "success"
                                   << "";
    QTest::newRow("tls-required-not-offered") << "tls-required-not-offered" << false << ""
                                              << ""
                                              << "starttls-not-offered";
    QTest::newRow("wrong-certificate-name") << "wrong-certificate-name" << true << "valid"
                                            << ""
                                            << "";
}

void TestLab::variants()
{
    QFETCH(QString, variant);
    QFETCH(bool, success);
    QFETCH(QString, dialback);
    QFETCH(QString, sasl);
    QFETCH(QString, errorCode);
    LabSession::Variant v;
    QVERIFY(LabSession::parseVariant(variant, &v));
    EventLog log;
    LabSession lab(&log, v);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    const QJsonObject s = Summary::build(log).toJson();
    QCOMPARE(s.value(QStringLiteral("success")).toBool(), success);
    QCOMPARE(s.value(QStringLiteral("dialbackResult")).toString(), dialback);
    QCOMPARE(s.value(QStringLiteral("saslResult")).toString(), sasl);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), errorCode);
    if (success) {
        QCOMPARE(
            s.value(QStringLiteral("ping")).toObject().value(QStringLiteral("result")).toString(),
            QStringLiteral("result"));
        QCOMPARE(s.value(QStringLiteral("tlsUpgraded")).toBool(), true);
    }
    const bool nameMismatch = variant == QLatin1String("wrong-certificate-name");
    if (s.value(QStringLiteral("tls")).isObject())
        QCOMPARE(
            s.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool(),
            !nameMismatch);
    QCOMPARE(lab.outcome() == Outcome::Success, success);

    // Kept up to date a few events at a time (as the window does), the summary is the same;
    // after the log got shorter (a replay seek) it starts over.
    Summary::Builder builder;
    int rounds = 0;
    while (!builder.update(log, 7))
        ++rounds;
    QVERIFY(rounds >= log.size() / 7 - 1);
    QCOMPARE(builder.result(log).toJson(), s);
    const int half = log.size() / 2;
    EventLog prefix;
    for (int i = 0; i < half; ++i)
        prefix.appendRecorded(log.at(i));
    QVERIFY(builder.update(prefix));
    QCOMPARE(builder.result(prefix).toJson(), Summary::build(prefix).toJson());
}

void TestLab::everyRoleTakesPart()
{
    EventLog log;
    LabSession lab(&log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
    QStringList roles;
    for (const ConnectionInfo &c : log.connections())
        roles << c.role;
    // Originating, receiving, verify (for the key), authoritative (answering it), and the
    // receiving side's own outgoing stream that carries the ping's answer.
    for (const char *role : {"initiating", "receiving", "verify", "authoritative"})
        QVERIFY2(roles.contains(QLatin1String(role)), role);
    QCOMPARE(roles.count(QStringLiteral("initiating")), 2);
    // Every connection ended: its last phase is closed (or failed).
    for (const ConnectionInfo &c : log.connections()) {
        QString last;
        for (const Event &e : log.events()) {
            if (e.kind == EventKind::Phase && e.connection == c.id)
                last = EventJson::data(e).value(QStringLiteral("name")).toString();
        }
        QVERIFY2(last == QLatin1String("stream_closed") || last == QLatin1String("stream_closing"),
                 qPrintable(
                     QStringLiteral("connection %1 (%2) ended in %3").arg(c.id).arg(c.role, last)));
    }
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
