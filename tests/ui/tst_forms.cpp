// SPDX-License-Identifier: GPL-3.0-or-later
// The session forms (validation as the user types, named profiles, the client form; every
// option of the CLI, the last session, "Edit and run again"), the preferences and the
// interface's languages, on the offscreen platform.
#include "c2sform.h"
#include "clioptions.h"
#include "diagnose/findings.h"
#include "facts/sessionsummary.h"
#include "formoptions.h"
#include "language.h"
#include "mainwindow.h"
#include "models/streammodel.h"
#include "net/certfactory.h"
#include "newsessiondialog.h"
#include "preferences.h"
#include "profiles.h"
#include "protocol/streamerror.h"
#include "sessionform.h"
#include "sessionview.h"
#include "trace/phases.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstdlib>
#include <functional>

using namespace Inspector;

namespace {

/// Calls `act` with the modal dialog of type T once it is open (a dialog's exec() returns only
/// when it closes, so the test acts from the dialog's own event loop). Ends with its scope. A
/// dialog the action left open (a failed check returns early) is rejected; without a dialog of
/// type T within 10 s, whatever modal dialog is open is rejected and seen() stays false: a
/// test fails instead of hanging.
template<typename T> class ModalWatch
{
public:
    explicit ModalWatch(std::function<void(T *)> act)
        : m_act(std::move(act))
    {
        m_since.start();
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] { poll(); });
        m_poll.start();
    }
    bool seen() const { return m_seen; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<T *>(modal)) {
            m_poll.stop();
            m_seen = true;
            m_act(dialog);
            if (dialog->isVisible())
                dialog->reject();
        } else if (m_since.hasExpired(10000)) {
            m_poll.stop();
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
        }
    }

    std::function<void(T *)> m_act;
    QTimer m_poll;
    QElapsedTimer m_since;
    bool m_seen = false;
};

/// Chooses `file` in Qt's own file dialog and accepts it, as its Open button does. The name is
/// typed in the dialog's name field as well: selectFile() leaves that field alone while it has
/// the focus, which depends on the window manager's timing.
void choose(QFileDialog *d, const QString &file)
{
    d->selectFile(file);
    if (auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(file);
    static_cast<QDialog *>(d)->accept(); // QFileDialog::accept()
}

bool isClient(const QString &kind)
{
    return kind == QLatin1String("c2s");
}

/// Command lines that together give every option of the CLI's s2s and c2s commands a value
/// other than its default (some exclude each other, hence several per command).
struct CliRow
{
    const char *name;
    QString kind;
    QStringList args;
};
QList<CliRow> cliRows(const FormOptions::Files &f)
{
    const auto l = [](const char *text) {
        return QString::fromUtf8(text).split(QLatin1Char(' '));
    };
    return {
        {"s2s: every option", QStringLiteral("s2s"),
         l("--from inspector.test --to Peer.Localhost --host 127.0.0.1 --port 5299 "
           "--resolve other.test:127.0.0.2:5300 --resolve third.test:[::1]:5301 "
           "--dns-server 127.0.0.1:5353 --srv-seed 4000000000 --tls starttls --strict-tls "
           "--timeout 7 --stop-after features_received --auth dialback "
           "--authoritative 127.0.0.1:5270 --dialback-secret s3cret-dialback --bidi --no-sm --ping "
           "--disco --software-version") +
             QStringList{QStringLiteral("--trust-anchor"), f.anchor1,
                         QStringLiteral("--trust-anchor"), f.anchor2, QStringLiteral("--ca"), f.ca,
                         QStringLiteral("--cert"), f.cert, QStringLiteral("--key"), f.key,
                         QStringLiteral("--send"), f.s2sStanzas}},
        {"s2s: resolve for the To domain, direct TLS, SASL EXTERNAL", QStringLiteral("s2s"),
         l("--from inspector.test --to peer.localhost --resolve peer.localhost:[::1]:5270 "
           "--port 5299 --tls direct --auth external") +
             QStringList{QStringLiteral("--cert"), f.cert, QStringLiteral("--key"), f.key}},
        {"c2s: a server given, its trust, the actions", QStringLiteral("c2s"),
         l("--jid alice@A.test --password alice-pass --host 127.0.0.1 --port 5223 --tls direct "
           "--strict-tls --mechanism scram-sha-1 --allow-plaintext --min-scram-iterations 10000 "
           "--resource lab --roster --disco --send-to bob@b.test --body hello --ping b.test --stay "
           "5 "
           "--timeout 9") +
             QStringList{QStringLiteral("--ca"), f.ca, QStringLiteral("--send"), f.c2sStanzas}},
        {"c2s: found by DNS, a probe", QStringLiteral("c2s"),
         l("--jid alice@a.test --probe --dns-server [::1]:5353 --srv-seed 7 "
           "--insecure-credentials --tls none") +
             QStringList{QStringLiteral("--trust-anchor"), f.anchor1}},
        {"c2s: stream management off", QStringLiteral("c2s"),
         l("--jid alice@a.test --password alice-pass --roster --no-sm")},
        {"c2s: the resumption test", QStringLiteral("c2s"),
         l("--jid alice@a.test --password alice-pass --sm-resume-test")},
        {"c2s: every path", QStringLiteral("c2s"),
         l("--jid alice@a.test --probe --probe-all --resolve a.test:443:127.0.0.1:8443 "
           "--resolve cdn.a.test:443:[::1]:8444")},
        {"c2s: over WebSocket", QStringLiteral("c2s"),
         l("--jid alice@a.test --password alice-pass --websocket "
           "wss://localhost:5281/xmpp-websocket --roster")},
        {"c2s: over BOSH", QStringLiteral("c2s"),
         l("--jid alice@a.test --password alice-pass --bosh https://localhost:5281/http-bind "
           "--origin https://app.a.test --roster")},
    };
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void formValidation();
    void profiles();
    void clientForm();
    void clientTrust();
    void preferences();
    void germanInterface();
    void englishPlurals();
    void everyCliOptionHasAField();
    void cliOptionsReachTheSpecification_data() { cliRowsData(); }
    void cliOptionsReachTheSpecification();
    void setSpecificationRoundTrip_data() { cliRowsData(); }
    void setSpecificationRoundTrip();
    void prefilledFromTheLastSession();
    void browseButtons();
    void badInputIsReported();
    void labelsAndNames_data() { Test::languageRows(); }
    void labelsAndNames();
    void editAndRunAgain();
    void dialogFitsTheScreen_data() { Test::languageRows(); }
    void dialogFitsTheScreen();
    void dialogScrollsOnASmallScreen();

private:
    void cliRowsData();
    QTemporaryDir m_dir;
    FormOptions::Files m_files;
};

void TestForms::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // Qt's own file dialog, whatever the platform theme would pick.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    Preferences().save(); // defaults, whatever an earlier run left
    QString error;
    QVERIFY2(FormOptions::makeFiles(m_dir.path(), &m_files, &error), qPrintable(error));
}

void TestForms::init()
{
    // Each test starts from blank forms: no last session.
    QSettings().remove(QStringLiteral("lastSession"));
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
    Test::removeTranslations();
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
        Test::removeTranslations();
    }
}

void TestForms::cliRowsData()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args");
    for (const CliRow &row : cliRows(m_files))
        QTest::newRow(row.name) << row.kind << row.args;
}

void TestForms::everyCliOptionHasAField()
{
    // Each option the CLI's help names has a form field, or a reason why not; each field the
    // table names exists and is given a value by one of the command lines below.
    const QList<FormOptions::Field> s2s = FormOptions::s2sFields(), c2s = FormOptions::c2sFields();
    NewSessionDialog dialog;
    for (const bool client : {false, true}) {
        const QList<FormOptions::Field> &fields = client ? c2s : s2s;
        const QStringList without =
            client ? FormOptions::c2sWithoutField() : FormOptions::s2sWithoutField();
        const QStringList help = FormOptions::helpOptions(client ? Cli::c2sHelp() : Cli::s2sHelp());
        QVERIFY(help.size() > 20);
        QStringList given;
        for (const CliRow &row : cliRows(m_files)) {
            if (isClient(row.kind) == client)
                given += row.args;
        }
        for (const QString &option : help) {
            const bool hasField = std::any_of(fields.cbegin(), fields.cend(),
                                              [&](const auto &f) { return f.option == option; });
            QVERIFY2(hasField || without.contains(option),
                     qPrintable(QStringLiteral("--%1 has no form field").arg(option)));
        }
        for (const FormOptions::Field &f : fields) {
            QVERIFY2(help.contains(f.option), qPrintable(f.option));
            QVERIFY2(given.contains(QStringLiteral("--") + f.option), qPrintable(f.option));
            QWidget *form = client ? static_cast<QWidget *>(dialog.clientForm()) : dialog.form();
            QVERIFY2(form->findChild<QWidget *>(f.objectName), qPrintable(f.objectName));
        }
    }
}

void TestForms::cliOptionsReachTheSpecification()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QString error;
    const Specification cli = FormOptions::parse(QStringList{kind} + args, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    NewSessionDialog dialog;
    dialog.show();
    dialog.setKind(isClient(kind) ? NewSessionDialog::Kind::Client
                                  : NewSessionDialog::Kind::ServerToServer);
    QWidget *form = isClient(kind) ? static_cast<QWidget *>(dialog.clientForm()) : dialog.form();
    error = FormOptions::fill(
        form, isClient(kind) ? FormOptions::c2sFields() : FormOptions::s2sFields(), args);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled(),
        qPrintable(isClient(kind) ? dialog.clientForm()->problem() : dialog.form()->problem()));
    const Specification fromForm = dialog.specification();
    QCOMPARE(Specifications::kindName(fromForm), kind);
    const QStringList differences =
        isClient(kind) ? FormOptions::differences(std::get<C2sOptions>(cli),
                                                  std::get<C2sOptions>(fromForm), true)
                       : FormOptions::differences(std::get<S2sOptions>(cli),
                                                  std::get<S2sOptions>(fromForm), true);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
    // The comparison sees a field the form gets wrong: another TLS mode.
    auto *tls = form->findChild<QComboBox *>(isClient(kind) ? QStringLiteral("c2sTlsCombo")
                                                            : QStringLiteral("tlsCombo"));
    tls->setCurrentIndex((tls->currentIndex() + 1) % tls->count());
    const Specification wrong = dialog.specification();
    QCOMPARE(isClient(kind) ? FormOptions::differences(std::get<C2sOptions>(cli),
                                                       std::get<C2sOptions>(wrong), true)
                            : FormOptions::differences(std::get<S2sOptions>(cli),
                                                       std::get<S2sOptions>(wrong), true),
             QStringList{QStringLiteral("tls")});
}

void TestForms::setSpecificationRoundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QString error;
    const Specification spec = FormOptions::parse(QStringList{kind} + args, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    NewSessionDialog dialog;
    dialog.setSpecification(spec);
    QCOMPARE(dialog.kind(), isClient(kind) ? NewSessionDialog::Kind::Client
                                           : NewSessionDialog::Kind::ServerToServer);
    // The secrets are never filled in: they are typed again.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().isEmpty());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    QVERIFY(
        !dialog.findChild<QCheckBox *>(QStringLiteral("insecureCredentialsCheck"))->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("allowPlaintextCheck"))->isChecked());
    const Specification back = dialog.specification();
    const QStringList differences =
        isClient(kind) ? FormOptions::differences(std::get<C2sOptions>(spec),
                                                  std::get<C2sOptions>(back), false)
                       : FormOptions::differences(std::get<S2sOptions>(spec),
                                                  std::get<S2sOptions>(back), false);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
    if (const auto *s = std::get_if<S2sOptions>(&spec); s && s->resolve.contains(s->to)) {
        // The entry says where to connect and stays the only place that says so: changed or
        // removed in the form, the next session follows it (nothing of the old one sticks).
        QCOMPARE(s->effectiveHost(), QStringLiteral("::1"));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text().isEmpty());
        auto *resolve = dialog.findChild<QLineEdit *>(QStringLiteral("resolveEdit"));
        resolve->setText(QStringLiteral("peer.localhost:127.0.0.3:5301"));
        S2sOptions edited = std::get<S2sOptions>(dialog.specification());
        QCOMPARE(edited.effectiveHost(), QStringLiteral("127.0.0.3"));
        QCOMPARE(edited.effectivePort(), s->port);
        resolve->clear();
        edited = std::get<S2sOptions>(dialog.specification());
        QVERIFY(edited.usesDns());
    }
}

void TestForms::prefilledFromTheLastSession()
{
    QString error;
    const QList<CliRow> rows = cliRows(m_files);
    const Specification s2s = FormOptions::parse(QStringList{rows[0].kind} + rows[0].args, &error);
    const Specification c2s = FormOptions::parse(QStringList{rows[3].kind} + rows[3].args, &error);
    {
        NewSessionDialog dialog;
        dialog.show();
        QVERIFY(FormOptions::fill(dialog.form(), FormOptions::s2sFields(), rows[0].args).isEmpty());
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        NewSessionDialog dialog;
        dialog.show();
        dialog.setKind(NewSessionDialog::Kind::Client);
        QVERIFY(FormOptions::fill(dialog.clientForm(), FormOptions::c2sFields(), rows[3].args)
                    .isEmpty());
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("alice-pass"));
        QVERIFY(dialog.clientOptions().insecureCredentials);
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // The settings hold the options, files by their names, and never a secret or the opt-in.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("[lastSession]"));
    QVERIFY(ini.contains("peer.localhost"));
    QVERIFY(ini.contains(QFileInfo(m_files.ca).fileName().toUtf8()));
    QVERIFY(!ini.contains("s3cret-dialback"));
    QVERIFY(!ini.contains("alice-pass"));
    QVERIFY(!ini.contains("BEGIN CERTIFICATE"));
    settings.beginGroup(QStringLiteral("lastSession"));
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive) &&
                     !key.contains(QLatin1String("password"), Qt::CaseInsensitive) &&
                     !key.contains(QLatin1String("insecure"), Qt::CaseInsensitive) &&
                     !key.contains(QLatin1String("plaintext"), Qt::CaseInsensitive),
                 qPrintable(key));
    }
    settings.endGroup();

    // The next dialog opens as both forms were left, on the kind started last.
    NewSessionDialog dialog;
    QCOMPARE(dialog.kind(), NewSessionDialog::Kind::Client);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    QVERIFY(!dialog.clientOptions().insecureCredentials);
    QStringList differences =
        FormOptions::differences(std::get<C2sOptions>(c2s), dialog.clientOptions(), false);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().isEmpty());
    differences = FormOptions::differences(std::get<S2sOptions>(s2s), dialog.options(), false);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));
    // Cancelled, nothing is kept.
    dialog.findChild<QLineEdit *>(QStringLiteral("jidEdit"))->setText(QStringLiteral("eve@e.test"));
    dialog.reject();
    QCOMPARE(NewSessionDialog().clientOptions().jid, QStringLiteral("alice@a.test"));
}

void TestForms::browseButtons()
{
    NewSessionDialog dialog;
    dialog.show();
    const QStringList files{
        QStringLiteral("caEdit"),          QStringLiteral("certEdit"),
        QStringLiteral("keyEdit"),         QStringLiteral("sendEdit"),
        QStringLiteral("trustAnchorEdit"), QStringLiteral("c2sCaEdit"),
        QStringLiteral("c2sSendEdit"),     QStringLiteral("c2sTrustAnchorEdit")};
    for (const QString &name : files) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        auto *browse = dialog.findChild<QPushButton *>(name.chopped(4) + QStringLiteral("Browse"));
        QVERIFY2(edit && browse, qPrintable(name));
        QCOMPARE(browse->parentWidget(), edit->parentWidget());
        QCOMPARE(browse->text(), QStringLiteral("Browse…"));
        QVERIFY2(browse->accessibleName().startsWith(QLatin1String("Browse for ")),
                 qPrintable(browse->accessibleName()));
    }
    // No other field holds a file name: every "…Edit" that takes one is listed above.
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QCOMPARE(std::count_if(buttons.cbegin(), buttons.cend(),
                           [](const QPushButton *b) {
                               return b->objectName().endsWith(QLatin1String("Browse"));
                           }),
             files.size());

    // Browse… puts the chosen file in the field.
    auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caEdit"));
    {
        ModalWatch<QFileDialog> watch([this](QFileDialog *d) { choose(d, m_files.ca); });
        dialog.findChild<QPushButton *>(QStringLiteral("caBrowse"))->click();
        QVERIFY(watch.seen());
        QCOMPARE(ca->text(), m_files.ca);
    }
    // Several trust anchors: a chosen file is added to those already there.
    dialog.setKind(NewSessionDialog::Kind::Client);
    auto *anchors = dialog.findChild<QLineEdit *>(QStringLiteral("c2sTrustAnchorEdit"));
    anchors->setText(m_files.anchor1);
    {
        ModalWatch<QFileDialog> watch([this](QFileDialog *d) {
            QCOMPARE(d->fileMode(), QFileDialog::ExistingFiles);
            choose(d, m_files.anchor2);
        });
        dialog.findChild<QPushButton *>(QStringLiteral("c2sTrustAnchorBrowse"))->click();
        QVERIFY(watch.seen());
        QCOMPARE(anchors->text(), m_files.anchor1 + QStringLiteral("; ") + m_files.anchor2);
    }
    // Cancelled, the field keeps what it had.
    {
        ModalWatch<QFileDialog> watch([](QFileDialog *d) { d->reject(); });
        dialog.findChild<QPushButton *>(QStringLiteral("c2sTrustAnchorBrowse"))->click();
        QVERIFY(watch.seen());
        QCOMPARE(anchors->text(), m_files.anchor1 + QStringLiteral("; ") + m_files.anchor2);
    }
}

void TestForms::badInputIsReported()
{
    NewSessionDialog dialog;
    dialog.show();
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("formMessage"));
    dialog.findChild<QLineEdit *>(QStringLiteral("fromEdit"))->setText(QStringLiteral("a.test"));
    dialog.findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(QStringLiteral("b.test"));
    QVERIFY(start->isEnabled());
    // Each bad entry is named in the form's message; what was typed stays as it was.
    const auto rejects = [&](const QString &field, const QString &text, const QString &said) {
        auto *edit = dialog.findChild<QLineEdit *>(field);
        edit->setText(text);
        const bool reported =
            !start->isEnabled() && message->text().contains(said) && edit->text() == text;
        if (!reported)
            qWarning("%s: %s", qPrintable(field), qPrintable(message->text()));
        edit->clear();
        return reported && start->isEnabled();
    };
    QVERIFY(rejects(QStringLiteral("resolveEdit"), QStringLiteral("b.test:127.0.0.1"),
                    QStringLiteral("Resolve: 'b.test:127.0.0.1' is not DOMAIN:HOST:PORT")));
    QVERIFY(rejects(QStringLiteral("resolveEdit"),
                    QStringLiteral("c.test:127.0.0.1:5269, b..test:127.0.0.1:5269"),
                    QStringLiteral("'b..test:127.0.0.1:5269' is not DOMAIN:HOST:PORT")));
    QVERIFY(rejects(QStringLiteral("resolveEdit"), QStringLiteral("b.test:[::1]:70000"),
                    QStringLiteral("port number")));
    QVERIFY(rejects(QStringLiteral("resolveEdit"),
                    QStringLiteral("b.test:127.0.0.1:5269, B.test:127.0.0.2:5269"),
                    QStringLiteral("Resolve: b.test is given twice, for 127.0.0.1:5269 and "
                                   "127.0.0.2:5269.")));
    QVERIFY(
        rejects(QStringLiteral("caEdit"), m_dir.path(), QStringLiteral("is not a regular file")));
    QVERIFY(rejects(QStringLiteral("caEdit"), m_dir.filePath(QStringLiteral("none.pem")),
                    QStringLiteral("does not exist")));
    QVERIFY(rejects(QStringLiteral("caEdit"), m_files.s2sStanzas,
                    QStringLiteral("contains no PEM certificate")));
    QVERIFY(rejects(QStringLiteral("sendEdit"), m_files.ca, QStringLiteral("Stanzas file:")));
    QVERIFY(
        rejects(QStringLiteral("sendEdit"), m_dir.path(), QStringLiteral("is not a regular file")));
    QVERIFY(
        rejects(QStringLiteral("srvSeedEdit"), QStringLiteral("-1"), QStringLiteral("SRV seed")));
    QVERIFY(rejects(QStringLiteral("certEdit"), m_files.cert, QStringLiteral("both")));
    QVERIFY(rejects(QStringLiteral("dnsServerEdit"), QStringLiteral("not-an-ip"),
                    QStringLiteral("DNS server")));

    // The client form says the same of its files, and that DNS is not asked with a host.
    dialog.setKind(NewSessionDialog::Kind::Client);
    message = dialog.findChild<QLabel *>(QStringLiteral("c2sFormMessage"));
    dialog.findChild<QLineEdit *>(QStringLiteral("jidEdit"))->setText(QStringLiteral("a@a.test"));
    dialog.findChild<QCheckBox *>(QStringLiteral("probeCheck"))->setChecked(true);
    QVERIFY2(start->isEnabled(), qPrintable(message->text()));
    QVERIFY(rejects(QStringLiteral("c2sCaEdit"), m_dir.path(),
                    QStringLiteral("is not a regular file")));
    QVERIFY(rejects(QStringLiteral("c2sSendEdit"), m_files.ca, QStringLiteral("Stanzas file:")));
    dialog.findChild<QLineEdit *>(QStringLiteral("c2sHostEdit"))->setText(QStringLiteral("::1"));
    QVERIFY(rejects(QStringLiteral("c2sDnsServerEdit"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("without a host")));
    QVERIFY(rejects(QStringLiteral("c2sSrvSeedEdit"), QStringLiteral("4294967296"),
                    QStringLiteral("SRV seed")));
}

void TestForms::labelsAndNames()
{
    QFETCH(QString, language);
    Preferences p;
    p.language = language;
    p.installTranslations();
    NewSessionDialog dialog;
    // The dialog's own mnemonics (profile, save, start) are not used by the forms' labels.
    QString dialogKeys;
    const auto *profiles = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == profiles)
            dialogKeys += label->text().at(label->text().indexOf(QLatin1Char('&')) + 1).toLower();
    }
    QCOMPARE(dialogKeys.size(), 1);
    for (const QWidget *w :
         {static_cast<QWidget *>(dialog.findChild<QPushButton *>(QStringLiteral("startButton"))),
          static_cast<QWidget *>(
              dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton")))}) {
        const QString text = static_cast<const QAbstractButton *>(w)->text();
        dialogKeys += text.at(text.indexOf(QLatin1Char('&')) + 1).toLower();
    }
    for (QWidget *form :
         {static_cast<QWidget *>(dialog.form()), static_cast<QWidget *>(dialog.clientForm())}) {
        // Every label has a mnemonic, unique in its form, and leads to its field; a label whose
        // text has an '&' has a buddy (else it would show the '&').
        QString mnemonics = dialogKeys;
        for (const QLabel *label : form->findChildren<QLabel *>()) {
            const QString text = label->text();
            if (!label->buddy()) {
                QVERIFY2(!text.contains(QLatin1Char('&')), qPrintable(text));
                continue;
            }
            const int amp = int(text.indexOf(QLatin1Char('&')));
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(text));
            mnemonics += key;
            QString name = text;
            name.remove(QLatin1Char('&'));
            name = name.trimmed();
            QVERIFY2(name.endsWith(QLatin1Char(':')), qPrintable(text));
            QCOMPARE(label->buddy()->accessibleName(), name.chopped(1).trimmed());
        }
        QVERIFY(mnemonics.size() >= 15);
        // Every field has an accessible name (a check box's is its text).
        const QList<QWidget *> widgets = form->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<const QGroupBox *>(w) || qobject_cast<const QLabel *>(w) ||
                qobject_cast<const QCheckBox *>(w) || !w->focusPolicy())
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    Test::removeTranslations();
}

void TestForms::editAndRunAgain()
{
    MainWindow w;
    w.show();
    auto *again = w.findChild<QAction *>(QStringLiteral("runAgainAction"));
    auto *edit = w.findChild<QAction *>(QStringLiteral("editRunAgainAction"));
    QVERIFY(again && edit);
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(!edit->text().isEmpty());
    QVERIFY(!edit->isEnabled()); // no session yet
    // In the Session menu, right after "Run again".
    const QList<QMenu *> menus = w.findChildren<QMenu *>();
    const auto menu = std::find_if(menus.cbegin(), menus.cend(),
                                   [&](const QMenu *m) { return m->actions().contains(again); });
    QVERIFY(menu != menus.cend());
    const QList<QAction *> actions = (*menu)->actions();
    QCOMPARE(actions.indexOf(edit), actions.indexOf(again) + 1);

    // A session that ends at once: nothing listens on the port.
    QTcpServer listening; // the sessions stop after the TCP connection
    QVERIFY(listening.listen(QHostAddress::LocalHost));
    const quint16 port = listening.serverPort();
    QString error;
    const Specification spec = FormOptions::parse(
        {QStringLiteral("s2s"), QStringLiteral("--from"), QStringLiteral("inspector.test"),
         QStringLiteral("--to"), QStringLiteral("peer.localhost"), QStringLiteral("--host"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
         QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--resolve"),
         QStringLiteral("other.test:127.0.0.2:5300"), QStringLiteral("--ca"), m_files.ca,
         QStringLiteral("--stop-after"), QStringLiteral("tcp_connected")},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SessionView *first = w.start(spec);
    QTRY_VERIFY(edit->isEnabled());
    QVERIFY(again->isEnabled());

    // The dialog opens with the tab's session; what is changed there runs in a new tab.
    QStringList seen;
    {
        ModalWatch<NewSessionDialog> watch([&](NewSessionDialog *d) {
            seen = FormOptions::differences(std::get<S2sOptions>(spec), d->options(), false);
            if (d->kind() != NewSessionDialog::Kind::ServerToServer)
                seen << QStringLiteral("kind");
            d->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(4);
            d->findChild<QCheckBox *>(QStringLiteral("strictCheck"))->setChecked(true);
            d->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        });
        edit->trigger();
        QVERIFY(watch.seen());
    }
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QStringLiteral(", "))));
    QCOMPARE(w.tabs()->count(), 2);
    SessionView *second = w.currentSession();
    QVERIFY(second != first);
    QVERIFY(second->specification().has_value());
    const QStringList changed = FormOptions::differences(
        std::get<S2sOptions>(spec), std::get<S2sOptions>(*second->specification()), true);
    QCOMPARE(changed, (QStringList{QStringLiteral("strictTls"), QStringLiteral("timeoutMs")}));

    // By its shortcut, and cancelled: no new tab.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    bool opened = false;
    {
        ModalWatch<NewSessionDialog> watch([&](NewSessionDialog *d) {
            opened = d->options().strictTls;
            d->reject();
        });
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(watch.seen());
    }
    QVERIFY(opened);
    QCOMPARE(w.tabs()->count(), 2);

    // A session the dialog cannot show (the lab) can be run again, not edited.
    w.runLab();
    QTRY_VERIFY(!edit->isEnabled());
    QVERIFY(again->isEnabled());
    for (int i = 0; i < w.tabs()->count(); ++i)
        qobject_cast<SessionView *>(w.tabs()->widget(i))->stop();
}

void TestForms::dialogScrollsOnASmallScreen()
{
    // A font twice as large, as on a 1280x800 screen at 2x scale: the form is taller than the
    // screen. The dialog stays within the screen, Start and Cancel in view, and the form
    // scrolls.
    const QFont normal = QApplication::font();
    const auto restore = qScopeGuard([normal] { QApplication::setFont(normal); });
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(large);
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    NewSessionDialog dialog;
    QVERIFY2(dialog.form()->sizeHint().height() > available.height() - 80,
             qPrintable(QStringLiteral("form %1, screen %2")
                            .arg(dialog.form()->sizeHint().height())
                            .arg(available.height())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= available.width() && dialog.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(dialog.rect().contains(QRect(start->mapTo(&dialog, QPoint(0, 0)), start->size())));
    auto *scroller = dialog.findChild<QScrollArea *>(QStringLiteral("s2sScroller"));
    QVERIFY(scroller && scroller->widget() == dialog.form());
    QVERIFY(scroller->verticalScrollBar()->maximum() > 0);
    // The scroll areas are no stop of their own for Tab.
    for (QWidget *w = dialog.nextInFocusChain(); w != &dialog; w = w->nextInFocusChain()) {
        if (qobject_cast<QScrollArea *>(w))
            QVERIFY2(!(w->focusPolicy() & Qt::TabFocus), qPrintable(w->objectName()));
    }
    // A field out of view is scrolled to when it gets the focus.
    auto *stay = dialog.findChild<QSpinBox *>(QStringLiteral("stayOpenSpin"));
    stay->setFocus();
    scroller->ensureWidgetVisible(stay);
    QVERIFY(scroller->verticalScrollBar()->value() > 0);
}

void TestForms::dialogFitsTheScreen()
{
    QFETCH(QString, language);
    Preferences p;
    p.language = language;
    p.installTranslations();
    NewSessionDialog dialog;
    const QList<CliRow> rows = cliRows(m_files);
    QVERIFY(FormOptions::fill(dialog.form(), FormOptions::s2sFields(), rows[0].args).isEmpty());
    QVERIFY(
        FormOptions::fill(dialog.clientForm(), FormOptions::c2sFields(), rows[2].args).isEmpty());
    dialog.resize(dialog.sizeHint());
    dialog.show();
    // On a 1280×800 screen, with room for the window's frame and a panel.
    QVERIFY2(dialog.width() <= 1240 && dialog.height() <= 720,
             qPrintable(QStringLiteral("%1×%2").arg(dialog.width()).arg(dialog.height())));
    for (const auto kind :
         {NewSessionDialog::Kind::ServerToServer, NewSessionDialog::Kind::Client}) {
        dialog.setKind(kind);
        QWidget *form = kind == NewSessionDialog::Kind::Client
                            ? static_cast<QWidget *>(dialog.clientForm())
                            : dialog.form();
        // Laid out whole: no check box or label cut.
        for (const QAbstractButton *b : form->findChildren<QCheckBox *>())
            QTRY_VERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        for (const QLabel *l : form->findChildren<QLabel *>()) {
            if (l->buddy())
                QVERIFY2(l->width() >= l->sizeHint().width(), qPrintable(l->text()));
        }
        // For a person to look at, on a screen of that size.
        QImage screen(1280, 800, QImage::Format_RGB32);
        screen.fill(Qt::darkGray);
        QPainter painter(&screen);
        painter.drawPixmap((1280 - dialog.width()) / 2, 30, dialog.grab());
        painter.end();
        QVERIFY(
            screen.save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/screenshot-new-session-%1-%2.png")
                            .arg(kind == NewSessionDialog::Kind::Client ? QStringLiteral("c2s")
                                                                        : QStringLiteral("s2s"),
                                 language)));
    }
    Test::removeTranslations();
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
