// SPDX-License-Identifier: GPL-3.0-or-later
// Internationalised domain names become A-labels before DNS, SNI and certificate checks
// (RFC 5890, UTS #46, through QUrl::toAce): the RFC 3492 §7.1 Punycode samples, and named
// UTS #46 mapping cases.
#include "net/dnslookup.h"

#include <QTest>

using namespace Inspector;

namespace {
QString fromCodePoints(std::initializer_list<char32_t> points)
{
    QString out;
    for (char32_t p : points)
        out += QString::fromUcs4(&p, 1);
    return out;
}
} // namespace

class TestIdna : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc3492Samples_data();
    void rfc3492Samples();
    void uts46_data();
    void uts46();
};

void TestIdna::rfc3492Samples_data()
{
    // RFC 3492 §7.1. The RFC's mixed-case annotations do not survive UTS #46 mapping, which
    // lowercases first; the expected labels are the samples' Punycode in lower case. Sample
    // (S) "-> $1.00 <-" is not a host name (spaces, '$', '.') and is left out.
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("punycode");
    QTest::newRow("A Arabic") << fromCodePoints({0x0644, 0x064A, 0x0647, 0x0645, 0x0627, 0x0628,
                                                 0x062A, 0x0643, 0x0644, 0x0645, 0x0648, 0x0634,
                                                 0x0639, 0x0631, 0x0628, 0x064A, 0x061F})
                              << "egbpdaj6bu4bxfgehfvwxn";
    QTest::newRow("B Chinese simplified")
        << fromCodePoints({0x4ED6, 0x4EEC, 0x4E3A, 0x4EC0, 0x4E48, 0x4E0D, 0x8BF4, 0x4E2D, 0x6587})
        << "ihqwcrb4cv8a8dqg056pqjye";
    QTest::newRow("C Chinese traditional")
        << fromCodePoints({0x4ED6, 0x5011, 0x7232, 0x4EC0, 0x9EBD, 0x4E0D, 0x8AAA, 0x4E2D, 0x6587})
        << "ihqwctvzc91f659drss3x8bo0yb";
    QTest::newRow("D Czech") << fromCodePoints({0x0050, 0x0072, 0x006F, 0x010D, 0x0070, 0x0072,
                                                0x006F, 0x0073, 0x0074, 0x011B, 0x006E, 0x0065,
                                                0x006D, 0x006C, 0x0075, 0x0076, 0x00ED, 0x010D,
                                                0x0065, 0x0073, 0x006B, 0x0079})
                             << "proprostnemluvesky-uyb24dma41a";
    QTest::newRow("E Hebrew") << fromCodePoints({0x05DC, 0x05DE, 0x05D4, 0x05D4, 0x05DD, 0x05E4,
                                                 0x05E9, 0x05D5, 0x05D8, 0x05DC, 0x05D0, 0x05DE,
                                                 0x05D3, 0x05D1, 0x05E8, 0x05D9, 0x05DD, 0x05E2,
                                                 0x05D1, 0x05E8, 0x05D9, 0x05EA})
                              << "4dbcagdahymbxekheh6e0a7fei0b";
    QTest::newRow("F Hindi") << fromCodePoints({0x092F, 0x0939, 0x0932, 0x094B, 0x0917, 0x0939,
                                                0x093F, 0x0928, 0x094D, 0x0926, 0x0940, 0x0915,
                                                0x094D, 0x092F, 0x094B, 0x0902, 0x0928, 0x0939,
                                                0x0940, 0x0902, 0x092C, 0x094B, 0x0932, 0x0938,
                                                0x0915, 0x0924, 0x0947, 0x0939, 0x0948, 0x0902})
                             << "i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd";
    QTest::newRow("G Japanese") << fromCodePoints({0x306A, 0x305C, 0x307F, 0x3093, 0x306A, 0x65E5,
                                                   0x672C, 0x8A9E, 0x3092, 0x8A71, 0x3057, 0x3066,
                                                   0x304F, 0x308C, 0x306A, 0x3044, 0x306E, 0x304B})
                                << "n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa";
    QTest::newRow("H Korean")
        << fromCodePoints({0xC138, 0xACC4, 0xC758, 0xBAA8, 0xB4E0, 0xC0AC, 0xB78C, 0xB4E4,
                           0xC774, 0xD55C, 0xAD6D, 0xC5B4, 0xB97C, 0xC774, 0xD574, 0xD55C,
                           0xB2E4, 0xBA74, 0xC5BC, 0xB9C8, 0xB098, 0xC88B, 0xC744, 0xAE4C})
        << "989aomsvi5e83db1d2a355cv1e0vak1dwrv93d5xbh15a0dt30a5jpsd879ccm6fea98c";
    QTest::newRow("I Russian") << fromCodePoints({0x043F, 0x043E, 0x0447, 0x0435, 0x043C, 0x0443,
                                                  0x0436, 0x0435, 0x043E, 0x043D, 0x0438, 0x043D,
                                                  0x0435, 0x0433, 0x043E, 0x0432, 0x043E, 0x0440,
                                                  0x044F, 0x0442, 0x043F, 0x043E, 0x0440, 0x0443,
                                                  0x0441, 0x0441, 0x043A, 0x0438})
                               << "b1abfaaepdrnnbgefbadotcwatmq2g4l";
    QTest::newRow("J Spanish") << fromCodePoints({0x0050, 0x006F, 0x0072, 0x0071, 0x0075, 0x00E9,
                                                  0x006E, 0x006F, 0x0070, 0x0075, 0x0065, 0x0064,
                                                  0x0065, 0x006E, 0x0073, 0x0069, 0x006D, 0x0070,
                                                  0x006C, 0x0065, 0x006D, 0x0065, 0x006E, 0x0074,
                                                  0x0065, 0x0068, 0x0061, 0x0062, 0x006C, 0x0061,
                                                  0x0072, 0x0065, 0x006E, 0x0045, 0x0073, 0x0070,
                                                  0x0061, 0x00F1, 0x006F, 0x006C})
                               << "porqunopuedensimplementehablarenespaol-fmd56a";
    QTest::newRow("K Vietnamese") << fromCodePoints({0x0054, 0x1EA1, 0x0069, 0x0073, 0x0061, 0x006F,
                                                     0x0068, 0x1ECD, 0x006B, 0x0068, 0x00F4, 0x006E,
                                                     0x0067, 0x0074, 0x0068, 0x1EC3, 0x0063, 0x0068,
                                                     0x1EC9, 0x006E, 0x00F3, 0x0069, 0x0074, 0x0069,
                                                     0x1EBF, 0x006E, 0x0067, 0x0056, 0x0069, 0x1EC7,
                                                     0x0074})
                                  << "tisaohkhngthchnitingvit-kjcr8268qyxafd2f1b9g";
    QTest::newRow("L 3nen B gumi")
        << fromCodePoints({0x0033, 0x5E74, 0x0042, 0x7D44, 0x91D1, 0x516B, 0x5148, 0x751F})
        << "3b-ww4c5e180e575a65lsy2b";
    QTest::newRow("M amuro namie")
        << fromCodePoints({0x5B89, 0x5BA4, 0x5948, 0x7F8E, 0x6075, 0x002D, 0x0077, 0x0069,
                           0x0074, 0x0068, 0x002D, 0x0053, 0x0055, 0x0050, 0x0045, 0x0052,
                           0x002D, 0x004D, 0x004F, 0x004E, 0x004B, 0x0045, 0x0059, 0x0053})
        << "-with-super-monkeys-pc58ag80a8qai00g7n9n";
    QTest::newRow("N Hello Another Way")
        << fromCodePoints({0x0048, 0x0065, 0x006C, 0x006C, 0x006F, 0x002D, 0x0041, 0x006E, 0x006F,
                           0x0074, 0x0068, 0x0065, 0x0072, 0x002D, 0x0057, 0x0061, 0x0079, 0x002D,
                           0x305D, 0x308C, 0x305E, 0x308C, 0x306E, 0x5834, 0x6240})
        << "hello-another-way--fc4qua05auwb3674vfr0b";
    QTest::newRow("O hitotsu yane")
        << fromCodePoints({0x3072, 0x3068, 0x3064, 0x5C4B, 0x6839, 0x306E, 0x4E0B, 0x0032})
        << "2-u9tlzr9756bt3uc0v";
    QTest::newRow("P Maji de Koi")
        << fromCodePoints({0x004D, 0x0061, 0x006A, 0x0069, 0x3067, 0x004B, 0x006F, 0x0069, 0x3059,
                           0x308B, 0x0035, 0x79D2, 0x524D})
        << "majikoi5-783gue6qz075azm5e";
    QTest::newRow("Q pafii de runba")
        << fromCodePoints({0x30D1, 0x30D5, 0x30A3, 0x30FC, 0x0064, 0x0065, 0x30EB, 0x30F3, 0x30D0})
        << "de-jg4avhby1noc0d";
    QTest::newRow("R sono supiido de")
        << fromCodePoints({0x305D, 0x306E, 0x30B9, 0x30D4, 0x30FC, 0x30C9, 0x3067})
        << "d9juau41awczczp";
}

void TestIdna::rfc3492Samples()
{
    QFETCH(QString, unicode);
    QFETCH(QString, punycode);
    // RFC 1035 §2.3.4: a label has at most 63 octets. Sample (H) encodes to 73: no host name
    // can carry it, and the conversion says so instead of producing it.
    const bool tooLong = 4 + punycode.size() > 63;
    QCOMPARE(DnsLookup::aLabel(unicode + QStringLiteral(".example")),
             tooLong ? QString() : QStringLiteral("xn--") + punycode + QStringLiteral(".example"));
}

void TestIdna::uts46_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("aLabels");
    QTest::newRow("ascii unchanged") << "example.org"
                                     << "example.org";
    QTest::newRow("upper case mapped") << "EXAMPLE.Org"
                                       << "example.org";
    QTest::newRow("umlaut") << QString::fromUtf8("B\xc3\xbc"
                                                 "cher.example")
                            << "xn--bcher-kva.example";
    QTest::newRow("A-label kept") << "xn--bcher-kva.example"
                                  << "xn--bcher-kva.example";
    QTest::newRow("sharp s, nontransitional")
        << QString::fromUtf8("fa\xc3\x9f.de") << "xn--fa-hia.de";
    QTest::newRow("final sigma, nontransitional")
        << QString::fromUtf8("\xce\xb2\xcf\x8c\xce\xbb\xce\xbf\xcf\x82.com") << "xn--nxasmm1c.com";
    QTest::newRow("fullwidth letters and stop")
        << QString::fromUtf8("\xef\xbc\xa5\xef\xbc\xb8\xef\xbc\xa1\xef\xbc\xad\xef\xbc\xb0"
                             "\xef\xbc\xac\xef\xbc\xa5\xef\xbc\x8e"
                             "com")
        << "example.com";
    QTest::newRow("ideographic full stop")
        << QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x80\x82jp")
        << "xn--wgv71a119e.jp";
    QTest::newRow("compatibility roman numeral")
        << QString::fromUtf8("\xe2\x85\xb7.example") << "viii.example";
    QTest::newRow("soft hyphen ignored") << QString::fromUtf8("x\xc2\xad"
                                                              "y.example")
                                         << "xy.example";
}

void TestIdna::uts46()
{
    QFETCH(QString, input);
    QTEST(DnsLookup::aLabel(input), "aLabels");
}

QTEST_GUILESS_MAIN(TestIdna)
#include "tst_idna.moc"
