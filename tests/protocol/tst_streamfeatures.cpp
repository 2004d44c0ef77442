// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsehelper.h"
#include "protocol/streamfeatures.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Inspector;

namespace {
StreamFeatures featuresOf(const QByteArray &captured)
{
    const QVector<ElementPtr> els = Test::topLevelElements(Test::inStream(captured));
    if (els.isEmpty() || !els.first()->is(Ns::Streams, u"features"))
        return {};
    return StreamFeatures::fromElement(*els.first());
}
} // namespace

class TestStreamFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prosodyS2sBeforeTls();
    void prosodyS2sAfterTlsWithCertificate();
    void prosodyRequireEncryption();
    void ejabberdS2sBeforeTls();
    void ejabberdS2sAfterTls();
    void prosodyC2sAfterSasl();
    void ejabberdC2sMechanisms();
    void unknownFeatureKeptRaw();
    void modernFeatures();
    void matchingIsByNamespace();
};

// Bytes below are the peers' own, from captured Prosody 0.12.3 and ejabberd 23.01 sessions.

void TestStreamFeatures::prosodyS2sBeforeTls()
{
    const auto f = featuresOf("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
                              "<dialback xmlns='urn:xmpp:features:dialback'/></stream:features>");
    QVERIFY(f.starttls);
    QVERIFY(!f.starttlsRequired);
    QVERIFY(f.dialback);
    QVERIFY(!f.dialbackErrors); // Prosody advertises dialback without <errors/>
    QVERIFY(!f.saslOffered);
    QCOMPARE(f.names(), (QStringList{QStringLiteral("STARTTLS"), QStringLiteral("DIALBACK")}));
}

void TestStreamFeatures::prosodyS2sAfterTlsWithCertificate()
{
    const auto f = featuresOf(
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>EXTERNAL"
        "</mechanism></mechanisms><dialback "
        "xmlns='urn:xmpp:features:dialback'/></stream:features>");
    QVERIFY(!f.starttls);
    QCOMPARE(f.saslMechanisms, QStringList{QStringLiteral("EXTERNAL")});
    QVERIFY(f.names().contains(QStringLiteral("SASL-EXTERNAL")));
}

void TestStreamFeatures::prosodyRequireEncryption()
{
    const auto f = featuresOf("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                              "<required/></starttls><dialback xmlns='urn:xmpp:features:dialback'/>"
                              "</stream:features>");
    QVERIFY(f.starttls);
    QVERIFY(f.starttlsRequired);
}

void TestStreamFeatures::ejabberdS2sBeforeTls()
{
    const auto f = featuresOf(
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/><starttls "
        "xmlns='urn:ietf:params:xml:ns:xmpp-tls'/><dialback xmlns='urn:xmpp:features:dialback'>"
        "<errors/></dialback></stream:features>");
    QVERIFY(f.saslOffered); // ejabberd sends an empty <mechanisms/> before TLS
    QVERIFY(f.saslMechanisms.isEmpty());
    QVERIFY(f.starttls);
    QVERIFY(f.dialback);
    QVERIFY(f.dialbackErrors);
    QVERIFY(f.unknown.isEmpty());
}

void TestStreamFeatures::ejabberdS2sAfterTls()
{
    const auto f = featuresOf(
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>"
        "EXTERNAL</mechanism></mechanisms><dialback xmlns='urn:xmpp:features:dialback'><errors/>"
        "</dialback></stream:features>");
    QCOMPARE(f.names(), (QStringList{QStringLiteral("SASL-EXTERNAL"), QStringLiteral("DIALBACK")}));
}

void TestStreamFeatures::prosodyC2sAfterSasl()
{
    const auto f = featuresOf(
        "<stream:features><c xmlns='http://jabber.org/protocol/caps' node='http://prosody.im' "
        "ver='NwK8xKP/VQHXi2XstvRlLUYsrRc=' hash='sha-1'/><ver "
        "xmlns='urn:xmpp:features:rosterver'/><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
        "<required/></bind><session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/>"
        "</session><sub xmlns='urn:xmpp:features:pre-approval'/></stream:features>");
    QVERIFY(f.caps);
    QCOMPARE(f.capsNode, QStringLiteral("http://prosody.im"));
    QVERIFY(f.rosterVersioning);
    QVERIFY(f.bind);
    QVERIFY(f.session);
    QVERIFY(f.sessionOptional);
    QVERIFY(f.preApproval);
    QVERIFY(f.unknown.isEmpty());
}

void TestStreamFeatures::ejabberdC2sMechanisms()
{
    const auto f = featuresOf(
        "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN"
        "</mechanism><mechanism>SCRAM-SHA-1-PLUS</mechanism><mechanism>SCRAM-SHA-1</mechanism>"
        "<mechanism>X-OAUTH2</mechanism></mechanisms></stream:features>");
    QCOMPARE(f.saslMechanisms,
             (QStringList{QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-1-PLUS"),
                          QStringLiteral("SCRAM-SHA-1"), QStringLiteral("X-OAUTH2")}));
}

void TestStreamFeatures::unknownFeatureKeptRaw()
{
    const auto f = featuresOf("<stream:features><shiny xmlns='urn:example:shiny' level='3'>"
                              "<sub>x</sub></shiny></stream:features>");
    QCOMPARE(f.unknown.size(), 1);
    QCOMPARE(f.unknown.first().namespaceUri, QStringLiteral("urn:example:shiny"));
    QCOMPARE(f.unknown.first().name, QStringLiteral("shiny"));
    QVERIFY(f.unknown.first().xml.contains("level=\"3\""));
    QVERIFY(f.unknown.first().xml.contains("<sub>x</sub>"));
    QVERIFY(f.names().contains(QStringLiteral("{urn:example:shiny}shiny")));
}

void TestStreamFeatures::modernFeatures()
{
    const auto f = featuresOf(
        "<stream:features><bidi xmlns='urn:xmpp:features:bidi'/><sm xmlns='urn:xmpp:sm:3'/>"
        "<sm xmlns='urn:xmpp:sm:2'/><csi xmlns='urn:xmpp:csi:0'/><compression "
        "xmlns='http://jabber.org/features/compress'><method>zlib</method></compression>"
        "<register xmlns='http://jabber.org/features/iq-register'/><authentication "
        "xmlns='urn:xmpp:sasl:2'><mechanism>SCRAM-SHA-256</mechanism></authentication>"
        "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'><channel-binding "
        "type='tls-exporter'/></sasl-channel-binding><limits "
        "xmlns='urn:xmpp:stream-limits:0'><max-bytes>262144</max-bytes><idle-seconds>840"
        "</idle-seconds></limits></stream:features>");
    QVERIFY(f.bidi);
    QCOMPARE(f.streamManagement, QStringLiteral("urn:xmpp:sm:3"));
    QVERIFY(f.csi);
    QCOMPARE(f.compressionMethods, QStringList{QStringLiteral("zlib")});
    QVERIFY(f.registration);
    QCOMPARE(f.sasl2Mechanisms, QStringList{QStringLiteral("SCRAM-SHA-256")});
    QCOMPARE(f.channelBindings, QStringList{QStringLiteral("tls-exporter")});
    QCOMPARE(f.limitMaxBytes, 262144);
    QCOMPARE(f.limitIdleSeconds, 840);
    QVERIFY(f.unknown.isEmpty());
    QCOMPARE(f.toJson().value(QStringLiteral("limitMaxBytes")).toInt(), 262144);
}

void TestStreamFeatures::matchingIsByNamespace()
{
    // A 'starttls' in the wrong namespace is not STARTTLS; it is kept as unknown.
    const auto f = featuresOf("<stream:features><starttls xmlns='urn:example:fake'/>"
                              "</stream:features>");
    QVERIFY(!f.starttls);
    QCOMPARE(f.unknown.size(), 1);
}

QTEST_GUILESS_MAIN(TestStreamFeatures)
#include "tst_streamfeatures.moc"
