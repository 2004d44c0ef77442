// SPDX-License-Identifier: GPL-3.0-or-later
// Every section of an XMPP Extension Protocol that the program cites — in its messages,
// teaching notes, findings, translations and documentation — exists in the version of that
// specification the program implements. The table below is that list of sections (section
// numbers as the published documents number them; sections commented out in a XEP's source
// are not numbered).

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QStringList list(std::initializer_list<const char *> sections)
{
    QStringList out;
    for (const char *s : sections)
        out << QString::fromLatin1(s);
    return out;
}

const QHash<QString, QStringList> &sections()
{
    static const QHash<QString, QStringList> table{
        // XEP-0030 Service Discovery 2.5
        {QStringLiteral("XEP-0030"),
         list({"1", "2",   "3",   "3.1", "3.2", "4", "4.1", "4.2", "4.3", "4.4", "5",
               "6", "6.1", "6.2", "6.3", "7",   "8", "9",   "10",  "11",  "12"})},
        // XEP-0077 In-Band Registration 2.4: 3.1 Entity Registers with a Host (3.1.1 with a
        // Server), 3.2 Cancels, 3.3 Changes Password, 4 Extensibility, 5 Redirection,
        // 6 Precedence Order, 7 Key Element, 8 Stream Feature, 9 Error Handling, 10 Security.
        {QStringLiteral("XEP-0077"), list({"1", "2", "3", "3.1", "3.1.1", "3.2", "3.3", "4", "5",
                                           "6", "7", "8", "9", "10", "11", "12"})},
        // XEP-0092 Software Version 1.1
        {QStringLiteral("XEP-0092"), list({"1", "2", "3", "4", "5", "6", "7", "8"})},
        // XEP-0115 Entity Capabilities 1.6: 1.1 Motivation, 1.2 How It Works, 4 Protocol,
        // 5 Verification String (5.1 Generation Method, 5.2 Simple Generation Example, 5.3
        // Complex Generation Example, 5.4 Processing Method), 6 Use Cases (6.1 Advertising
        // Capabilities, 6.2 Discovering Capabilities, 6.3 Stream Feature).
        {QStringLiteral("XEP-0115"), list({"1", "1.1", "1.2", "2", "3", "4", "5", "5.1", "5.2",
                                           "5.3", "5.4", "6", "6.1", "6.2", "6.3"})},
        // XEP-0124 BOSH 1.11.2: 3 Architectural Assumptions, 4 Technique, 5 HTTP Overview,
        // 6 <body/> Wrapper, 7 Initiating (7.1 Request, 7.2 Response), 8 Payloads, 9 Acks
        // (9.1, 9.2), 10 Inactivity, 11 Overactivity, 12 Polling, 13 Terminating, 14 Request IDs
        // (14.1 Generation, 14.2 In-Order, 14.3 Broken Connections), 15 Keys (15.1-15.5),
        // 16 Multiple Streams (16.1-16.6), 17 Errors (17.1 HTTP, 17.2 Terminal, 17.3
        // Recoverable, 17.4 Payload), 18 Implementation Notes (18.1), 19 Security (19.1-19.4).
        {QStringLiteral("XEP-0124"),
         list({"1",    "2",    "3",    "4",    "5",    "6",    "7",    "7.1",  "7.2",  "8",
               "9",    "9.1",  "9.2",  "10",   "11",   "12",   "13",   "14",   "14.1", "14.2",
               "14.3", "15",   "15.1", "15.2", "15.3", "15.4", "15.5", "16",   "16.1", "16.2",
               "16.3", "16.4", "16.5", "16.6", "17",   "17.1", "17.2", "17.3", "17.4", "18",
               "18.1", "19",   "19.1", "19.2", "19.3", "19.4"})},
        // XEP-0206 XMPP Over BOSH 1.4: 2 <body/> Wrapper, 3 Session Creation Request, 4 Session
        // Creation Response, 5 Authentication and Resource Binding (the restart), 6
        // remote-stream-error, 7 recipient-unavailable, 8 Security Considerations.
        {QStringLiteral("XEP-0206"), list({"1", "2", "3", "4", "5", "6", "7", "8"})},
        // XEP-0156 Discovering Alternative XMPP Connection Methods 1.4.0 (the DNS TXT method
        // removed): 2 HTTP Lookup Method (2.1 Link Format, 2.2 Business Rules, 2.3 Examples),
        // 3 Implementation Notes (CORS), 4 Security Considerations, 5 IANA, 6 XMPP Registrar
        // (6.1 Namespaces).
        {QStringLiteral("XEP-0156"),
         list({"1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6", "6.1"})},
        // XEP-0178 SASL EXTERNAL with certificates 1.2
        {QStringLiteral("XEP-0178"), list({"1", "2", "3", "4", "5", "6", "7", "8"})},
        // XEP-0185 Dialback Key Generation and Validation 1.0
        {QStringLiteral("XEP-0185"), list({"1", "2", "3", "4", "5", "6", "7"})},
        // XEP-0198 Stream Management (numbering of 1.3 and later): 1 Introduction, 2 Stream
        // Feature, 3 Enabling Stream Management, 4 Acks, 5 Resumption, 6 Error Handling,
        // 7 Stream Closure, 8 Scenarios (8.1 Basic Acking Scenario, 8.2 Efficient Acking).
        {QStringLiteral("XEP-0198"), list({"1", "2", "3", "4", "5", "6", "7", "8", "8.1", "8.2"})},
        // XEP-0199 XMPP Ping 2.0.1
        {QStringLiteral("XEP-0199"), list({"1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "4.5",
                                           "5", "6", "7", "8", "9", "9.1", "10"})},
        // XEP-0220 Server Dialback 1.1.1: 1.1 Why Dialback?, 1.2 What Dialback Accomplishes,
        // 1.3 Terminology, 1.4 How Dialback Works; 2.1 Outbound Connection (2.1.1 Initiating
        // Server Generates Outbound Request, 2.1.2 Receiving Server Generates Outbound Request
        // for Verification), 2.2 Inbound Connection (2.2.1 Receiving Server Handles Inbound
        // Authorization Request, 2.2.2 Authoritative Server Handles Inbound Verification
        // Request), 2.3 Directionality, 2.4 Advertisement (2.4.1 Traditional Dialback, 2.4.2
        // Dialback with Error Handling), 2.5 Dialback Error Conditions, 2.6 Multiplexing
        // (2.6.1 Sender Domains, 2.6.2 Target Domains); 3.1 Unsolicited Dialback; 6 XML Schema.
        {QStringLiteral("XEP-0220"),
         list({"1",     "1.1",   "1.2", "1.3", "1.4",   "2",     "2.1", "2.1.1", "2.1.2", "2.2",
               "2.2.1", "2.2.2", "2.3", "2.4", "2.4.1", "2.4.2", "2.5", "2.6",   "2.6.1", "2.6.2",
               "3",     "3.1",   "4",   "5",   "5.1",   "5.2",   "6",   "6.1",   "6.2",   "7"})},
        // XEP-0288 Bidirectional Server-to-Server Connections 1.0.1
        {QStringLiteral("XEP-0288"),
         list({"1", "2", "2.1", "2.2", "3", "4", "5", "6", "6.1", "6.2", "7", "7.1", "7.2", "8"})},
        // XEP-0368 SRV records for XMPP over TLS 1.1.0
        {QStringLiteral("XEP-0368"), list({"1", "2", "3", "4", "5", "6", "7", "8"})},
    };
    return table;
}

struct Citation
{
    QString file;
    QString spec;
    QString section;
};

// "XEP-0220 §2.1.1", and the sections listed after it: "XEP-0220 §2.1.1, §2.2.2",
// "XEP-0220 §2.3–§2.6", "XEP-0220 §2.1.1 and §3.1".
QList<Citation> citationsIn(const QString &file, const QString &text)
{
    static const QRegularExpression cite(
        QStringLiteral("(XEP-\\d{4})((?:(?:\\s|,|and|und|et|–|-)*§\\s?\\d+(?:\\.\\d+)*)+)"));
    static const QRegularExpression section(QStringLiteral("§\\s?(\\d+(?:\\.\\d+)*)"));
    QList<Citation> out;
    for (auto it = cite.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (auto s = section.globalMatch(m.captured(2)); s.hasNext();)
            out.append({file, m.captured(1), s.next().captured(1)});
    }
    return out;
}

} // namespace

class TestCitations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesLists();
    void citedSectionsExist();
};

void TestCitations::parsesLists()
{
    // The scanner itself: each form of citation is read, so a wrong section cannot hide.
    const QList<Citation> c =
        citationsIn(QStringLiteral("x"),
                    QStringLiteral("(XEP-0220 §2.1.1, §2.2.2 and §3.1) XEP-0178 §3 step 9; "
                                   "XEP-0220 §2.3–§2.6; RFC 6120 §4.7"));
    QStringList got;
    for (const Citation &x : c)
        got << x.spec + QLatin1Char(' ') + x.section;
    QCOMPARE(got, (QStringList{QStringLiteral("XEP-0220 2.1.1"), QStringLiteral("XEP-0220 2.2.2"),
                               QStringLiteral("XEP-0220 3.1"), QStringLiteral("XEP-0178 3"),
                               QStringLiteral("XEP-0220 2.3"), QStringLiteral("XEP-0220 2.6")}));
}

void TestCitations::citedSectionsExist()
{
    const QString root = QStringLiteral(INSPECTOR_TEST_SOURCE_DIR "/..");
    QStringList files;
    for (const char *dir : {"app", "ui", "translations", "docs", "tests"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ts"),
                         QStringLiteral("*.md"), QStringLiteral("*.html")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files << root + QStringLiteral("/README.md");
    QVERIFY(files.size() > 50);
    int checked = 0;
    QStringList wrong;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        for (const Citation &c : citationsIn(path, QString::fromUtf8(f.readAll()))) {
            ++checked;
            const auto known = sections().constFind(c.spec);
            if (known == sections().cend())
                wrong << QStringLiteral("%1: %2 is not in the table").arg(c.file, c.spec);
            else if (!known->contains(c.section))
                wrong << QStringLiteral("%1: %2 §%3 does not exist").arg(c.file, c.spec, c.section);
        }
    }
    wrong.removeDuplicates();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
}

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
