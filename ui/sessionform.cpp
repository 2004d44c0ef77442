// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionform.h"

#include "dnsfields.h"
#include "fieldnames.h"
#include "filefield.h"
#include "preferences.h"

#include "net/identity.h"
#include "run/specification.h"
#include "trace/phases.h"
#include "xml/namespaces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

namespace Inspector {

namespace {
const S2sOptions::Tls TlsModes[] = {S2sOptions::Tls::Auto, S2sOptions::Tls::StartTls,
                                    S2sOptions::Tls::Direct, S2sOptions::Tls::None};
const S2sOptions::Auth AuthModes[] = {S2sOptions::Auth::None, S2sOptions::Auth::Auto,
                                      S2sOptions::Auth::Dialback, S2sOptions::Auth::External};
constexpr int MaxSeconds = 86400;

template<typename T, std::size_t N> int indexOf(const T (&values)[N], T value)
{
    return int(std::find(values, values + N, value) - values) % int(N);
}
} // namespace

SessionForm::SessionForm(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QGroupBox(this))
    , m_dnsBox(new QGroupBox(this))
    , m_tlsBox(new QGroupBox(this))
    , m_authBox(new QGroupBox(this))
    , m_after(new QGroupBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_resolve(new QLineEdit(this))
    , m_dns(new DnsFields(QString(), this))
    , m_timeout(new QSpinBox(this))
    , m_stopAfter(new QComboBox(this))
    , m_tls(new QComboBox(this))
    , m_strict(new QCheckBox(this))
    , m_ca(new FileField(QStringLiteral("caEdit"), FileField::Mode::OneFile, this))
    , m_auth(new QComboBox(this))
    , m_authoritative(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_cert(new FileField(QStringLiteral("certEdit"), FileField::Mode::OneFile, this))
    , m_key(new FileField(QStringLiteral("keyEdit"), FileField::Mode::OneFile, this))
    , m_bidi(new QCheckBox(this))
    , m_sm(new QCheckBox(this))
    , m_ping(new QCheckBox(this))
    , m_disco(new QCheckBox(this))
    , m_version(new QCheckBox(this))
    , m_send(new FileField(QStringLiteral("sendEdit"), FileField::Mode::OneFile, this))
    , m_stay(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    setUpFields();
    layOutRows();
    connectFields();
    retranslate();
}

void SessionForm::setUpFields()
{
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_resolve->setObjectName(QStringLiteral("resolveEdit"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_stopAfter->setObjectName(QStringLiteral("stopAfterCombo"));
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_authoritative->setObjectName(QStringLiteral("authoritativeEdit"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setProperty("secret", true); // never in a saved profile
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_strict->setObjectName(QStringLiteral("strictCheck"));
    m_disco->setObjectName(QStringLiteral("discoCheck"));
    m_version->setObjectName(QStringLiteral("versionCheck"));
    m_ping->setObjectName(QStringLiteral("pingCheck"));
    m_bidi->setObjectName(QStringLiteral("bidiCheck"));
    m_sm->setObjectName(QStringLiteral("s2sStreamManagementCheck"));
    m_sm->setChecked(true);
    m_stay->setObjectName(QStringLiteral("stayOpenSpin"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_port->setRange(0, 65535);
    m_timeout->setRange(1, MaxSeconds);
    m_stay->setRange(0, MaxSeconds);
    m_timeout->setValue(Preferences::load().timeoutSeconds);
    m_secret->setEchoMode(QLineEdit::Password);
    for (int i = 0; i < 4; ++i) {
        m_tls->addItem(QString());
        m_auth->addItem(QString());
    }
    m_stopAfter->addItem(QString(), QString());
    for (const QString &phase : Specifications::stopAfterPhases())
        m_stopAfter->addItem(QString(), phase);
    QWidget *const buddies[] = {m_from,         m_to,          m_host,          m_port,
                                m_resolve,      m_timeout,     m_stopAfter,     m_tls,
                                m_ca->edit(),   m_auth,        m_authoritative, m_secret,
                                m_cert->edit(), m_key->edit(), m_send->edit(),  m_stay};
    static_assert(std::size(buddies) == LabelCount);
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setBuddy(buddies[i]);
    m_message->setWordWrap(true);
    // Room for two lines from the start: the tab page does not grow when a longer message
    // wraps (a tab widget passes no height-for-width), so it would be cut off.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    showAsWarning(m_message);
}

void SessionForm::layOutRows()
{
    // Two columns of groups, so that every option fits on a 1280×800 screen: where to connect
    // and how names are found; then TLS, authentication and what follows it.
    auto *connection = new QFormLayout(m_connection);
    for (Label l : {From, To, Host, Port, Resolve, Timeout, StopAfter})
        connection->addRow(m_labels[l], m_labels[l]->buddy());
    m_dns->addRows(new QFormLayout(m_dnsBox));
    auto *tls = new QFormLayout(m_tlsBox);
    tls->addRow(m_labels[Tls], m_tls);
    tls->addRow(QString(), m_strict);
    tls->addRow(m_labels[Ca], m_ca);
    auto *auth = new QFormLayout(m_authBox);
    auth->addRow(m_labels[Auth], m_auth);
    auth->addRow(m_labels[Authoritative], m_authoritative);
    auth->addRow(m_labels[Secret], m_secret);
    auth->addRow(m_labels[Cert], m_cert);
    auth->addRow(m_labels[Key], m_key);
    auth->addRow(QString(), m_bidi);
    auth->addRow(QString(), m_sm);
    auto *after = new QFormLayout(m_after);
    auto *queries = new QHBoxLayout;
    queries->addWidget(m_ping);
    queries->addWidget(m_disco);
    queries->addWidget(m_version);
    queries->addStretch();
    after->addRow(QString(), queries);
    after->addRow(m_labels[Send], m_send);
    after->addRow(m_labels[Stay], m_stay);

    auto *left = new QVBoxLayout;
    left->addWidget(m_connection);
    left->addWidget(m_dnsBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_tlsBox);
    right->addWidget(m_authBox);
    right->addWidget(m_after);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
}

void SessionForm::connectFields()
{
    for (QLineEdit *e : {m_from, m_to, m_host, m_resolve, m_authoritative, m_secret})
        connect(e, &QLineEdit::textChanged, this, &SessionForm::validate);
    for (FileField *f : {m_ca, m_cert, m_key, m_send})
        connect(f, &FileField::changed, this, &SessionForm::validate);
    for (QCheckBox *c : {m_bidi, m_sm, m_ping, m_disco, m_version, m_strict})
        connect(c, &QCheckBox::toggled, this, &SessionForm::validate);
    for (QComboBox *c : {m_auth, m_tls, m_stopAfter})
        connect(c, &QComboBox::currentIndexChanged, this, &SessionForm::validate);
    for (QSpinBox *s : {m_port, m_timeout, m_stay})
        connect(s, &QSpinBox::valueChanged, this, &SessionForm::validate);
    connect(m_dns, &DnsFields::changed, this, &SessionForm::validate);
}

void SessionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionForm::retranslate()
{
    const QString texts[] = {tr("Fro&m domain:"),
                             tr("&To domain:"),
                             tr("&Host (optional):"),
                             tr("Po&rt:"),
                             tr("R&esolve:"),
                             tr("Step t&imeout:"),
                             tr("St&op after:"),
                             tr("T&LS:"),
                             tr("&CA file:"),
                             tr("A&uthentication:"),
                             tr("&Authoritative listener:"),
                             tr("Dial&back secret:"),
                             tr("O&wn certificate (PEM):"),
                             tr("Private &key (PEM):"),
                             tr("Stan&zas file:"),
                             tr("Sta&y open:")};
    static_assert(std::size(texts) == LabelCount);
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(texts[i]);
    m_connection->setTitle(tr("Connection"));
    m_dnsBox->setTitle(tr("DNS"));
    m_tlsBox->setTitle(tr("TLS"));
    m_authBox->setTitle(tr("Authentication"));
    m_after->setTitle(tr("After authentication"));
    m_port->setSpecialValueText(tr("default (5269, 5270 for direct TLS)"));
    m_resolve->setPlaceholderText(tr("DOMAIN:HOST:PORT, … instead of DNS"));
    m_resolve->setToolTip(
        tr("Where to reach a domain instead of what DNS says, like curl's --resolve: the To "
           "domain itself (without a host), or a domain the remote is verified at. Several "
           "entries are separated by spaces or commas; an IPv6 address is written "
           "[::1]:5269."));
    setTlsItemTexts(m_tls);
    m_auth->setItemText(0, tr("None: probe only"));
    m_auth->setItemText(1, tr("Automatic (EXTERNAL if offered, else dialback)"));
    m_auth->setItemText(2, tr("Server Dialback"));
    m_auth->setItemText(3, tr("SASL EXTERNAL"));
    m_stopAfter->setItemText(0, tr("— (the whole session)"));
    for (int i = 1; i < m_stopAfter->count(); ++i)
        m_stopAfter->setItemText(i, Phases::label(m_stopAfter->itemData(i).toString()));
    m_stopAfter->setToolTip(tr("Close the stream gracefully once this phase is reached."));
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
    m_sm->setText(tr("Stream management (XEP-0198) where offered"));
    m_sm->setToolTip(tr("Enable acknowledgements on the authenticated stream where the remote "
                        "offers them, and check its count of the stanzas it handled before "
                        "closing. No resumption is asked for."));
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
    retranslateFiles();
    nameFields(this);
    validate();
}

void SessionForm::retranslateFiles()
{
    const QString pem = tr("PEM files (*.pem *.crt *.key);;All files (*)");
    m_ca->setDialogTexts(tr("CA file"), pem);
    m_ca->edit()->setPlaceholderText(tr("optional: PEM file of extra trust anchors"));
    m_cert->setDialogTexts(tr("Own certificate"), pem);
    m_cert->edit()->setPlaceholderText(tr("for SASL EXTERNAL and the authoritative listener"));
    m_key->setDialogTexts(tr("Private key"), pem);
    m_send->setDialogTexts(tr("Stanzas to send"), tr("XML files (*.xml);;All files (*)"));
    m_send->edit()->setPlaceholderText(tr("optional: XML stanzas sent after authentication"));
}

QString SessionForm::readResolve(QHash<QString, HostPort> *out) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &entry : m_resolve->text().split(separators, Qt::SkipEmptyParts)) {
        QString domain;
        HostPort where;
        QString why;
        if (!HostPort::parseResolve(entry, &domain, &where, &why))
            return why.isEmpty() ? tr("Resolve: '%1' is not DOMAIN:HOST:PORT.").arg(entry)
                                 : tr("Resolve: '%1' is not DOMAIN:HOST:PORT: %2").arg(entry, why);
        if (out->contains(domain) && out->value(domain).toString() != where.toString())
            return tr("Resolve: %1 is given twice, for %2 and %3.")
                .arg(domain, out->value(domain).toString(), where.toString());
        out->insert(domain, where);
    }
    return {};
}

QString SessionForm::read(S2sOptions *o) const
{
    // What only a form has (text to read, files to load) is checked here; the session's own
    // rules by Specifications::check(), as for the CLI. The first problem is kept.
    QString problem;
    const auto keep = [&problem](const QString &p) {
        if (problem.isEmpty())
            problem = p;
    };
    o->from = m_from->text().trimmed();
    // A scan's options are checked as a session to a domain of the list would run them.
    o->to = m_forScan ? QStringLiteral("domain.example") : m_to->text().trimmed();
    o->host = m_forScan ? QString() : m_host->text().trimmed();
    o->port = quint16(m_port->value());
    keep(readResolve(&o->resolve));
    keep(m_dns->read(&o->dns));
    o->timeoutMs = m_timeout->value() * 1000;
    o->stopAfter = m_stopAfter->currentData().toString();
    o->tls = tlsMode(m_tls->currentIndex());
    o->strictTls = m_strict->isChecked();
    o->caFile = m_ca->path();
    if (!o->caFile.isEmpty())
        keep(FileField::readCertificates(o->caFile, tr("CA file"), &o->extraCa));
    o->auth = AuthModes[qBound(0, m_auth->currentIndex(), 3)];
    const QString authoritative = m_authoritative->text().trimmed();
    QString why;
    if (!authoritative.isEmpty() && !HostPort::parse(authoritative, &o->authoritative, &why))
        keep(tr("Authoritative listener: %1").arg(why));
    o->dialbackSecret = m_secret->text().toUtf8();
    keep(readIdentity(o));
    o->bidi = m_bidi->isChecked();
    o->streamManagement = m_sm->isChecked();
    o->ping = m_ping->isChecked();
    o->disco = m_disco->isChecked();
    o->softwareVersion = m_version->isChecked();
    o->stanzasFile = m_forScan ? QString() : m_send->path();
    if (!o->stanzasFile.isEmpty())
        keep(FileField::readStanzas(o->stanzasFile, Ns::Server, tr("Stanzas file"), &o->stanzas));
    o->stayMs = m_stay->value() * 1000;
    return problem;
}

QString SessionForm::readIdentity(S2sOptions *o) const
{
    o->certificateFile = m_cert->path();
    o->keyFile = m_key->path();
    if (o->certificateFile.isEmpty() && o->keyFile.isEmpty())
        return {};
    if (o->certificateFile.isEmpty() || o->keyFile.isEmpty())
        return tr("Give both the certificate and the key file.");
    for (const FileField *f : {m_cert, m_key}) {
        if (QString p = FileField::checkFile(f->path(), f->edit()->accessibleName(), 1 << 20);
            !p.isEmpty())
            return p;
    }
    QString why;
    Identity::load(o->certificateFile, o->keyFile, &o->certificate, &o->privateKey, &why);
    return why;
}

void SessionForm::validate()
{
    S2sOptions o;
    QString problem = read(&o);
    const Specifications::Problem rules = Specifications::check(&o, formFieldName);
    // The fields at the top first, as the form reads.
    using F = Specifications::Field;
    const bool topFirst = !rules.isEmpty() && (rules.field == F::From || rules.field == F::To ||
                                               rules.field == F::Host);
    if (problem.isEmpty() || topFirst)
        problem = rules.text;
    const bool changed = problem != m_problem;
    m_problem = problem;
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

S2sOptions::Tls SessionForm::tlsMode(int index)
{
    return TlsModes[qBound(0, index, 3)];
}

int SessionForm::tlsIndex(S2sOptions::Tls mode)
{
    return indexOf(TlsModes, mode);
}

S2sOptions SessionForm::options() const
{
    S2sOptions o;
    read(&o);
    Specifications::check(&o, formFieldName); // the domains in their normal form, and so on
    if (m_forScan)
        o.to.clear();
    return o;
}

void SessionForm::setForScan()
{
    m_forScan = true;
    auto *connection = qobject_cast<QFormLayout *>(m_connection->layout());
    auto *after = qobject_cast<QFormLayout *>(m_after->layout());
    if (connection) {
        connection->setRowVisible(m_to, false);
        connection->setRowVisible(m_host, false);
    }
    if (after)
        after->setRowVisible(m_send, false);
    validate();
}

void SessionForm::setOptions(const S2sOptions &s)
{
    m_from->setText(s.from);
    m_to->setText(s.to);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    QStringList domains = s.resolve.keys();
    domains.sort();
    QStringList entries;
    for (const QString &d : domains)
        entries << d + QLatin1Char(':') + s.resolve.value(d).toString();
    m_resolve->setText(entries.join(QStringLiteral(", ")));
    m_dns->write(s.dns);
    m_timeout->setValue(qMax(1, qRound(s.timeoutMs / 1000.0)));
    m_stopAfter->setCurrentIndex(qMax(0, m_stopAfter->findData(s.stopAfter)));
    m_tls->setCurrentIndex(tlsIndex(s.tls));
    m_strict->setChecked(s.strictTls);
    m_ca->edit()->setText(s.caFile);
    m_auth->setCurrentIndex(indexOf(AuthModes, s.auth));
    m_authoritative->setText(s.authoritative.isValid() ? s.authoritative.toString() : QString());
    m_cert->edit()->setText(s.certificateFile);
    m_key->edit()->setText(s.keyFile);
    m_bidi->setChecked(s.bidi);
    m_sm->setChecked(s.streamManagement);
    m_ping->setChecked(s.ping);
    m_disco->setChecked(s.disco);
    m_version->setChecked(s.softwareVersion);
    m_send->edit()->setText(s.stanzasFile);
    m_stay->setValue(qRound(s.stayMs / 1000.0));
    validate();
}

} // namespace Inspector
