// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile peers against the initiating session: XML a stream must not carry at each phase, and
// input without end. Every session must end in time with an error that names the fault in one
// sentence, keep in its event log every byte received up to the fault, and hold bounded memory.
#include "hostile.h"
#include "xml/namespaces.h"

using namespace Hostile;

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // XML a stream must not carry, at each phase of the initiating session.
    void xmlFaults_data();
    void xmlFaults();
    void streamHeaderOddities_data();
    void streamHeaderOddities();
    void parserLimitsOverAConnection();

    // Input without end.
    void endlessElement();
    void millionTinyStanzas();
};

void TestHostile::initTestCase()
{
    QVERIFY2(!ScriptedPeer::certificate(QStringLiteral("peer.localhost")).isNull(),
             "test certificates missing: run through ctest (fixture_certs)");
}

void TestHostile::xmlFaults_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString notWellFormed = QStringLiteral("xml-not-well-formed");
    const QString restricted = QStringLiteral("xml-restricted-xml");
    const QString policy = QStringLiteral("xml-policy-violation");
    const QString unacceptable = QStringLiteral("XML is unacceptable at byte");

    // Malformed XML at each phase.
    QTest::newRow("malformed-before-features")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                      "</stream:features>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-after-features")
        << Path::StarttlsAnswer
        << QByteArray("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                      "</proceeed>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-tls-restart-header")
        << Path::TlsRestartHeader
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h2' "
                      "<oops/>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-after-tls-restart")
        << Path::AfterTlsHeader << QByteArray("<stream:features><mechanisms></stream:features>")
        << notWellFormed << unacceptable;
    QTest::newRow("malformed-during-dialback")
        << Path::DialbackAnswer
        << QByteArray("<db:result type='valid' from='peer.localhost' to='inspector.test'>"
                      "</db:verify>")
        << notWellFormed << unacceptable;

    // Invalid UTF-8.
    QTest::newRow("utf8-truncated-sequence")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><dialback xmlns='urn:xmpp:features:dialback'>\xc3\x28"
                      "</dialback></stream:features>")
        << notWellFormed << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8-overlong")
        << Path::BeforeFeatures << QByteArray("<stream:features><x>\xc0\xaf</x></stream:features>")
        << notWellFormed << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8-surrogate")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><x>\xed\xa0\x80</x></stream:features>") << notWellFormed
        << QStringLiteral("not valid UTF-8");
    // After a good element in the same packet, in a packet of its own.
    QTest::newRow("utf8-in-later-packet")
        << Path::StarttlsAnswer
        << QByteArray("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'>\xff</failure>")
        << notWellFormed << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8-in-header")
        << Path::Header
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
                      "from='\xff\xfe.localhost' xmlns='jabber:server' version='1.0'>")
        << notWellFormed << QStringLiteral("not valid UTF-8");

    // Document type declarations and entities: refused, never expanded or fetched.
    QTest::newRow("dtd-billion-laughs")
        << Path::Header
        << QByteArray("<?xml version='1.0'?>" + billionLaughsDtd() + PeerStreamTag +
                      "<x>&lol9;</x>")
        << restricted << QStringLiteral("document type declaration");
    QTest::newRow("dtd-external-entity")
        << Path::Header
        << QByteArray("<?xml version='1.0'?><!DOCTYPE stream:stream [<!ENTITY xxe SYSTEM "
                      "'file:///etc/passwd'>]>" +
                      PeerStreamTag + "<x>&xxe;</x>")
        << restricted << QStringLiteral("document type declaration");
    QTest::newRow("entity-undeclared")
        << Path::BeforeFeatures << QByteArray("<stream:features><x>&xxe;</x></stream:features>")
        << restricted << QStringLiteral("xxe");

    // Comments and processing instructions inside the stream.
    QTest::newRow("comment-between-elements")
        << Path::BeforeFeatures << QByteArray("<!-- hello -->" + FeaturesDialback) << restricted
        << QStringLiteral("XML comment");
    QTest::newRow("comment-in-element")
        << Path::BeforeFeatures << QByteArray("<stream:features><!-- x --></stream:features>")
        << restricted << QStringLiteral("XML comment");
    QTest::newRow("pi-before-header")
        << Path::Header << QByteArray("<?php echo 1; ?>" + PeerStreamTag) << restricted
        << QStringLiteral("processing instruction");
    QTest::newRow("pi-in-stream") << Path::AfterTlsHeader
                                  << QByteArray("<?xml-stylesheet href='x.xsl'?>" +
                                                FeaturesDialback)
                                  << restricted << QStringLiteral("processing instruction");

    // Size, depth and count limits (those of a live connection).
    const ParserLimits limits = StreamConnection::liveLimits();
    const QByteArray big(600 * 1024, 'a');
    QTest::newRow("stanza-too-large")
        << Path::BeforeFeatures
        << QByteArray("<stream:features><x>" + big + "</x></stream:features>") << policy
        << QStringLiteral("exceeds the size limit of %1 bytes").arg(limits.maxStanzaBytes);
    QTest::newRow("attribute-value-too-large")
        << Path::BeforeFeatures << QByteArray("<stream:features a='" + big + "'/>") << policy
        << QStringLiteral("exceeds the size limit of %1 bytes").arg(limits.maxStanzaBytes);
    QTest::newRow("header-too-large")
        << Path::Header
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='" +
                      QByteArray(70 * 1024, 'i') + "'>")
        << policy
        << QStringLiteral("stream header exceeds the limit of %1 bytes").arg(limits.maxHeaderBytes);
    QTest::newRow("nesting-too-deep")
        << Path::BeforeFeatures << QByteArray("<stream:features>" + repeated("<a>", 100)) << policy
        << QStringLiteral("nested deeper than the limit of %1").arg(limits.maxDepth);
    QTest::newRow("attributes-too-many")
        << Path::BeforeFeatures << QByteArray("<stream:features" + manyAttributes(200) + "/>")
        << policy
        << QStringLiteral("200 attributes, more than the limit of %1").arg(limits.maxAttributes);
    QTest::newRow("attributes-too-many-in-header")
        << Path::Header << QByteArray(PeerHeader.chopped(1) + manyAttributes(200) + ">") << policy
        << QStringLiteral("attributes, more than the limit of %1").arg(limits.maxAttributes);
    QTest::newRow("keepalive-without-end") << Path::BeforeFeatures << QByteArray(600 * 1024, ' ')
                                           << policy << QStringLiteral("whitespace");

    // The stream's own namespace and root.
    QTest::newRow("wrong-stream-namespace")
        << Path::Header
        << QByteArray("<stream:stream xmlns:stream='http://example.com/streams' id='h1' "
                      "xmlns='jabber:server' version='1.0'>")
        << QStringLiteral("xml-invalid-namespace")
        << QStringLiteral("not {http://etherx.jabber.org/streams}stream");
    QTest::newRow("wrong-root") << Path::Header
                                << QByteArray("<html xmlns='http://www.w3.org/1999/xhtml'>")
                                << QStringLiteral("xml-bad-format")
                                << QStringLiteral("{http://www.w3.org/1999/xhtml}html");
    QTest::newRow("undeclared-stream-prefix")
        << Path::Header << QByteArray("<stream:stream id='h1' xmlns='jabber:server'>")
        << notWellFormed << unacceptable;
}

void TestHostile::xmlFaults()
{
    QFETCH(Path, path);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, message);

    ScriptedPeer peer;
    giveIdentity(peer);
    QVERIFY(peer.start());
    scriptTo(peer, path, payload);
    peer.stall();
    S2sOptions o = optionsFor(peer.port());
    if (path == Path::DialbackAnswer)
        useDialback(o);
    Run run;
    MemoryWatch memory;
    runSession(run, o);
    const QJsonObject &s = run.summary;

    // Ends at once (an immediate fault), with the protocol failure exit status.
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    // One sentence that names the fault, the code and the phase it happened in.
    const QString error = s.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(), code);
    QCOMPARE(s.value(QStringLiteral("failedPhase")).toString(), phaseFor(path));
    if (usesTls(path))
        QCOMPARE(s.value(QStringLiteral("tlsUpgraded")).toBool(), true);
    // RFC 6120 §4.9.3: the peer is told why, with the matching stream error.
    const QString condition = code.mid(4);
    QVERIFY2(outboundRaw(run.log, 1).contains(QByteArray("<" + condition.toLatin1())),
             outboundRaw(run.log, 1).right(300).constData());
    // Kept: every byte up to the fault, the faulty ones included.
    checkFaultKept(run.log, 1, peer.sent());
    // Nothing was expanded: no element carries what an entity would have produced.
    for (const Event &e : run.log.events())
        QVERIFY(!e.element || !e.element->text().contains(QLatin1String("lol")));
    // Bounded.
    checkBounded(run.log, FaultLogBound);
    QVERIFY2(memory.growthKiB() < 64 * 1024, qPrintable(QString::number(memory.growthKiB())));
}

void TestHostile::streamHeaderOddities_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("expectFeatures");

    QTest::newRow("id-missing")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
                      "from='peer.localhost' version='1.0' xmlns='jabber:server'>")
        << QStringLiteral("no stream id") << true;
    QTest::newRow("version-absent")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h1' "
                      "from='peer.localhost' xmlns='jabber:server'>")
        << QStringLiteral("pre-1.0") << false;
    QTest::newRow("version-2.0")
        << QByteArray("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='h1' "
                      "from='peer.localhost' version='2.0' xmlns='jabber:server'>")
        << QStringLiteral("2.0") << true;
}

void TestHostile::streamHeaderOddities()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, note);
    QFETCH(bool, expectFeatures);

    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream").send(header);
    if (expectFeatures)
        peer.send(FeaturesDialback);
    peer.expect(Close).send(Close).close();
    Run run;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    // The probe completes (nothing waits for what will not come) and says what was odd.
    QVERIFY2(s.value(QStringLiteral("success")).toBool(), qPrintable(describe(s)));
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(countInbound(run.log, 1, EventKind::StreamHeader), 1);
    QCOMPARE(inboundRaw(run.log, 1), peer.sent());
    checkBounded(run.log, SmallLogBound);
    QVERIFY2(hasNote(run.log, note), qPrintable(note));
}

void TestHostile::parserLimitsOverAConnection()
{
    // The limits that bound one connection as a whole, on small values; the engine-level tests
    // below run them at the values of a live connection (a bare parser has none).
    QCOMPARE(ParserLimits().maxElements, 0);
    QVERIFY(StreamConnection::liveLimits().maxElements > 0);
    QVERIFY(StreamConnection::liveLimits().maxConnectionBytes > 0);
    const QByteArray head = "<stream:stream xmlns='jabber:server' "
                            "xmlns:stream='http://etherx.jabber.org/streams'>";
    {
        // The number of top-level elements (each one an event of the log).
        StreamParser parser;
        ParserLimits limits;
        limits.maxElements = 10;
        parser.setLimits(limits);
        QSignalSpy elements(&parser, &StreamParser::elementReceived);
        QSignalSpy errors(&parser, &StreamParser::parseError);
        parser.feed(head + repeated("<r/>", 25));
        QCOMPARE(elements.count(), 10);
        QCOMPARE(errors.count(), 1);
        const auto e = errors.first().first().value<ParseError>();
        QCOMPARE(e.condition(), QStringLiteral("policy-violation"));
        QVERIFY2(e.message.english().contains(QLatin1String("10 top-level elements")),
                 qPrintable(e.message.english()));
        // The refused element and what followed it are handed over, not dropped.
        QCOMPARE(e.unreported, repeated("<r/>", 15));
        QCOMPARE(e.unreportedOffset, head.size() + 10 * 4);
    }
    {
        // The bytes one connection may carry: all its stream documents (restarts) together.
        StreamParser parser;
        ParserLimits limits;
        limits.maxConnectionBytes = 1000;
        parser.setLimits(limits);
        QSignalSpy elements(&parser, &StreamParser::elementReceived);
        QSignalSpy errors(&parser, &StreamParser::parseError);
        parser.feed(head);
        for (int i = 0; i < 20; ++i)
            parser.feed("<message><body>" + QByteArray(40, 'm') + "</body></message>");
        QCOMPARE(errors.count(), 1);
        const auto e = errors.first().first().value<ParseError>();
        QVERIFY2(e.message.english().contains(QLatin1String("1000 bytes")),
                 qPrintable(e.message.english()));
        // Every element that ends within the limit was delivered, none after it.
        QCOMPARE(elements.count(), (1000 - int(head.size())) / 72);
        QVERIFY(parser.hasFailed());
    }
    {
        // A keepalive without end is bounded like a stanza.
        StreamParser parser;
        ParserLimits limits;
        limits.maxStanzaBytes = 1000;
        parser.setLimits(limits);
        QSignalSpy spaces(&parser, &StreamParser::whitespaceReceived);
        QSignalSpy errors(&parser, &StreamParser::parseError);
        parser.feed(head);
        for (int i = 0; i < 30; ++i)
            parser.feed(QByteArray(100, ' '));
        QCOMPARE(errors.count(), 1);
        qint64 reported = 0;
        for (const QList<QVariant> &args : std::as_const(spaces))
            reported += args.first().toByteArray().size();
        QVERIFY2(reported <= 1000, qPrintable(QString::number(reported)));
    }
    {
        // An element cut off by the end of the connection is still there to record.
        StreamParser parser;
        parser.feed(head + "<message><body>hel");
        qint64 offset = -1;
        QCOMPARE(parser.unreportedBytes(&offset), QByteArray("<message><body>hel"));
        QCOMPARE(offset, head.size());
    }
}

void TestHostile::endlessElement()
{
    // A 1 GiB stream of one element that never ends, made as the socket drains.
    constexpr qint64 Total = qint64(1) << 30;
    ScriptedPeer peer;
    QVERIFY(peer.start());
    const QByteArray chunk(64 * 1024, 'a');
    peer.expect("<stream:stream")
        .send(PeerHeader + "<stream:features><x>")
        .generate(Total, [chunk](qint64) { return chunk; });
    Run run;
    MemoryWatch memory;
    runSession(run, optionsFor(peer.port()));
    const QJsonObject &s = run.summary;
    QVERIFY2(run.elapsedMs < MarginMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(s.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("xml-policy-violation"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QLatin1String("size limit of 524288 bytes")),
             qPrintable(describe(s)));
    // The engine stopped reading long before the end, and the peer could tell.
    QTRY_VERIFY(peer.otherSideClosed());
    QVERIFY2(peer.sentTotal() < 64 * 1024 * 1024, qPrintable(QString::number(peer.sentTotal())));
    checkFaultKept(run.log, 1, peer.sent());
    // The endless element is kept up to where it was refused: past the limit.
    QVERIFY(inboundRaw(run.log, 1).size() >
            faultOffset(run.log, 1) + StreamConnection::liveLimits().maxStanzaBytes);
    qInfo("1 GiB endless element: refused after %lld ms, the peer wrote %lld bytes, log %lld "
          "bytes, memory growth %lld KiB",
          run.elapsedMs, peer.sentTotal(), storedBytes(run.log), memory.growthKiB());
    checkBounded(run.log, FaultLogBound);
    QVERIFY2(memory.growthKiB() < 64 * 1024, qPrintable(QString::number(memory.growthKiB())));
}

void TestHostile::millionTinyStanzas()
{
    // After dialback, while our ping waits, the peer sends a million <presence/> (11 MB): on top
    // of its features and its verdict, two more top-level elements than a live connection
    // takes. Each is recorded, with a note (an unexpected stanza on our outgoing stream).
    constexpr int Count = 1000 * 1000;
    const QByteArray unit = "<presence/>";
    const QByteArray chunk = repeated(unit, 6000);
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send(PeerHeader + FeaturesDialback)
        .expect("</db:result>")
        .send(ValidVerdict)
        .expect("urn:xmpp:ping")
        .generate(qint64(Count) * unit.size(), [chunk](qint64) { return chunk; });
    // The ping waits long enough for a slow machine to take them all in meanwhile (under the
    // sanitizers on a loaded machine that took 15 to 32 s).
    S2sOptions o = optionsFor(peer.port(), 90000);
    useDialback(o);
    o.ping = true;
    Run run;
    MemoryWatch memory;
    runSession(run, o);
    const QJsonObject &s = run.summary;
    int elements = 0, presences = 0, notes = 0;
    qint64 raw = 0;
    for (const Event &e : run.log.events()) {
        raw += e.raw.size();
        notes += e.kind == EventKind::Note;
        if (e.connection == 1 && e.direction == Direction::Inbound &&
            e.kind == EventKind::Element) {
            ++elements;
            presences += e.raw.startsWith("<presence");
        }
    }
    // Only the newest stanzas keep their trees; an old one is parsed again from its bytes.
    int first = -1;
    for (int i = 0; i < run.log.size() && first < 0; ++i) {
        const Event &e = run.log.at(i);
        if (e.connection == 1 && e.direction == Direction::Inbound && e.raw.startsWith("<presence"))
            first = i;
    }
    QVERIFY(first >= 0);
    QVERIFY(!run.log.holdsTree(first));
    const ElementPtr again = run.log.element(first);
    QVERIFY(again);
    QVERIFY(again->is(Ns::Server, u"presence"));
    QVERIFY(again->attributes().isEmpty() && again->children().isEmpty());
    const int limit = StreamConnection::liveLimits().maxElements;
    qInfo("a million stanzas: %d recorded in %lld ms, %d events, %lld raw bytes, memory growth "
          "%lld KiB: %s",
          presences, run.elapsedMs, run.log.size(), raw, memory.growthKiB(),
          qPrintable(describe(s)));
    QCOMPARE(s.value(QStringLiteral("authenticatedAs")).toString(),
             QStringLiteral("inspector.test"));
    // The limit policy: exactly the limit of top-level elements, every one of them recorded,
    // then a policy-violation stream error that says so.
    QCOMPARE(elements, limit);
    QCOMPARE(presences, limit - 2);
    QCOMPARE(s.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("xml-policy-violation"));
    QVERIFY2(s.value(QStringLiteral("error"))
                 .toString()
                 .contains(QStringLiteral("more than %1 top-level elements").arg(limit)),
             qPrintable(describe(s)));
    // (The error code says the limit ended it, not the ping's timeout; how long that took is
    // the benchmark's business, not a test's.)
    QTRY_VERIFY(peer.otherSideClosed());
    checkFaultKept(run.log, 1, peer.sent());
    // Bounded whatever the peer had left to send: the limit's elements, a note for each, and
    // a few hundred events besides; their bytes, and in memory about 1 KiB for each with its
    // tree and its JSON.
    QVERIFY2(run.log.size() < 2 * limit + 1000, qPrintable(QString::number(run.log.size())));
    QVERIFY2(raw < 16 * 1024 * 1024, qPrintable(QString::number(raw)));
    QVERIFY2(memory.growthKiB() < 3 * 1024 * 1024, qPrintable(QString::number(memory.growthKiB())));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile_xml.moc"
