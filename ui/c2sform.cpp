// SPDX-License-Identifier: GPL-3.0-or-later
#include "c2sform.h"

#include "dnsfields.h"
#include "fieldnames.h"
#include "preferences.h"
#include "sessionform.h"

#include "protocol/jid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>

namespace Inspector {

C2sForm::C2sForm(QWidget *parent)
    : QWidget(parent)
    , m_jid(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_dns(new DnsFields(QStringLiteral("c2s"), this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_browseCa(new QPushButton(this))
    , m_strict(new QCheckBox(this))
    , m_insecureCredentials(new QCheckBox(this))
    , m_insecureWarning(new QLabel(this))
    , m_sendTo(new QLineEdit(this))
    , m_ping(new QLineEdit(this))
    , m_body(new QLineEdit(this))
    , m_roster(new QCheckBox(this))
    , m_allowPlaintext(new QCheckBox(this))
    , m_stay(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    setUpFields();
    layOutRows();
    connectFields();
    retranslate();
    validate();
}

void C2sForm::setUpFields()
{
    m_jid->setObjectName(QStringLiteral("jidEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setProperty("secret", true); // never in a saved profile
    m_host->setObjectName(QStringLiteral("c2sHostEdit"));
    m_port->setObjectName(QStringLiteral("c2sPortSpin"));
    m_tls->setObjectName(QStringLiteral("c2sTlsCombo"));
    m_caFile->setObjectName(QStringLiteral("c2sCaEdit"));
    m_browseCa->setObjectName(QStringLiteral("c2sCaBrowse"));
    m_strict->setObjectName(QStringLiteral("c2sStrictCheck"));
    m_insecureCredentials->setObjectName(QStringLiteral("insecureCredentialsCheck"));
    // An opt-in that weakens what protects the password holds for this session only.
    m_insecureCredentials->setProperty("notSaved", true);
    m_insecureWarning->setObjectName(QStringLiteral("insecureCredentialsWarning"));
    m_insecureWarning->setVisible(false);
    m_sendTo->setObjectName(QStringLiteral("sendToEdit"));
    m_ping->setObjectName(QStringLiteral("pingJidEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_roster->setObjectName(QStringLiteral("rosterCheck"));
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintextCheck"));
    m_password->setEchoMode(QLineEdit::Password);
    m_port->setRange(0, 65535);
    m_stay->setObjectName(QStringLiteral("stayOnlineSpin"));
    m_stay->setRange(0, 24 * 3600);
    for (int i = 0; i < 4; ++i)
        m_tls->addItem(QString());
    m_message->setObjectName(QStringLiteral("c2sFormMessage"));
    m_message->setWordWrap(true);
    showAsWarning(m_message);
    showAsWarning(m_insecureWarning);
}

void C2sForm::layOutRows()
{
    auto *form = new QFormLayout(this);
    form->addRow(m_labels[0], m_jid);
    form->addRow(m_labels[1], m_password);
    form->addRow(m_labels[2], m_host);
    form->addRow(m_labels[3], m_port);
    m_dns->addRows(form);
    form->addRow(m_labels[4], m_tls);
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_browseCa);
    form->addRow(m_labels[8], ca);
    form->addRow(QString(), m_strict);
    form->addRow(QString(), m_insecureCredentials);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(QString(), m_roster);
    form->addRow(m_labels[5], m_sendTo);
    form->addRow(QString(), m_body);
    form->addRow(m_labels[6], m_ping);
    form->addRow(m_labels[7], m_stay);
    form->addRow(QString(), m_allowPlaintext);
    form->addRow(m_message);
}

void C2sForm::connectFields()
{
    for (QLineEdit *e : {m_jid, m_password, m_host, m_caFile, m_sendTo, m_ping, m_body})
        connect(e, &QLineEdit::textChanged, this, &C2sForm::validate);
    connect(m_browseCa, &QPushButton::clicked, this, &C2sForm::browseCa);
    connect(m_insecureCredentials, &QCheckBox::toggled, m_insecureWarning, &QWidget::setVisible);
    // Strict TLS ends the session at a certificate problem, so the opt-in has nothing to do.
    connect(m_strict, &QCheckBox::toggled, this, [this](bool strict) {
        if (strict)
            m_insecureCredentials->setChecked(false);
        m_insecureCredentials->setEnabled(!strict);
    });
    connect(m_dns, &DnsFields::changed, this, &C2sForm::validate);
}

void C2sForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void C2sForm::retranslate()
{
    const QString texts[] = {tr("&Account (JID):"), tr("&Password:"),    tr("&Host (optional):"),
                             tr("P&ort:"),          tr("T&LS:"),         tr("&Message to:"),
                             tr("P&ing JID:"),      tr("Stay o&nline:"), tr("&CA file:")};
    QWidget *buddies[] = {m_jid,    m_password, m_host, m_port,  m_tls,
                          m_sendTo, m_ping,     m_stay, m_caFile};
    for (int i = 0; i < 9; ++i) {
        m_labels[i]->setText(texts[i]);
        m_labels[i]->setBuddy(buddies[i]);
    }
    m_jid->setPlaceholderText(tr("user@example.org"));
    m_dns->retranslate();
    m_password->setPlaceholderText(tr("used for this session only; never saved or recorded"));
    m_port->setSpecialValueText(tr("default (5222, 5223 for direct TLS)"));
    SessionForm::setTlsItemTexts(m_tls);
    m_host->setPlaceholderText(tr("empty: the domain's SRV records (DNS)"));
    m_caFile->setPlaceholderText(tr("optional: PEM file of extra trust anchors"));
    m_browseCa->setText(tr("&Browse…"));
    m_strict->setText(tr("Abort on certificate errors"));
    m_insecureCredentials->setText(
        tr("Send credentials even to a server whose certificate failed verification"));
    // One line (a wrapped label in a form row does not get its height), the rest in the tip.
    m_insecureWarning->setText(
        tr("Warning: an attacker in the middle would get the password (PLAIN) or a SCRAM proof."));
    const QString why =
        tr("Whoever holds the certificate the server presented, possibly an attacker in the "
           "middle, gets the password (PLAIN) or a SCRAM proof to attack offline. For this "
           "session only; never saved in a profile.");
    m_insecureWarning->setToolTip(why);
    m_insecureCredentials->setToolTip(why);
    m_roster->setText(tr("Fetch the roster"));
    m_sendTo->setPlaceholderText(tr("optional: a JID to send a message to"));
    m_body->setPlaceholderText(tr("the message text"));
    m_ping->setPlaceholderText(tr("optional: any JID, e.g. a remote domain (federation test)"));
    m_allowPlaintext->setText(tr("Allow PLAIN without TLS (sends the password in the clear)"));
    m_stay->setSpecialValueText(tr("no: log out after the actions"));
    m_stay->setSuffix(tr(" s"));
    m_stay->setToolTip(tr("Send presence and stay online this long, recording what arrives; "
                          "stanzas can be sent from the Console tab meanwhile."));
    validate();
}

void C2sForm::validate()
{
    // What only a form has (files to read) is checked here; the session's own rules by
    // Specifications::check(), as for the CLI.
    QString problem;
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFile::exists(ca))
        problem = tr("CA file: %1 does not exist.").arg(ca);
    else if (!ca.isEmpty() && QSslCertificate::fromPath(ca).isEmpty())
        problem = tr("CA file: %1 contains no PEM certificate.").arg(ca);
    DnsSettings dns;
    if (problem.isEmpty())
        problem = m_dns->read(&dns);
    C2sOptions o = read();
    const Specifications::Problem rules = Specifications::check(&o, formFieldName);
    // The account and password first, as the form reads from the top.
    const bool topFirst = !rules.isEmpty() && (rules.field == Specifications::Field::Jid ||
                                               rules.field == Specifications::Field::Password);
    if (problem.isEmpty() || topFirst)
        problem = rules.text;
    const bool changed = problem != m_problem;
    m_problem = problem;
    m_message->setText(problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}

void C2sForm::browseCa()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA file"), m_caFile->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

C2sOptions C2sForm::options() const
{
    C2sOptions o = read();
    Specifications::check(&o, formFieldName); // the addresses in their normal form
    return o;
}

C2sOptions C2sForm::read() const
{
    C2sOptions o;
    o.timeoutMs = Preferences::load().timeoutSeconds * 1000;
    o.jid = m_jid->text().trimmed();
    o.password = m_password->text();
    o.passwordSource = QStringLiteral("the form");
    o.host = m_host->text().trimmed();
    o.port = quint16(m_port->value());
    m_dns->read(&o.dns);
    const S2sOptions::Tls modes[] = {S2sOptions::Tls::Auto, S2sOptions::Tls::StartTls,
                                     S2sOptions::Tls::Direct, S2sOptions::Tls::None};
    o.tls = modes[qBound(0, m_tls->currentIndex(), 3)];
    o.roster = m_roster->isChecked();
    o.sendTo = m_sendTo->text().trimmed();
    o.body = m_body->text();
    o.pingJid = m_ping->text().trimmed();
    o.allowPlaintext = m_allowPlaintext->isChecked();
    o.caFile = m_caFile->text().trimmed();
    if (!o.caFile.isEmpty())
        o.extraCa = QSslCertificate::fromPath(o.caFile);
    o.strictTls = m_strict->isChecked();
    o.insecureCredentials = m_insecureCredentials->isChecked();
    o.stayMs = m_stay->value() * 1000;
    return o;
}

} // namespace Inspector
