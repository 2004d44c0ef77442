// SPDX-License-Identifier: GPL-3.0-or-later
// The session forms (validation as the user types, named profiles, the client form), the
// preferences and the interface's languages, on the offscreen platform.
#include "diagnose/findings.h"
#include "facts/sessionsummary.h"
#include "mainwindow.h"
#include "models/streammodel.h"
#include "net/certfactory.h"
#include "newsessiondialog.h"
#include "preferences.h"
#include "profiles.h"
#include "protocol/streamerror.h"
#include "sessionview.h"
#include "trace/phases.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstdlib>

using namespace Inspector;

namespace {

void removeTranslators()
{
    const QList<QTranslator *> translators =
        QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formValidation();
    void profiles();
    void clientForm();
    void clientTrust();
    void preferences();
    void germanInterface();
    void englishPlurals();
};

void TestForms::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-tests"));
    QStandardPaths::setTestModeEnabled(true);
    Preferences().save(); // defaults, whatever an earlier run left
}

void TestForms::formValidation()
{
    NewSessionDialog dialog;
    dialog.show();
    auto *from = dialog.findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    auto *to = dialog.findChild<QLineEdit *>(QStringLiteral("toEdit"));
    auto *authoritative = dialog.findChild<QLineEdit *>(QStringLiteral("authoritativeEdit"));
    auto *cert = dialog.findChild<QLineEdit *>(QStringLiteral("certEdit"));
    auto *auth = dialog.findChild<QComboBox *>(QStringLiteral("authCombo"));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("formMessage"));
    QVERIFY(from && to && authoritative && cert && auth && start && message);
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(from, QStringLiteral("inspector..test"));
    QVERIFY(!start->isEnabled());
    QVERIFY(message->text().contains(QLatin1String("empty label")));
    from->clear();
    QTest::keyClicks(from, QStringLiteral("inspector.test"));
    QTest::keyClicks(to, QStringLiteral("user@peer.localhost"));
    QVERIFY(!start->isEnabled());
    to->clear();
    QTest::keyClicks(to, QStringLiteral("peer.localhost"));
    QVERIFY(start->isEnabled());
    QVERIFY(message->text().isEmpty());
    // A port out of range, an unreadable certificate, dialback without a way to verify.
    QTest::keyClicks(authoritative, QStringLiteral("127.0.0.1:70000"));
    QVERIFY(!start->isEnabled());
    QVERIFY(message->text().contains(QLatin1String("port")));
    authoritative->clear();
    QTest::keyClicks(cert, QStringLiteral("/nonexistent.pem"));
    QVERIFY(!start->isEnabled());
    cert->clear();
    auth->setCurrentIndex(2); // dialback
    QVERIFY(!start->isEnabled());
    // A certificate alone cannot make a dialback key verify: the same rule as the CLI's.
    {
        QTemporaryDir pem;
        QSslCertificate certificate;
        QSslKey key;
        QString error;
        QVERIFY(CertFactory::selfSigned(QStringLiteral("inspector.test"), 1, &certificate, &key,
                                        &error));
        QFile c(pem.filePath(QStringLiteral("c.pem"))), k(pem.filePath(QStringLiteral("k.pem")));
        QVERIFY(c.open(QIODevice::WriteOnly) && k.open(QIODevice::WriteOnly));
        c.write(certificate.toPem());
        k.write(key.toPem());
        c.close();
        k.close();
        auto *keyEdit = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        QTest::keyClicks(cert, c.fileName());
        QTest::keyClicks(keyEdit, k.fileName());
        QVERIFY(!start->isEnabled());
        QVERIFY2(message->text().startsWith(QLatin1String("Authentication: dialback needs")),
                 qPrintable(message->text()));
        auth->setCurrentIndex(1); // automatic: SASL EXTERNAL with the certificate
        QVERIFY2(start->isEnabled(), qPrintable(message->text()));
        auth->setCurrentIndex(2);
        cert->clear();
        keyEdit->clear();
    }
    QTest::keyClicks(authoritative, QStringLiteral("127.0.0.1:5269"));
    QVERIFY(start->isEnabled());
    // DNS: a server address and DNSSEC trust anchor files, checked as they are typed.
    auto *dnsServer = dialog.findChild<QLineEdit *>(QStringLiteral("dnsServerEdit"));
    auto *anchors = dialog.findChild<QLineEdit *>(QStringLiteral("trustAnchorEdit"));
    QVERIFY(dnsServer && anchors);
    QTest::keyClicks(dnsServer, QStringLiteral("not-an-ip"));
    QVERIFY(!start->isEnabled());
    dnsServer->clear();
    QTest::keyClicks(dnsServer, QStringLiteral("127.0.0.1:5353"));
    QVERIFY(start->isEnabled());
    QTemporaryDir dir;
    const QString anchorFile = dir.filePath(QStringLiteral("anchor.ds")),
                  notAnchor = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(anchorFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("example.test. IN DS 12345 13 2 "
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    f.close();
    QFile n(notAnchor);
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write("no records here\n");
    n.close();
    QTest::keyClicks(anchors, notAnchor);
    QVERIFY(!start->isEnabled());
    QVERIFY(message->text().contains(QLatin1String("DS or DNSKEY")));
    anchors->clear();
    QTest::keyClicks(anchors, anchorFile);
    QVERIFY(start->isEnabled());
    const S2sOptions o = dialog.options();
    QCOMPARE(o.from, QStringLiteral("inspector.test"));
    QCOMPARE(o.auth, S2sOptions::Auth::Dialback);
    QCOMPARE(o.authoritative.port, quint16(5269));
    QCOMPARE(o.dns.server, QStringLiteral("127.0.0.1@5353"));
    QCOMPARE(o.dns.trustAnchors, QStringList{anchorFile});
}

void TestForms::profiles()
{
    // No keychain reachable here, whatever the machine has: nothing may land in a real one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    const QString name = QStringLiteral("federation/check 1");
    Profiles::remove(name);
    {
        NewSessionDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("fromEdit")),
                         QStringLiteral("inspector.test"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("toEdit")),
                         QStringLiteral("peer.example"));
        dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(5299);
        dialog.findChild<QComboBox *>(QStringLiteral("tlsCombo"))->setCurrentIndex(1);
        dialog.findChild<QCheckBox *>(QStringLiteral("pingCheck"))->setChecked(true);
        dialog.findChild<QComboBox *>(QStringLiteral("authCombo"))->setCurrentIndex(2);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit")),
                         QStringLiteral("s3cret-dialback"));
        QVERIFY(dialog.saveProfile(name));
        QVERIFY(dialog.profileMessage().contains(QLatin1String("without its secret")));
        // Asked to remember it: without a keychain it is stored nowhere, and the user is told.
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberSecretCheck"))->setChecked(true);
        QVERIFY(dialog.saveProfile(name));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.profileMessage().contains(QLatin1String("not stored anywhere")), 10000);
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"))->findText(name) > 0);
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret-dialback"));
    {
        NewSessionDialog dialog;
        QVERIFY(dialog.loadProfile(name));
        QCOMPARE(dialog.kind(), NewSessionDialog::Kind::ServerToServer);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("toEdit"))->text(),
                 QStringLiteral("peer.example"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 5299);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("tlsCombo"))->currentIndex(), 1);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("pingCheck"))->isChecked());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().isEmpty());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("rememberSecretCheck"))->isChecked());
        const S2sOptions o = dialog.options();
        QCOMPARE(o.to, QStringLiteral("peer.example"));
        QCOMPARE(o.port, quint16(5299));
        QCOMPARE(o.tls, S2sOptions::Tls::StartTls);

        // A client profile: the password is never saved either.
        dialog.setKind(NewSessionDialog::Kind::Client);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("jidEdit")),
                         QStringLiteral("alice@a.test"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("alice-pass"));
        dialog.findChild<QSpinBox *>(QStringLiteral("stayOnlineSpin"))->setValue(42);
        QVERIFY(dialog.saveProfile(QStringLiteral("client")));
        QSettings().sync();
        QFile saved(settings.fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray ini = saved.readAll();
        QVERIFY(ini.contains("alice@a.test"));
        QVERIFY(!ini.contains("alice-pass"));
        QVERIFY(dialog.loadProfile(name));
        QCOMPARE(dialog.kind(), NewSessionDialog::Kind::ServerToServer);
        QVERIFY(dialog.loadProfile(QStringLiteral("client")));
        QCOMPARE(dialog.kind(), NewSessionDialog::Kind::Client);
        QCOMPARE(dialog.clientOptions().stayMs, 42000);
        QVERIFY(!dialog.loadProfile(QStringLiteral("no such profile")));
        dialog.deleteProfile(name);
        dialog.deleteProfile(QStringLiteral("client"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"))->count(), 1);
    }
    QVERIFY(Profiles::names().isEmpty());
}

void TestForms::clientForm()
{
    NewSessionDialog dialog;
    dialog.show();
    dialog.setKind(NewSessionDialog::Kind::Client);
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *jid = dialog.findChild<QLineEdit *>(QStringLiteral("jidEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(jid, QStringLiteral("alice@a.test/res"));
    QTest::keyClicks(password, QStringLiteral("secret"));
    QVERIFY(!start->isEnabled()); // a resource is not an account
    jid->clear();
    QTest::keyClicks(jid, QStringLiteral("alice@a.test"));
    QVERIFY(start->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    // The same DNS fields as the server-to-server form, under their own names.
    auto *dnsServer = dialog.findChild<QLineEdit *>(QStringLiteral("c2sDnsServerEdit"));
    auto *anchors = dialog.findChild<QLineEdit *>(QStringLiteral("c2sTrustAnchorEdit"));
    QVERIFY(dnsServer && anchors);
    QTest::keyClicks(anchors, QStringLiteral("/nonexistent/root.key"));
    QVERIFY(!start->isEnabled());
    anchors->clear();
    QTest::keyClicks(dnsServer, QStringLiteral("[::1]:5353"));
    QVERIFY(start->isEnabled());
    const C2sOptions o = dialog.clientOptions();
    QCOMPARE(o.jid, QStringLiteral("alice@a.test"));
    QCOMPARE(o.password, QStringLiteral("secret"));
    QCOMPARE(o.dns.server, QStringLiteral("::1@5353"));
    dialog.setKind(NewSessionDialog::Kind::ServerToServer);
    QVERIFY(!start->isEnabled()); // the S2S form is still empty
}

void TestForms::clientTrust()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QTemporaryDir dir;
    QSslCertificate ca;
    QSslKey key;
    QString error;
    QVERIFY2(CertFactory::selfSigned(QStringLiteral("ca.example"), 30, &ca, &key, &error),
             qPrintable(error));
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    QFile caFile(caPath);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.write(ca.toPem());
    caFile.close();
    const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(notPem);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("no certificate here");
    notes.close();

    NewSessionDialog dialog;
    dialog.resize(dialog.sizeHint());
    dialog.show();
    dialog.setKind(NewSessionDialog::Kind::Client);
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *caEdit = dialog.findChild<QLineEdit *>(QStringLiteral("c2sCaEdit"));
    auto *strict = dialog.findChild<QCheckBox *>(QStringLiteral("c2sStrictCheck"));
    auto *insecure = dialog.findChild<QCheckBox *>(QStringLiteral("insecureCredentialsCheck"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("insecureCredentialsWarning"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("c2sFormMessage"));
    QVERIFY(caEdit && strict && insecure && warning &&
            dialog.findChild<QPushButton *>(QStringLiteral("c2sCaBrowse")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("jidEdit")),
                     QStringLiteral("alice@a.test"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("alice-pass"));
    QVERIFY(start->isEnabled());

    // The CA file is checked as it is typed: missing, not PEM, then good.
    caEdit->setText(dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!start->isEnabled());
    QVERIFY(message->text().contains(QLatin1String("does not exist")));
    caEdit->setText(notPem);
    QVERIFY(!start->isEnabled());
    QVERIFY(message->text().contains(QLatin1String("no PEM certificate")));
    caEdit->setText(caPath);
    QVERIFY(start->isEnabled());

    // The opt-in shows its warning; strict TLS makes it moot and turns it off.
    QVERIFY(!warning->isVisible());
    QVERIFY(!dialog.clientOptions().insecureCredentials);
    insecure->setChecked(true);
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->text().isEmpty());
    C2sOptions o = dialog.clientOptions();
    QVERIFY(o.insecureCredentials);
    QCOMPARE(o.caFile, caPath);
    QCOMPARE(o.extraCa, QList<QSslCertificate>{ca});
    QVERIFY(!o.strictTls);
    // Read whole: the warning has the room its text needs.
    QTRY_VERIFY(warning->width() >= warning->sizeHint().width() &&
                warning->height() >= warning->sizeHint().height());
    QVERIFY(insecure->toolTip().contains(QLatin1String("never saved")));
    // For a person to look at: the form as it is laid out, with the warning shown.
    QVERIFY(
        dialog.grab().save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/screenshot-client-form.png")));
    strict->setChecked(true);
    QVERIFY(!insecure->isChecked());
    QVERIFY(!insecure->isEnabled());
    QVERIFY(!warning->isVisible());
    o = dialog.clientOptions();
    QVERIFY(o.strictTls);
    QVERIFY(!o.insecureCredentials);

    // A profile keeps the CA file and strict TLS, never the opt-in.
    strict->setChecked(false);
    insecure->setChecked(true);
    QVERIFY(dialog.saveProfile(QStringLiteral("trust")));
    QSettings().sync();
    QFile saved(QSettings().fileName());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray ini = saved.readAll();
    QVERIFY(ini.contains("c2sCaEdit"));
    QVERIFY(ini.contains("c2sStrictCheck"));
    QVERIFY(!ini.contains("insecureCredentials"));
    insecure->setChecked(false);
    caEdit->clear();
    strict->setChecked(true);
    QVERIFY(dialog.loadProfile(QStringLiteral("trust")));
    QCOMPARE(caEdit->text(), caPath);
    QVERIFY(!strict->isChecked());
    QVERIFY(!insecure->isChecked());
    dialog.deleteProfile(QStringLiteral("trust"));
}

void TestForms::preferences()
{
    QTemporaryDir folder;
    MainWindow w;
    w.show();
    const int autosavesBefore = MainWindow::recoverableSessions().size();
    w.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    auto *dialog = w.findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"))
        ->setCurrentIndex(int(Preferences::Theme::Dark));
    dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(42);
    dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(folder.path());
    dialog->findChild<QCheckBox *>(QStringLiteral("autosaveCheck"))->setChecked(false);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const Preferences p = Preferences::load();
    QCOMPARE(p.theme, Preferences::Theme::Dark);
    QCOMPARE(p.timeoutSeconds, 42);
    QCOMPARE(p.startFolder(), folder.path());
    QVERIFY(!p.autosave);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80); // dark applied
    NewSessionDialog session;
    QCOMPARE(session.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->value(), 42);
    // The forms in the dark theme, for a person to look at; the client form's warning stays
    // readable on the dark background.
    session.show();
    QVERIFY(session.grab().save(
        QStringLiteral(INSPECTOR_TEST_RUN_DIR "/screenshot-s2s-form-dark.png")));
    session.setKind(NewSessionDialog::Kind::Client);
    session.findChild<QCheckBox *>(QStringLiteral("insecureCredentialsCheck"))->setChecked(true);
    auto *warning = session.findChild<QLabel *>(QStringLiteral("insecureCredentialsWarning"));
    QTRY_VERIFY(warning->isVisible() && warning->width() >= warning->sizeHint().width() &&
                warning->height() >= warning->sizeHint().height());
    const int contrast = std::abs(warning->palette().color(warning->foregroundRole()).lightness() -
                                  session.palette().color(QPalette::Window).lightness());
    QVERIFY2(contrast > 90, qPrintable(QString::number(contrast)));
    QVERIFY(session.grab().save(
        QStringLiteral(INSPECTOR_TEST_RUN_DIR "/screenshot-client-form-dark.png")));
    session.hide();
    SessionView *lab = w.runLab();
    QSignalSpy done(lab, &SessionView::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(MainWindow::recoverableSessions().size(), autosavesBefore); // nothing autosaved

    Preferences defaults;
    defaults.save();
    defaults.applyTheme();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QVERIFY(Preferences::load().autosave);
}

void TestForms::germanInterface()
{
    Preferences p;
    p.language = QStringLiteral("de");
    QCOMPARE(p.installTranslations(), QStringLiteral("de"));
    const QString file = QCoreApplication::translate("Inspector::MainWindow", "&File");
    QVERIFY(!file.isEmpty());
    QVERIFY(file != QLatin1String("&File"));
    // Qt's dialogs speak German (qt6-translations-l10n); the XML parser's messages, which
    // the engine records, stay English, so a German window still writes English transcripts.
    QCOMPARE(QCoreApplication::translate("QProgressDialog", "Cancel"), QStringLiteral("Abbrechen"));
    QXmlStreamReader xml(QByteArrayLiteral("<a></b>"));
    while (!xml.atEnd())
        xml.readNext();
    QCOMPARE(xml.errorString(), QStringLiteral("Opening and ending tag mismatch."));
    {
        MainWindow w;
        w.show();
        QCOMPARE(w.menuBar()->actions().first()->text(), file);
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("preferencesAction"))->text(),
                 QCoreApplication::translate("Inspector::MainWindow", "&Preferences…"));
        NewSessionDialog dialog;
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->text() !=
                QLatin1String("&Start"));
        // The engine's messages too: a JID the form rejects, as the user types it.
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("fromEdit")),
                         QStringLiteral("inspector..test"));
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("formMessage"))
                     ->text()
                     .contains(QLatin1String("leeres Label")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("formMessage"))->text()));
        // The client form's trust options, with the longer German texts, laid out whole.
        dialog.setKind(NewSessionDialog::Kind::Client);
        auto *insecure = dialog.findChild<QCheckBox *>(QStringLiteral("insecureCredentialsCheck"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("insecureCredentialsWarning"));
        QVERIFY(insecure->text().startsWith(QLatin1String("Zugangsdaten")));
        insecure->setChecked(true);
        QVERIFY(warning->text().startsWith(QLatin1String("Warnung")));
        QTRY_VERIFY(warning->width() >= warning->sizeHint().width() &&
                    warning->height() >= warning->sizeHint().height());
        QVERIFY(dialog.grab().save(
            QStringLiteral(INSPECTOR_TEST_RUN_DIR "/screenshot-client-form-de.png")));
        // The server-to-server form, bidirectional streams (XEP-0288) included, laid out whole.
        dialog.setKind(NewSessionDialog::Kind::ServerToServer);
        auto *bidi = dialog.findChild<QCheckBox *>(QStringLiteral("bidiCheck"));
        QVERIFY(bidi && bidi->text().startsWith(QLatin1String("Bidirektional")));
        QTRY_VERIFY(bidi->isVisible() && bidi->width() >= bidi->sizeHint().width());
        QVERIFY(dialog.grab().save(
            QStringLiteral(INSPECTOR_TEST_RUN_DIR "/screenshot-s2s-form-de.png")));
    }
    // Phase names, findings, stream-error explanations, plurals: shown in German; the stable
    // identifiers (phase ids, finding codes) stay as they are.
    QCOMPARE(Phases::label(QStringLiteral("tls_handshake")), QStringLiteral("TLS-Handshake"));
    QCOMPARE(Phases::label(QStringLiteral("sasl_scram-sha-1_sent")),
             QStringLiteral("SASL SCRAM-SHA-1 gesendet"));
    QCOMPARE(Phases::label(QStringLiteral("no_such_phase")), QStringLiteral("no_such_phase"));
    const QJsonObject expired{
        {QStringLiteral("tls"),
         QJsonObject{
             {QStringLiteral("protocol"), QStringLiteral("TLSv1.3")},
             {QStringLiteral("verifyErrorCodes"), QJsonArray{QStringLiteral("CertificateExpired")}},
             {QStringLiteral("peerCertificates"), QJsonArray{QJsonObject{}}}}}};
    const Finding finding = Findings::fromSummary(SessionSummary::fromJson(expired)).first();
    QCOMPARE(finding.codeName(), QStringLiteral("TLS-EXPIRED"));
    QCOMPARE(finding.title(), QStringLiteral("Das Zertifikat ist abgelaufen"));
    QVERIFY(!StreamError::explanation(QStringLiteral("host-unknown"))
                 .startsWith(QLatin1String("The peer")));
    QCOMPARE(QCoreApplication::translate("Inspector::StreamModel",
                                         "%n byte(s) outside any XML stream", nullptr, 1),
             QStringLiteral("1 Byte außerhalb eines XML-Streams"));
    removeTranslators();
    QCOMPARE(Phases::label(QStringLiteral("tls_handshake")),
             QStringLiteral("TLS handshake")); // back to the source texts for whatever runs next
    QCOMPARE(QCoreApplication::translate("Inspector::MainWindow", "&File"),
             QStringLiteral("&File"));
}

void TestForms::englishPlurals()
{
    const char *source = "Compare: %n difference(s)";
    QCOMPARE(QCoreApplication::translate("Inspector::MainWindow", source, nullptr, 2),
             QStringLiteral("Compare: 2 difference(s)")); // no translator: the source text
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        Preferences p;
        p.language = language;
        QCOMPARE(p.installTranslations(), QStringLiteral("en")); // Japanese falls back to English
        QCOMPARE(QCoreApplication::translate("Inspector::MainWindow", source, nullptr, 1),
                 QStringLiteral("Compare: 1 difference"));
        QCOMPARE(QCoreApplication::translate("Inspector::MainWindow", source, nullptr, 3),
                 QStringLiteral("Compare: 3 differences"));
        removeTranslators();
    }
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
