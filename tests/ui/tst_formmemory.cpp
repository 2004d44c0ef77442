// SPDX-License-Identifier: GPL-3.0-or-later
// What the new-session forms remember and read: the last session, profiles, the step-timeout
// preference, and files that change or are not files at all.
#include "c2sform.h"
#include "formoptions.h"
#include "newsessiondialog.h"
#include "preferences.h"
#include "profiles.h"
#include "sessionform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Inspector;

namespace {
template<typename T> T *child(const QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}

/// Starts the dialog's s2s form filled from CLI options, as the user would with Start.
bool startS2s(const QStringList &args)
{
    NewSessionDialog dialog;
    dialog.show();
    if (!FormOptions::fill(dialog.form(), FormOptions::s2sFields(), args).isEmpty())
        return false;
    child<QPushButton>(&dialog, "startButton")->click();
    return dialog.result() == QDialog::Accepted;
}
} // namespace

class TestFormMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void profileStartsFromANewForm();
    void profileKeepsChoicesByName();
    void timeoutPreferenceStillCounts();
    void plaintextOptInIsNotKept();
    void notARegularFile();
    void startReadsTheFilesAgain();

private:
    QTemporaryDir m_dir;
    FormOptions::Files m_files;
};

void TestFormMemory::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-formmemory-tests"));
    QStandardPaths::setTestModeEnabled(true);
    Preferences().save();
    QString error;
    QVERIFY2(FormOptions::makeFiles(m_dir.path(), &m_files, &error), qPrintable(error));
}

void TestFormMemory::init()
{
    QSettings().remove(QStringLiteral("lastSession"));
    QSettings().remove(QStringLiteral("profiles"));
    Preferences().save();
}

void TestFormMemory::profileStartsFromANewForm()
{
    // The last session pinned the remote with a resolve entry and stopped early.
    QVERIFY(startS2s(QStringLiteral("--from inspector.test --to peer.localhost --resolve "
                                    "peer.localhost:127.0.0.1:5299 --stop-after tcp_connected "
                                    "--timeout 4 --auth none")
                         .split(QLatin1Char(' '))));
    // A profile saved before the form had those fields holds only its own.
    Profiles::save(QStringLiteral("old"), QStringLiteral("s2s"),
                   {{QStringLiteral("fromEdit"), QStringLiteral("inspector.test")},
                    {QStringLiteral("toEdit"), QStringLiteral("other.localhost")}},
                   false);
    NewSessionDialog dialog;
    QCOMPARE(child<QLineEdit>(&dialog, "resolveEdit")->text(),
             QStringLiteral("peer.localhost:127.0.0.1:5299"));
    QVERIFY(dialog.loadProfile(QStringLiteral("old")));
    QVERIFY(child<QLineEdit>(&dialog, "resolveEdit")->text().isEmpty());
    QCOMPARE(child<QComboBox>(&dialog, "stopAfterCombo")->currentIndex(), 0);
    QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), Preferences::load().timeoutSeconds);
    const S2sOptions o = dialog.options();
    QCOMPARE(o.to, QStringLiteral("other.localhost"));
    QVERIFY(o.usesDns());
    QVERIFY(o.stopAfter.isEmpty());
}

void TestFormMemory::profileKeepsChoicesByName()
{
    C2sForm form;
    auto *mechanism = child<QComboBox>(&form, "mechanismCombo");
    const int scram = mechanism->findData(QStringLiteral("SCRAM-SHA-1"));
    QVERIFY(scram > 0);
    mechanism->setCurrentIndex(scram);
    const QVariantMap fields = Profiles::capture(&form);
    // The list grows (a mechanism added before it): the profile still means SCRAM-SHA-1.
    mechanism->insertItem(1, QStringLiteral("NEW"), QStringLiteral("NEW"));
    mechanism->setCurrentIndex(0);
    Profiles::apply(&form, fields);
    QCOMPARE(mechanism->currentData().toString(), QStringLiteral("SCRAM-SHA-1"));
    // A name no longer offered: the default (the strongest offered), never the last item.
    Profiles::apply(&form, {{QStringLiteral("mechanismCombo"), QStringLiteral("data:GONE")}});
    QCOMPARE(mechanism->currentIndex(), 0);
    // A profile saved by position (before names were kept) still loads.
    Profiles::apply(&form, {{QStringLiteral("mechanismCombo"), QStringLiteral("2")}});
    QCOMPARE(mechanism->currentIndex(), 2);
    // Combo boxes without names (TLS) are kept by position.
    SessionForm s2s;
    child<QComboBox>(&s2s, "tlsCombo")->setCurrentIndex(2);
    QCOMPARE(Profiles::capture(&s2s).value(QStringLiteral("tlsCombo")).toInt(), 2);
}

void TestFormMemory::timeoutPreferenceStillCounts()
{
    // A session with the preferred timeout: a later preference is what the next form shows.
    QVERIFY(startS2s(QStringLiteral("--from inspector.test --to peer.localhost --host 127.0.0.1 "
                                    "--timeout 10 --auth none")
                         .split(QLatin1Char(' '))));
    Preferences p = Preferences::load();
    p.timeoutSeconds = 25;
    p.save();
    {
        NewSessionDialog dialog;
        QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 25);
        QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    }
    // A timeout chosen in the form for that session is kept.
    QVERIFY(startS2s(QStringLiteral("--from inspector.test --to peer.localhost --timeout 7 "
                                    "--auth none")
                         .split(QLatin1Char(' '))));
    NewSessionDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 7);
}

void TestFormMemory::plaintextOptInIsNotKept()
{
    {
        NewSessionDialog dialog;
        dialog.show();
        dialog.setKind(NewSessionDialog::Kind::Client);
        QVERIFY(FormOptions::fill(dialog.clientForm(), FormOptions::c2sFields(),
                                  QStringLiteral("--jid alice@a.test --host 127.0.0.1 --tls none "
                                                 "--allow-plaintext --password x")
                                      .split(QLatin1Char(' ')))
                    .isEmpty());
        QVERIFY(dialog.clientOptions().allowPlaintext);
        QVERIFY(Profiles::capture(dialog.clientForm())
                    .value(QStringLiteral("allowPlaintextCheck"))
                    .isNull());
        child<QPushButton>(&dialog, "startButton")->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(std::get<C2sOptions>(dialog.accepted()).allowPlaintext);
    }
    NewSessionDialog dialog;
    QCOMPARE(dialog.kind(), NewSessionDialog::Kind::Client);
    QCOMPARE(dialog.clientOptions().jid, QStringLiteral("alice@a.test"));
    QVERIFY(!dialog.clientOptions().allowPlaintext);
}

void TestFormMemory::notARegularFile()
{
    // A FIFO would block open() on the GUI thread; a device never ends. Both are refused
    // before anything is read.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    SessionForm form;
    auto *message = child<QLabel>(&form, "formMessage");
    child<QLineEdit>(&form, "fromEdit")->setText(QStringLiteral("inspector.test"));
    child<QLineEdit>(&form, "toEdit")->setText(QStringLiteral("peer.localhost"));
    child<QComboBox>(&form, "authCombo")->setCurrentIndex(0);
    child<QLineEdit>(&form, "caEdit")->setText(fifo);
    QVERIFY2(message->text().contains(QStringLiteral("not a regular file")),
             qPrintable(message->text()));
    QVERIFY(!form.isValid());
    child<QLineEdit>(&form, "caEdit")->clear();
    child<QLineEdit>(&form, "certEdit")->setText(QStringLiteral("/dev/zero"));
    child<QLineEdit>(&form, "keyEdit")->setText(m_files.key);
    QVERIFY2(message->text().contains(QStringLiteral("not a regular file")),
             qPrintable(message->text()));
    child<QLineEdit>(&form, "certEdit")->clear();
    child<QLineEdit>(&form, "keyEdit")->clear();
    child<QLineEdit>(&form, "sendEdit")->setText(fifo);
    QVERIFY2(message->text().contains(QStringLiteral("not a regular file")),
             qPrintable(message->text()));
    // Relative names are kept as absolute ones (the settings outlive the working folder).
    child<QLineEdit>(&form, "sendEdit")->setText(QStringLiteral("stanzas.xml"));
    QVERIFY(QFileInfo(form.options().stanzasFile).isAbsolute());
}

void TestFormMemory::startReadsTheFilesAgain()
{
    const QString stanzas = m_dir.filePath(QStringLiteral("changing.xml"));
    QFile f(stanzas);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<message to='peer.localhost'><body>hi</body></message>");
    f.close();
    NewSessionDialog dialog;
    dialog.show();
    QVERIFY(FormOptions::fill(dialog.form(), FormOptions::s2sFields(),
                              QStringLiteral("--from inspector.test --to peer.localhost "
                                             "--dialback-secret s --send ")
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                  << stanzas)
                .isEmpty());
    auto *start = child<QPushButton>(&dialog, "startButton");
    QVERIFY(start->isEnabled());
    QCOMPARE(dialog.options().stanzas.size(), 1);
    // Changed after the form read it (a different size): Start reads it again and refuses.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("<message to='peer.localhost'><body>unclosed");
    f.close();
    start->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY(!start->isEnabled());
    QVERIFY2(child<QLabel>(dialog.form(), "formMessage")->text().contains(stanzas),
             qPrintable(child<QLabel>(dialog.form(), "formMessage")->text()));
}

QTEST_MAIN(TestFormMemory)
#include "tst_formmemory.moc"
