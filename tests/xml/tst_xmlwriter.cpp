// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml/namespaces.h"
#include "xml/streamheader.h"
#include "xml/streamparser.h"
#include "xml/xmlwriter.h"

#include <QTest>

using namespace Inspector;

class TestXmlWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamRoundTrip();
    void userInputIsEscaped();
    void standaloneSerialization();
};

void TestXmlWriter::streamRoundTrip()
{
    XmlWriter w;
    StreamHeader h;
    h.from = QStringLiteral("inspector.test");
    h.to = QStringLiteral("a.localhost");
    h.version = QStringLiteral("1.0");
    h.lang = QStringLiteral("en");
    h.contentNamespace = Ns::Server;
    h.prefixedNamespaces.insert(QStringLiteral("db"), Ns::Dialback);
    QByteArray bytes = w.openStream(h);
    QVERIFY(bytes.startsWith("<?xml version=\"1.0\""));
    QVERIFY(bytes.endsWith(">"));
    QVERIFY(bytes.contains("xmlns:db=\"jabber:server:dialback\""));
    QVERIFY(!bytes.contains("/>")); // the root stays open
    const QByteArray starttls = w.write(Element(Ns::Tls, QStringLiteral("starttls")));
    QCOMPARE(starttls, QByteArray("<starttls xmlns=\"urn:ietf:params:xml:ns:xmpp-tls\"/>"));
    Element result(Ns::Dialback, QStringLiteral("result"));
    result.setAttribute(QStringLiteral("from"), QStringLiteral("inspector.test"));
    result.appendText(QStringLiteral("abc"));
    const QByteArray db = w.write(result);
    QCOMPARE(db, QByteArray("<db:result from=\"inspector.test\">abc</db:result>"));
    Element iq(Ns::Server, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.appendChild(Element(Ns::Ping, QStringLiteral("ping")));
    const QByteArray iqBytes = w.write(iq);
    QCOMPARE(iqBytes, QByteArray("<iq type=\"get\"><ping xmlns=\"urn:xmpp:ping\"/></iq>"));
    const QByteArray close = w.closeStream();
    QCOMPARE(close, QByteArray("</stream:stream>"));
    QVERIFY(w.closeStream().isEmpty());

    // What we write parses back to the same header and elements.
    StreamParser p;
    StreamHeader parsed;
    QVector<ElementPtr> elements;
    bool closed = false;
    connect(&p, &StreamParser::streamOpened, this,
            [&](const StreamHeader &x, const QByteArray &, qint64) { parsed = x; });
    connect(&p, &StreamParser::elementReceived, this,
            [&](const ElementPtr &e, const QByteArray &, qint64) { elements << e; });
    connect(&p, &StreamParser::streamClosed, this, [&] { closed = true; });
    p.feed(bytes + starttls + db + iqBytes + close);
    QCOMPARE(parsed.from, h.from);
    QCOMPARE(parsed.to, h.to);
    QCOMPARE(parsed.lang, h.lang);
    QCOMPARE(parsed.contentNamespace, Ns::Server);
    QVERIFY(parsed.declaresDialback());
    QCOMPARE(elements.size(), 3);
    QVERIFY(elements[0]->is(Ns::Tls, u"starttls"));
    QVERIFY(elements[1]->is(Ns::Dialback, u"result"));
    QVERIFY(elements[2]->firstChild(Ns::Ping, u"ping"));
    QVERIFY(closed);
}

void TestXmlWriter::userInputIsEscaped()
{
    Element body(Ns::Client, QStringLiteral("body"));
    body.setAttribute(QStringLiteral("id"), QStringLiteral("a\"b'<c>&"));
    body.appendText(QStringLiteral("</body><evil/>&amp;"));
    const QByteArray xml = body.toXml();
    QVERIFY(!xml.contains("<evil/>"));
    StreamParser p;
    ElementPtr back;
    connect(&p, &StreamParser::elementReceived, this,
            [&](const ElementPtr &e, const QByteArray &, qint64) { back = e; });
    p.feed("<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>" +
           xml);
    QVERIFY(back);
    QCOMPARE(back->attribute(u"id"), QStringLiteral("a\"b'<c>&"));
    QCOMPARE(back->text(), QStringLiteral("</body><evil/>&amp;"));
}

void TestXmlWriter::standaloneSerialization()
{
    Element features(Ns::Streams, QStringLiteral("features"));
    features.setPrefix(QStringLiteral("stream"));
    Element unknown(QStringLiteral("urn:example:x"), QStringLiteral("thing"));
    unknown.setAttribute(QStringLiteral("v"), QStringLiteral("1"));
    features.appendChild(std::move(unknown));
    const QByteArray xml = features.toXml();
    QVERIFY(xml.startsWith("<stream:features xmlns:stream=\"http://etherx.jabber.org/streams\">"));
    QVERIFY(xml.contains("<thing xmlns=\"urn:example:x\" v=\"1\"/>"));
}

QTEST_GUILESS_MAIN(TestXmlWriter)
#include "tst_xmlwriter.moc"
