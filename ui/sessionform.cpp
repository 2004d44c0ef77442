// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionform.h"

#include "dnsfields.h"
#include "fieldnames.h"
#include "preferences.h"

#include "net/identity.h"
#include "protocol/jid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Inspector {

namespace {
enum LabelIndex {
    From,
    To,
    Host,
    Port,
    Tls,
    Timeout,
    Auth,
    Authoritative,
    Secret,
    Cert,
    Key,
    Stay
};
}

SessionForm::SessionForm(QWidget *parent)
    : QWidget(parent)
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_dns(new DnsFields(QString(), this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_strict(new QCheckBox(this))
    , m_auth(new QComboBox(this))
    , m_authoritative(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_cert(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_bidi(new QCheckBox(this))
    , m_ping(new QCheckBox(this))
    , m_disco(new QCheckBox(this))
    , m_version(new QCheckBox(this))
    , m_stay(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    setUpFields();
    layOutRows();
    for (QLineEdit *e : {m_from, m_to, m_host, m_authoritative, m_secret, m_cert, m_key})
        connect(e, &QLineEdit::textChanged, this, &SessionForm::validate);
    for (QCheckBox *c : {m_bidi, m_ping, m_disco, m_version})
        connect(c, &QCheckBox::toggled, this, &SessionForm::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &SessionForm::validate);
    connect(m_dns, &DnsFields::changed, this, &SessionForm::validate);
    retranslate();
    validate();
}

void SessionForm::setUpFields()
{
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_authoritative->setObjectName(QStringLiteral("authoritativeEdit"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setProperty("secret", true); // never in a saved profile
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_strict->setObjectName(QStringLiteral("strictCheck"));
    m_disco->setObjectName(QStringLiteral("discoCheck"));
    m_version->setObjectName(QStringLiteral("versionCheck"));
    m_cert->setObjectName(QStringLiteral("certEdit"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_ping->setObjectName(QStringLiteral("pingCheck"));
    m_bidi->setObjectName(QStringLiteral("bidiCheck"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_port->setRange(0, 65535);
    m_timeout->setRange(1, 3600);
    m_stay->setObjectName(QStringLiteral("stayOpenSpin"));
    m_stay->setRange(0, 24 * 3600);
    m_timeout->setValue(Preferences::load().timeoutSeconds);
    m_secret->setEchoMode(QLineEdit::Password);
    for (int i = 0; i < 4; ++i)
        m_tls->addItem(QString());
    for (int i = 0; i < 4; ++i)
        m_auth->addItem(QString());
    m_message->setWordWrap(true);
    // Room for two lines from the start: the tab page does not grow when a longer message
    // wraps (a tab widget passes no height-for-width), so it would be cut off.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    showAsWarning(m_message);
}

void SessionForm::layOutRows()
{
    auto *form = new QFormLayout(this);
    form->addRow(m_labels[From], m_from);
    form->addRow(m_labels[To], m_to);
    form->addRow(m_labels[Host], m_host);
    form->addRow(m_labels[Port], m_port);
    m_dns->addRows(form);
    form->addRow(m_labels[Tls], m_tls);
    form->addRow(QString(), m_strict);
    form->addRow(m_labels[Timeout], m_timeout);
    form->addRow(m_labels[Auth], m_auth);
    form->addRow(m_labels[Authoritative], m_authoritative);
    form->addRow(m_labels[Secret], m_secret);
    form->addRow(m_labels[Cert], m_cert);
    form->addRow(m_labels[Key], m_key);
    form->addRow(QString(), m_bidi);
    auto *queries = new QHBoxLayout;
    queries->addWidget(m_ping);
    queries->addWidget(m_disco);
    queries->addWidget(m_version);
    form->addRow(QString(), queries);
    form->addRow(m_labels[Stay], m_stay);
    form->addRow(m_message);
}

void SessionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionForm::retranslate()
{
    const QString texts[] = {tr("&From domain:"),
                             tr("&To domain:"),
                             tr("&Host (optional):"),
                             tr("&Port:"),
                             tr("T&LS:"),
                             tr("Step &timeout:"),
                             tr("&Authentication:"),
                             tr("Authoritative &listener:"),
                             tr("Dialback &secret:"),
                             tr("&Certificate (PEM):"),
                             tr("Private &key (PEM):"),
                             tr("Stay &open:")};
    QWidget *buddies[] = {m_from,          m_to,     m_host, m_port, m_tls, m_timeout, m_auth,
                          m_authoritative, m_secret, m_cert, m_key,  m_stay};
    for (int i = 0; i < 12; ++i) {
        m_labels[i]->setText(texts[i]);
        m_labels[i]->setBuddy(buddies[i]);
    }
    m_port->setSpecialValueText(tr("default (5269, 5270 for direct TLS)"));
    setTlsItemTexts(m_tls);
    m_auth->setItemText(0, tr("None: probe only"));
    m_auth->setItemText(1, tr("Automatic (EXTERNAL if offered, else dialback)"));
    m_auth->setItemText(2, tr("Server Dialback"));
    m_auth->setItemText(3, tr("SASL EXTERNAL"));
    m_timeout->setSuffix(tr(" s"));
    m_stay->setSuffix(tr(" s"));
    m_stay->setSpecialValueText(tr("no: close after the queries"));
    m_stay->setToolTip(tr("Keep the authenticated stream open this long after the queries; "
                          "stanzas can be sent from the Console tab meanwhile."));
    m_strict->setText(tr("Abort on certificate errors"));
    m_ping->setText(tr("Ping"));
    m_bidi->setText(tr("Bidirectional stream (XEP-0288) where offered"));
    m_bidi->setToolTip(tr("Ask the remote to send its replies and requests back on this stream; "
                          "they count only for the domain pair it is authenticated for."));
    m_disco->setText(tr("Disco"));
    m_version->setText(tr("Software version"));
    m_from->setPlaceholderText(tr("e.g. inspector.example"));
    m_to->setPlaceholderText(tr("e.g. example.org"));
    m_host->setPlaceholderText(tr("address or name; empty: the To domain"));
    m_dns->retranslate();
    m_authoritative->setPlaceholderText(
        tr("IP:PORT where the remote connects back, e.g. 0.0.0.0:5269"));
    m_secret->setPlaceholderText(tr("your server's dialback secret; not saved"));
    m_secret->setToolTip(tr("Keys made with your server's secret verify when the remote asks "
                            "your real server. The secret is never recorded or saved."));
    validate();
}

void SessionForm::validate()
{
    // What only a form has (text to read, files to load) is checked here; the session's own
    // rules by Specifications::check(), as for the CLI.
    QString problem;
    S2sOptions o;
    const S2sOptions::Auth auths[] = {S2sOptions::Auth::None, S2sOptions::Auth::Auto,
                                      S2sOptions::Auth::Dialback, S2sOptions::Auth::External};
    o.auth = auths[qBound(0, m_auth->currentIndex(), 3)];
    o.from = m_from->text().trimmed();
    o.to = m_to->text().trimmed();
    o.host = m_host->text().trimmed();
    problem = m_dns->read(&o.dns);
    if (problem.isEmpty() && !m_authoritative->text().trimmed().isEmpty()) {
        QString why;
        if (!HostPort::parse(m_authoritative->text().trimmed(), &o.authoritative, &why))
            problem = tr("Authoritative listener: %1").arg(why);
    }
    if (problem.isEmpty() && (!m_cert->text().isEmpty() || !m_key->text().isEmpty())) {
        QString why;
        if (m_cert->text().isEmpty() || m_key->text().isEmpty())
            problem = tr("Give both the certificate and the key file.");
        else if (!Identity::load(m_cert->text().trimmed(), m_key->text().trimmed(), &o.certificate,
                                 &o.privateKey, &why))
            problem = why;
        o.certificateFile = m_cert->text().trimmed();
    }
    o.dialbackSecret = m_secret->text().toUtf8();
    o.bidi = m_bidi->isChecked();
    o.ping = m_ping->isChecked();
    o.disco = m_disco->isChecked();
    o.softwareVersion = m_version->isChecked();
    o.port = quint16(m_port->value());
    const S2sOptions::Tls modes[] = {S2sOptions::Tls::Auto, S2sOptions::Tls::StartTls,
                                     S2sOptions::Tls::Direct, S2sOptions::Tls::None};
    o.tls = modes[qBound(0, m_tls->currentIndex(), 3)];
    o.timeoutMs = m_timeout->value() * 1000;
    o.stayMs = m_stay->value() * 1000;
    o.strictTls = m_strict->isChecked();
    // The fields at the top first, as the form reads.
    const Specifications::Problem rules = Specifications::check(&o, formFieldName);
    using F = Specifications::Field;
    const bool topFirst = !rules.isEmpty() && (rules.field == F::From || rules.field == F::To ||
                                               rules.field == F::Host);
    if (problem.isEmpty() || topFirst)
        problem = rules.text;
    const bool changed = (problem.isEmpty() != m_problem.isEmpty()) || problem != m_problem;
    m_problem = problem;
    m_parsed = o;
    m_message->setText(problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}

void SessionForm::setTlsItemTexts(QComboBox *combo)
{
    combo->setItemText(0, tr("STARTTLS when offered"));
    combo->setItemText(1, tr("Require STARTTLS"));
    combo->setItemText(2, tr("Direct TLS (XEP-0368)"));
    combo->setItemText(3, tr("No TLS"));
}

S2sOptions SessionForm::options() const
{
    S2sOptions o = m_parsed;
    o.stayMs = m_stay->value() * 1000;
    o.timeoutMs = m_timeout->value() * 1000;
    o.strictTls = m_strict->isChecked();
    const S2sOptions::Tls modes[] = {S2sOptions::Tls::Auto, S2sOptions::Tls::StartTls,
                                     S2sOptions::Tls::Direct, S2sOptions::Tls::None};
    o.tls = modes[qBound(0, m_tls->currentIndex(), 3)];
    o.port = quint16(m_port->value());
    return o;
}

} // namespace Inspector
