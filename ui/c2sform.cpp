// SPDX-License-Identifier: GPL-3.0-or-later
#include "c2sform.h"

#include "dnsfields.h"
#include "fieldnames.h"
#include "filefield.h"
#include "preferences.h"
#include "sessionform.h"

#include "run/specification.h"
#include "session/clientsasl.h"
#include "xml/namespaces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Inspector {

namespace {
constexpr int MaxSeconds = 86400;
} // namespace

C2sForm::C2sForm(QWidget *parent)
    : QWidget(parent)
    , m_accountBox(new QGroupBox(this))
    , m_connection(new QGroupBox(this))
    , m_dnsBox(new QGroupBox(this))
    , m_tlsBox(new QGroupBox(this))
    , m_actions(new QGroupBox(this))
    , m_jid(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_probe(new QCheckBox(this))
    , m_resource(new QLineEdit(this))
    , m_mechanism(new QComboBox(this))
    , m_minIterations(new QSpinBox(this))
    , m_allowPlaintext(new QCheckBox(this))
    , m_webSocket(new QLineEdit(this))
    , m_bosh(new QLineEdit(this))
    , m_origin(new QLineEdit(this))
    , m_probeAll(new QCheckBox(this))
    , m_routes(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_dns(new DnsFields(QStringLiteral("c2s"), this))
    , m_tls(new QComboBox(this))
    , m_ca(new FileField(QStringLiteral("c2sCaEdit"), FileField::Mode::OneFile, this))
    , m_strict(new QCheckBox(this))
    , m_insecureCredentials(new QCheckBox(this))
    , m_insecureWarning(new QLabel(this))
    , m_roster(new QCheckBox(this))
    , m_disco(new QCheckBox(this))
    , m_sendTo(new QLineEdit(this))
    , m_body(new QLineEdit(this))
    , m_ping(new QLineEdit(this))
    , m_send(new FileField(QStringLiteral("c2sSendEdit"), FileField::Mode::OneFile, this))
    , m_stay(new QSpinBox(this))
    , m_streamManagement(new QCheckBox(this))
    , m_smResumeTest(new QCheckBox(this))
    , m_message(new QLabel(this))
{
    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    setUpFields();
    layOutRows();
    connectFields();
    retranslate();
    followPath();
}

void C2sForm::setUpFields()
{
    m_jid->setObjectName(QStringLiteral("jidEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setProperty("secret", true); // never in a saved profile
    m_password->setEchoMode(QLineEdit::Password);
    m_probe->setObjectName(QStringLiteral("probeCheck"));
    m_resource->setObjectName(QStringLiteral("resourceEdit"));
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_mechanism->addItem(QString(), QString());
    for (const QString &m : ClientSasl::mechanisms())
        m_mechanism->addItem(m, m);
    m_minIterations->setObjectName(QStringLiteral("minScramIterationsSpin"));
    m_minIterations->setRange(1, 10000000);
    m_minIterations->setValue(ClientSasl::DefaultMinIterations);
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintextCheck"));
    m_webSocket->setObjectName(QStringLiteral("c2sWebSocketEdit"));
    m_bosh->setObjectName(QStringLiteral("c2sBoshEdit"));
    m_origin->setObjectName(QStringLiteral("c2sOriginEdit"));
    m_probeAll->setObjectName(QStringLiteral("c2sProbeAllCheck"));
    m_routes->setObjectName(QStringLiteral("c2sResolveEdit"));
    m_host->setObjectName(QStringLiteral("c2sHostEdit"));
    m_port->setObjectName(QStringLiteral("c2sPortSpin"));
    m_port->setRange(0, 65535);
    m_timeout->setObjectName(QStringLiteral("c2sTimeoutSpin"));
    m_timeout->setRange(1, MaxSeconds);
    m_timeout->setValue(Preferences::load().timeoutSeconds);
    m_tls->setObjectName(QStringLiteral("c2sTlsCombo"));
    for (int i = 0; i < 4; ++i)
        m_tls->addItem(QString());
    m_strict->setObjectName(QStringLiteral("c2sStrictCheck"));
    m_insecureCredentials->setObjectName(QStringLiteral("insecureCredentialsCheck"));
    // An opt-in that weakens what protects the password holds for this session only.
    m_insecureCredentials->setProperty("notSaved", true);
    m_allowPlaintext->setProperty("notSaved", true);
    m_insecureWarning->setObjectName(QStringLiteral("insecureCredentialsWarning"));
    m_insecureWarning->setVisible(false);
    m_roster->setObjectName(QStringLiteral("rosterCheck"));
    m_disco->setObjectName(QStringLiteral("c2sDiscoCheck"));
    m_sendTo->setObjectName(QStringLiteral("sendToEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_ping->setObjectName(QStringLiteral("pingJidEdit"));
    m_stay->setObjectName(QStringLiteral("stayOnlineSpin"));
    m_stay->setRange(0, MaxSeconds);
    m_streamManagement->setObjectName(QStringLiteral("streamManagementCheck"));
    m_streamManagement->setChecked(true);
    m_smResumeTest->setObjectName(QStringLiteral("smResumeTestCheck"));
    m_message->setObjectName(QStringLiteral("c2sFormMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    showAsWarning(m_message);
    showAsWarning(m_insecureWarning);
    QWidget *const buddies[] = {m_jid,           m_password,     m_resource, m_mechanism,
                                m_minIterations, m_webSocket,    m_bosh,     m_origin,
                                m_routes,        m_host,         m_port,     m_timeout,
                                m_tls,           m_ca->edit(),   m_sendTo,   m_body,
                                m_ping,          m_send->edit(), m_stay};
    static_assert(std::size(buddies) == LabelCount);
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setBuddy(buddies[i]);
}

void C2sForm::layOutRows()
{
    // Two columns of groups, so that every option fits on a 1280×800 screen; the check boxes,
    // whose texts are long, span their group.
    auto *account = new QFormLayout(m_accountBox);
    account->addRow(m_labels[Account], m_jid);
    account->addRow(m_labels[Password], m_password);
    account->addRow(m_probe);
    account->addRow(m_labels[Resource], m_resource);
    account->addRow(m_labels[Mechanism], m_mechanism);
    account->addRow(m_labels[MinIterations], m_minIterations);
    account->addRow(m_allowPlaintext);
    auto *connection = new QFormLayout(m_connection);
    for (Label l : {WebSocket, Bosh})
        connection->addRow(m_labels[l], m_labels[l]->buddy());
    // The host and its port on one line, as an address is written.
    auto *address = new QHBoxLayout;
    address->addWidget(m_host, 3);
    address->addWidget(m_labels[Port]);
    address->addWidget(m_port, 2);
    connection->addRow(m_labels[Host], address);
    connection->addRow(m_labels[Timeout], m_timeout);
    m_dns->addRows(new QFormLayout(m_dnsBox));
    auto *tls = new QFormLayout(m_tlsBox);
    tls->addRow(m_labels[Tls], m_tls);
    tls->addRow(m_labels[Ca], m_ca);
    tls->addRow(m_labels[Routes], m_routes);
    tls->addRow(m_labels[Origin], m_origin);
    tls->addRow(m_strict);
    tls->addRow(m_insecureCredentials);
    tls->addRow(m_insecureWarning);
    auto *actions = new QFormLayout(m_actions);
    actions->addRow(m_disco);
    actions->addRow(m_roster);
    for (Label l : {SendTo, Body, Ping})
        actions->addRow(m_labels[l], m_labels[l]->buddy());
    actions->addRow(m_labels[Send], m_send);
    actions->addRow(m_labels[Stay], m_stay);
    actions->addRow(m_streamManagement);
    actions->addRow(m_smResumeTest);
    actions->addRow(m_probeAll);

    auto *left = new QVBoxLayout;
    left->addWidget(m_accountBox);
    left->addWidget(m_connection);
    left->addWidget(m_dnsBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_tlsBox);
    right->addWidget(m_actions);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
}

void C2sForm::connectFields()
{
    for (QLineEdit *e : {m_jid, m_password, m_resource, m_webSocket, m_bosh, m_origin, m_routes,
                         m_host, m_sendTo, m_ping, m_body})
        connect(e, &QLineEdit::textChanged, this, &C2sForm::validate);
    connect(m_webSocket, &QLineEdit::textChanged, this, &C2sForm::followPath);
    connect(m_bosh, &QLineEdit::textChanged, this, &C2sForm::followPath);
    connect(m_probeAll, &QCheckBox::toggled, this, &C2sForm::followPath);
    for (FileField *f : {m_ca, m_send})
        connect(f, &FileField::changed, this, &C2sForm::validate);
    for (QCheckBox *c : {m_probe, m_allowPlaintext, m_roster, m_disco, m_streamManagement,
                         m_smResumeTest, m_probeAll})
        connect(c, &QCheckBox::toggled, this, &C2sForm::validate);
    for (QSpinBox *s : {m_minIterations, m_port, m_timeout, m_stay})
        connect(s, &QSpinBox::valueChanged, this, &C2sForm::validate);
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
    const QString texts[] = {tr("&Account (JID):"),
                             tr("Pass&word:"),
                             tr("R&esource:"),
                             tr("Mechan&ism:"),
                             tr("Minim&um SCRAM iterations:"),
                             tr("WebSoc&ket URL:"),
                             tr("&BOSH URL:"),
                             tr("Web page ori&gin:"),
                             tr("HTTPS b&y way of:"),
                             tr("&Host (optional):"),
                             tr("Po&rt:"),
                             tr("Step &timeout:"),
                             tr("T&LS:"),
                             tr("&CA file:"),
                             tr("&Message to:"),
                             tr("Message te&xt:"),
                             tr("Ping &JID:"),
                             tr("Stan&zas file:"),
                             tr("Stay &online:")};
    static_assert(std::size(texts) == LabelCount);
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(texts[i]);
    m_accountBox->setTitle(tr("Account"));
    m_connection->setTitle(tr("Server"));
    m_dnsBox->setTitle(tr("DNS (without a host)"));
    m_tlsBox->setTitle(tr("TLS"));
    m_actions->setTitle(tr("After logging in"));
    m_jid->setPlaceholderText(tr("user@example.org"));
    m_password->setPlaceholderText(tr("used for this session only; never saved or recorded"));
    m_probe->setText(tr("Probe only: read the features, no login (no password)"));
    m_resource->setPlaceholderText(tr("empty: inspector"));
    m_mechanism->setItemText(0, tr("The strongest offered"));
    m_port->setSpecialValueText(tr("default"));
    m_port->setToolTip(tr("The default: 5222, or 5223 with direct TLS."));
    m_timeout->setSuffix(tr(" s"));
    m_dns->retranslate();
    SessionForm::setTlsItemTexts(m_tls);
    m_host->setPlaceholderText(tr("empty: the domain's SRV records (DNS)"));
    m_webSocket->setPlaceholderText(tr("empty: TCP; or wss://host/xmpp-websocket"));
    m_bosh->setPlaceholderText(tr("empty: TCP; or https://host/http-bind"));
    m_origin->setPlaceholderText(tr("optional: the web client's, e.g. https://app.example"));
    m_probeAll->setText(tr("Try every path (SRV targets, WebSocket, BOSH)"));
    m_routes->setPlaceholderText(tr("optional: NAME:443:HOST:PORT, … (host-meta)"));
    m_ca->edit()->setPlaceholderText(tr("optional: PEM file of extra trust anchors"));
    m_ca->setDialogTexts(tr("CA file"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    m_strict->setText(tr("Abort on certificate errors"));
    m_insecureCredentials->setText(
        tr("Send credentials even to a server whose certificate failed verification"));
    // One line (a wrapped label in a form row does not get its height), the rest in the tip.
    m_insecureWarning->setText(
        tr("Warning: an attacker in the middle would get the password (PLAIN) or a SCRAM proof."));
    m_roster->setText(tr("Fetch the roster"));
    m_disco->setText(tr("Ask what the server offers (service discovery)"));
    m_sendTo->setPlaceholderText(tr("optional: a JID to send a message to"));
    m_body->setPlaceholderText(tr("the message text"));
    m_ping->setPlaceholderText(tr("optional: any JID, e.g. a remote domain (federation test)"));
    m_send->setDialogTexts(tr("Stanzas to send"), tr("XML files (*.xml);;All files (*)"));
    m_send->edit()->setPlaceholderText(tr("optional: XML stanzas sent after binding"));
    m_allowPlaintext->setText(tr("Allow PLAIN without TLS (sends the password in the clear)"));
    m_stay->setSpecialValueText(tr("no: log out after the actions"));
    m_stay->setSuffix(tr(" s"));
    m_streamManagement->setText(tr("Stream management (XEP-0198) when offered"));
    m_smResumeTest->setText(tr("Test resumption: drop the connection and resume"));
    retranslateTips();
    nameFields(this);
    validate();
}

void C2sForm::followPath()
{
    // A WebSocket or BOSH URL, or every path found, says where to connect.
    const bool all = m_probeAll->isChecked();
    const bool webSocket = !m_webSocket->text().trimmed().isEmpty();
    const bool bosh = !m_bosh->text().trimmed().isEmpty();
    const bool tcp = !webSocket && !bosh && !all;
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_tls)})
        w->setEnabled(tcp);
    m_dnsBox->setEnabled(!webSocket && !bosh);
    m_webSocket->setEnabled(!all && !bosh);
    m_bosh->setEnabled(!all && !webSocket);
    m_origin->setEnabled(webSocket || bosh || all);
    m_routes->setEnabled(all);
}

void C2sForm::retranslateTips()
{
    const QString why =
        tr("Whoever holds the certificate the server presented, possibly an attacker in the "
           "middle, gets the password (PLAIN) or a SCRAM proof to attack offline. For this "
           "session only; never saved in a profile.");
    m_insecureWarning->setToolTip(why);
    m_insecureCredentials->setToolTip(why);
    m_probe->setToolTip(tr("Read the stream features before TLS and after it, then close: "
                           "nothing is sent that needs a password."));
    m_mechanism->setToolTip(tr("-PLUS: SCRAM with tls-server-end-point channel binding."));
    m_minIterations->setToolTip(tr("Refuse a SCRAM iteration count below this (RFC 7677 §4)."));
    m_probeAll->setToolTip(
        tr("Find every path a client may take (the SRV targets, then the endpoints of the "
           "domain's host-meta, XEP-0156) and try each: probed, or logged in on with a "
           "password; each with its outcome, TLS and the time to the features."));
    m_routes->setToolTip(tr("Where HTTPS connections for a name and port go instead (a test "
                            "server); the name is still the one verified."));
    m_webSocket->setToolTip(
        tr("Log in over WebSocket (RFC 7395), as a web client does: the URL's host is dialled "
           "and its certificate verified; host, port, TLS mode and DNS do not apply."));
    m_bosh->setToolTip(
        tr("Log in over BOSH (XEP-0206), as older web clients do: each HTTP request and "
           "response is recorded with its timing; no -PLUS mechanism over several "
           "connections. Host, port, TLS mode and DNS do not apply."));
    m_origin->setToolTip(
        tr("Send this Origin as a browser would for a web client on that page (WebSocket "
           "handshake, BOSH requests), and check the BOSH preflight and responses as the "
           "browser would (CORS)."));
    m_stay->setToolTip(tr("Send presence and stay online this long, recording what arrives; "
                          "stanzas can be sent from the Console tab meanwhile."));
    m_disco->setToolTip(tr("Service discovery of the server and of the account: message "
                           "carbons, the message archive, every feature explained, and the "
                           "server's entity capabilities hash checked (XEP-0030, XEP-0115)."));
    m_streamManagement->setToolTip(
        tr("Enable it after binding, answer the server's acknowledgement requests, and check "
           "before closing that the server counted every stanza sent."));
    m_smResumeTest->setToolTip(
        tr("Log in, enable stream management with resumption, send a message to yourself, "
           "drop TCP without closing the stream, then log in again and resume: what was sent "
           "again, and whether the message arrived exactly once (XEP-0198 §5)."));
}

QString C2sForm::read(C2sOptions *o) const
{
    // What only a form has (files to read) is checked here; the session's own rules by
    // Specifications::check(), as for the CLI. The first problem is kept.
    QString problem;
    const auto keep = [&problem](const QString &p) {
        if (problem.isEmpty())
            problem = p;
    };
    o->jid = m_jid->text().trimmed();
    o->password = m_password->text();
    o->passwordSource = QStringLiteral("the form");
    o->probe = m_probe->isChecked();
    if (!m_resource->text().trimmed().isEmpty())
        o->resource = m_resource->text().trimmed();
    o->mechanism = m_mechanism->currentData().toString();
    o->minScramIterations = m_minIterations->value();
    o->allowPlaintext = m_allowPlaintext->isChecked();
    o->webSocket = QUrl(m_webSocket->text().trimmed(), QUrl::StrictMode);
    o->bosh = QUrl(m_bosh->text().trimmed(), QUrl::StrictMode);
    // Only where it applies: a field that cannot be edited does not stop the form.
    o->origin = m_origin->isEnabled() ? m_origin->text().trimmed() : QString();
    o->probeAll = m_probeAll->isChecked();
    for (const QString &r : m_routes->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        PortRoute route;
        QString why;
        if (PortRoute::parse(r.trimmed(), &route, &why))
            o->routes.append(route);
        else
            keep(tr("HTTPS via: '%1' is not NAME:PORT:HOST:PORT.").arg(r.trimmed()));
    }
    if (!o->routes.isEmpty() && !o->probeAll)
        keep(tr("HTTPS via applies when every path is tried (host-meta)."));
    o->host = m_host->text().trimmed();
    o->port = quint16(m_port->value());
    o->timeoutMs = m_timeout->value() * 1000;
    keep(m_dns->read(&o->dns));
    if (!o->webUrl().isEmpty() && (!o->host.isEmpty() || m_dns->asksDns() || o->port))
        keep(tr("Host, port and DNS do not apply with a WebSocket or BOSH URL: it says where "
                "to connect."));
    if (!o->host.isEmpty() && m_dns->asksDns())
        keep(tr("DNS server and trust anchors apply without a host: DNS is not asked when the "
                "host says where to connect."));
    o->tls = SessionForm::tlsMode(m_tls->currentIndex());
    o->caFile = m_ca->path();
    if (!o->caFile.isEmpty())
        keep(FileField::readCertificates(o->caFile, tr("CA file"), &o->extraCa));
    o->strictTls = m_strict->isChecked();
    o->insecureCredentials = m_insecureCredentials->isChecked();
    o->roster = m_roster->isChecked();
    o->disco = m_disco->isChecked();
    o->sendTo = m_sendTo->text().trimmed();
    o->body = m_body->text();
    o->pingJid = m_ping->text().trimmed();
    o->stanzasFile = m_send->path();
    if (!o->stanzasFile.isEmpty())
        keep(FileField::readStanzas(o->stanzasFile, Ns::Client, tr("Stanzas file"), &o->stanzas));
    o->stayMs = m_stay->value() * 1000;
    o->streamManagement = m_streamManagement->isChecked();
    o->smResumeTest = m_smResumeTest->isChecked();
    return problem;
}

void C2sForm::validate()
{
    C2sOptions o;
    QString problem = read(&o);
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

C2sOptions C2sForm::options() const
{
    C2sOptions o;
    read(&o);
    Specifications::check(&o, formFieldName); // the addresses in their normal form
    return o;
}

void C2sForm::setOptions(const C2sOptions &c)
{
    m_jid->setText(c.jid);
    m_probe->setChecked(c.probe);
    m_resource->setText(c.resource);
    if (!c.mechanism.isEmpty() && m_mechanism->findData(c.mechanism) < 0)
        m_mechanism->addItem(c.mechanism, c.mechanism); // one this client does not know
    m_mechanism->setCurrentIndex(qMax(0, m_mechanism->findData(c.mechanism)));
    m_minIterations->setValue(c.minScramIterations);
    // Opt-ins that expose the password are given again for each session.
    m_allowPlaintext->setChecked(false);
    m_insecureCredentials->setChecked(false);
    m_webSocket->setText(c.webSocket.toString());
    m_bosh->setText(c.bosh.toString());
    m_origin->setText(c.origin);
    m_probeAll->setChecked(c.probeAll);
    QStringList routes;
    for (const PortRoute &r : c.routes)
        routes << r.toString();
    m_routes->setText(routes.join(QStringLiteral(", ")));
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_timeout->setValue(qMax(1, qRound(c.timeoutMs / 1000.0)));
    m_dns->write(c.dns);
    m_tls->setCurrentIndex(SessionForm::tlsIndex(c.tls));
    m_ca->edit()->setText(c.caFile);
    m_strict->setChecked(c.strictTls);
    m_roster->setChecked(c.roster);
    m_disco->setChecked(c.disco);
    m_sendTo->setText(c.sendTo);
    m_body->setText(c.body);
    m_ping->setText(c.pingJid);
    m_send->edit()->setText(c.stanzasFile);
    m_stay->setValue(qRound(c.stayMs / 1000.0));
    m_streamManagement->setChecked(c.streamManagement);
    m_smResumeTest->setChecked(c.smResumeTest);
    validate();
}

} // namespace Inspector
