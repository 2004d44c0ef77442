// SPDX-License-Identifier: GPL-3.0-or-later
// Event payloads are types; JSON exists only at the transcript's edge. Each payload read from
// the documented format and written again must be the same JSON, key for key, or a transcript
// opened and saved again would lose what the session recorded.
#include "facts/verdictfact.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTest>

using namespace Inspector;

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return d.object();
}
} // namespace

class TestEventPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdictRoundTrip_data();
    void verdictRoundTrip();
    void verdictTypes();
    void recordedPayloadsRoundTrip_data();
    void recordedPayloadsRoundTrip();
    void hostileVerdict();
};

void TestEventPayload::verdictRoundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    const auto row = [](const char *name, const char *payload) {
        QTest::newRow(name) << QByteArray(payload);
    };
    row("attempt", R"({"what":"attempt","result":"failed","target":"xmpp.example","address":
        "127.0.0.2","port":5269,"directTls":false,"source":"srv","candidate":1,"error":
        "Connection refused","errorPhrase":{"ctx":"Inspector::TlsErrorText","src":
        "Connection refused"}})");
    row("authenticated", R"({"what":"authenticated","result":"success","method":"dialback",
        "as":"a.example"})");
    row("bidi", R"({"what":"bidi","result":"not-offered","offeredBeforeTls":true})");
    row("bidi requested", R"({"what":"bidi","result":"requested","encrypted":true})");
    row("bidi-in", R"({"what":"bidi-in","result":"accepted"})");
    row("bidi-reverse", R"({"what":"bidi-reverse","result":"unproven","from":"b.example",
        "to":"a.example","method":"sasl","certificateProves":false})");
    row("bidi-stanza", R"({"what":"bidi-stanza","result":"unauthorised","from":"c.example",
        "to":"a.example","authorised":["b.example>a.example"]})");
    row("bound", R"({"what":"bound","result":"success","jid":"u@a.example/r"})");
    row("delivery-error", R"({"what":"delivery-error","result":"error","id":"message-1",
        "from":"x@b.example","error":{"type":"cancel","condition":"item-not-found",
        "text":null,"known":true,"by":"b.example","application":{"namespace":"urn:x",
        "condition":"y"}}})");
    row("delivery-error without <error/>", R"({"what":"delivery-error","result":"error",
        "id":"message-1","from":"x@b.example","error":{}})");
    row("dialback error", R"({"what":"dialback","result":"error","streamId":"s1",
        "from":"b.example","to":"a.example","condition":"remote-server-not-found",
        "text":"no","errorType":"cancel"})");
    row("dialback stream error", R"({"what":"dialback","result":"error","condition":
        "host-unknown","text":"","streamError":true})");
    row("dialback pending", R"({"what":"dialback","result":"pending","streamId":"s1",
        "explanation":"Nothing arrived.","explanationPhrase":{"ctx":"Inspector::S2sSession",
        "src":"Nothing arrived."}})");
    row("dialback-in", R"({"what":"dialback-in","result":"valid","sent":"valid","domain":
        "b.example","localDomain":"a.example","condition":null})");
    row("dialback-unsolicited", R"({"what":"dialback-unsolicited","received":
        "db:result from='b' to='a' type='valid'","expected":null})");
    row("disco", R"({"what":"disco","result":"result","id":"disco-1","rttMs":1.25,"from":
        "b.example","replyConnection":3,"disco":{"identities":[{"category":"server",
        "type":"im","name":"Prosody"}],"features":["urn:xmpp:ping"]}})");
    row("message", R"({"what":"message","result":"sent","to":"v@b.example","body":"hi",
        "id":"message-1"})");
    row("ping", R"({"what":"ping","result":"result","rttMs":0.5,"from":"b.example",
        "replyConnection":1,"error":null})");
    row("ping unexpected sender", R"({"what":"ping","result":"error","id":"ping-1",
        "rttMs":3,"from":"evil.example","replyConnection":1,"unexpectedSender":true,
        "error":{"type":"cancel","condition":"service-unavailable","text":"x","known":true}})");
    row("roster", R"({"what":"roster","result":"result","contacts":[{"jid":"v@b.example",
        "name":"V","subscription":"both","ask":"","groups":["Friends"]}],"error":null})");
    row("sasl", R"({"what":"sasl","result":"failure","mechanism":"SCRAM-SHA-1","condition":
        "not-authorized","text":"The password is wrong.","phrase":{"ctx":
        "Inspector::C2sSession","src":"The password is wrong."}})");
    row("sasl success", R"({"what":"sasl","result":"success","mechanism":"SCRAM-SHA-256",
        "serverSignatureVerified":true})");
    row("sasl unknown signature", R"({"what":"sasl","result":"success","mechanism":"PLAIN",
        "serverSignatureVerified":null})");
    row("sasl-in", R"({"what":"sasl-in","result":"failure","condition":"invalid-mechanism",
        "text":"Only EXTERNAL is offered."})");
    row("stanza", R"({"what":"stanza","result":"result","id":"s-1","rttMs":2,"from":
        "b.example","replyConnection":2})");
    row("verify", R"({"what":"verify","result":"valid","id":"abc","domain":"b.example",
        "condition":null})");
    row("verify-answered", R"({"what":"verify-answered","result":"valid","id":"abc",
        "receiving":"b.example","originating":"a.example"})");
    row("version", R"({"what":"version","result":"result","id":"v-1","rttMs":4,"from":
        "b.example","replyConnection":1,"softwareVersion":{"name":"Prosody","version":
        "0.12.3","os":"Linux"}})");
    row("version partial", R"({"what":"version","result":"result","softwareVersion":
        {"name":"Prosody"}})");
}

void TestEventPayload::verdictRoundTrip()
{
    QFETCH(QByteArray, payload);
    const QJsonObject recorded = json(payload.constData());
    QVERIFY(!recorded.isEmpty());
    const VerdictFact v = VerdictFact::fromEventData(recorded, 2, 10);
    QCOMPARE(QJsonDocument(v.toEventData()).toJson(QJsonDocument::Compact),
             QJsonDocument(recorded).toJson(QJsonDocument::Compact));
    // The summary's list leaves the phrases out and adds the connection and the time.
    const QJsonObject listed = v.toJson();
    QCOMPARE(listed.value(QStringLiteral("connection")).toInt(), 2);
    for (auto it = listed.begin(); it != listed.end(); ++it)
        QVERIFY2(!it.key().endsWith(QLatin1String("hrase")), qPrintable(it.key()));
    QCOMPARE(VerdictFact::fromJson(listed).toJson(), listed);
}

void TestEventPayload::verdictTypes()
{
    const VerdictFact v = VerdictFact::fromEventData(
        json(R"({"what":"version","result":"result","rttMs":4,"replyConnection":7,
                 "softwareVersion":{"name":"Prosody","os":"Linux"},"unexpectedSender":true})"),
        1, 0);
    QCOMPARE(v.softwareName().text(), QStringLiteral("Prosody"));
    QVERIFY(v.softwareRelease().isAbsent());
    QCOMPARE(v.softwareOs().text(), QStringLiteral("Linux"));
    QCOMPARE(v.replyConnection.value_or(0), 7);
    QCOMPARE(v.rttMs.value_or(0), 4.0);
    QVERIFY(v.unexpectedSender.value_or(false));
    QVERIFY(!v.discoFeatures());

    const VerdictFact roster = VerdictFact::fromEventData(
        json(R"({"what":"roster","result":"result","contacts":[{"jid":"a@b"},{"jid":"c@d"}]})"), 1,
        0);
    QCOMPARE(roster.rosterContacts(), 2);
    QCOMPARE(roster.contacts->at(1).jid, QStringLiteral("c@d"));
}

void TestEventPayload::recordedPayloadsRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const char *dir : {"/facts/fixtures", "/trace/fixtures"}) {
        const QDir d(QStringLiteral(INSPECTOR_TEST_SOURCE_DIR) + QLatin1String(dir));
        for (const QString &file : d.entryList({QStringLiteral("*.xitrace")}))
            QTest::newRow(qPrintable(file)) << d.filePath(file);
    }
}

/// Every event of recorded sessions (versions 1 to 3) has, once read into its type, the
/// "data" its line had: nothing a session recorded is lost by opening and saving it again.
void TestEventPayload::recordedPayloadsRoundTrip()
{
    QFETCH(QString, path);
    EventLog log;
    const Transcript::ReadResult r = Transcript::read(path, &log);
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<EventKind, int> kinds;
    int index = 0;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value(QStringLiteral("type")).toString() != QLatin1String("event"))
            continue;
        QVERIFY(index < log.size());
        const Event &e = log.at(index++);
        ++kinds[e.kind];
        const QJsonObject recorded = line.value(QStringLiteral("data")).toObject();
        QVERIFY2(
            EventJson::data(e) == recorded,
            qPrintable(
                QStringLiteral("event %1 (%2): %3\n  read back as %4")
                    .arg(index - 1)
                    .arg(Event::kindName(e.kind),
                         QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(
                             QJsonDocument(EventJson::data(e)).toJson(QJsonDocument::Compact)))));
    }
    QCOMPARE(index, log.size());
    QVERIFY2(kinds.size() >= 6, qPrintable(QString::number(kinds.size())));
}

/// What a peer or a forged transcript puts in a verdict cannot make it say something else.
void TestEventPayload::hostileVerdict()
{
    // A phrase that does not say what the English text says is not shown, and not kept.
    const VerdictFact forged = VerdictFact::fromEventData(
        json(R"({"what":"sasl","result":"failure","text":"The password is wrong.",
                 "phrase":{"ctx":"Inspector::C2sSession","src":"Login succeeded."}})"),
        0, 0);
    QCOMPARE(forged.textPhrase.display(), QStringLiteral("The password is wrong."));
    QVERIFY(!forged.toEventData().contains(QStringLiteral("phrase")));
    // Values of the wrong type are absent, not coerced into something the peer did not send.
    const VerdictFact wrong = VerdictFact::fromEventData(
        json(R"({"what":"dialback","result":7,"from":["b"],"rttMs":"fast",
                 "serverSignatureVerified":"yes","error":{"condition":"x"}})"),
        0, 0);
    QVERIFY(wrong.result.isAbsent());
    QVERIFY(wrong.from.isAbsent());
    QVERIFY(!wrong.rttMs);
    QVERIFY(!wrong.serverSignatureVerified.isValue());
    QVERIFY(wrong.error.isAbsent());
    QCOMPARE(wrong.stanzaError.value_or(StanzaError()).condition, QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestEventPayload)
#include "tst_eventpayload.moc"
