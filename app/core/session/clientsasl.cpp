// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsasl.h"

#include "facts/eventfacts.h"
#include "net/identity.h"
#include "net/identitycheck.h"
#include "net/tlserrortext.h"
#include "net/transport.h"
#include "protocol/saslprep.h"
#include "xml/namespaces.h"

namespace Inspector {

namespace {
// The strongest first (RFC 7677 §1, RFC 5802 §6): SHA-256 over SHA-1, channel binding over none.
const char *const Preference[] = {"SCRAM-SHA-512-PLUS",
                                  "SCRAM-SHA-256-PLUS",
                                  "SCRAM-SHA-1-PLUS",
                                  "SCRAM-SHA-512",
                                  "SCRAM-SHA-256",
                                  "SCRAM-SHA-1",
                                  "PLAIN"};

Element saslElement(const QString &name, const QByteArray &payload)
{
    Element e(Ns::Sasl, name);
    e.appendText(QString::fromLatin1(payload.toBase64()));
    return e;
}

QByteArray payloadOf(const Element &e)
{
    return QByteArray::fromBase64(e.text().trimmed().toLatin1());
}
} // namespace

QStringList ClientSasl::mechanisms()
{
    QStringList out;
    for (const char *m : Preference)
        out << QLatin1String(m);
    return out;
}

ClientSasl::ClientSasl(QString user, QString password, QString wanted, bool allowPlaintext,
                       int minIterations)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_wanted(wanted.toUpper())
    , m_allowPlaintext(allowPlaintext)
    , m_minIterations(minIterations)
{}

ClientSasl::~ClientSasl() = default;

ClientSasl::Problem ClientSasl::start(const StreamFeatures &f, bool encrypted,
                                      const QList<QSslCertificate> &chain, Element *auth,
                                      QList<Phrase> *notes)
{
    // -PLUS only where the server says it binds to tls-server-end-point (XEP-0440): servers
    // that do not say may expect tls-unique (ejabberd 23.01 does), which RFC 9266 leaves
    // undefined for TLS 1.3 and Qt does not expose, so the login would fail for no good reason.
    const bool endPointBinding = f.channelBindings.contains(QStringLiteral("tls-server-end-point"));
    QString chosen;
    if (Problem p = choose(f, encrypted, endPointBinding, &chosen))
        return p;
    // RFC 4013 as the server applies it to the stored credentials (RFC 5802 §5.1, RFC 4616
    // §2): a string it rejects could never match, so it is refused before anything is sent.
    QString user, password;
    Phrase why;
    if (!SaslPrep::prepare(m_user, &user, &why))
        return {
            QStringLiteral("SASLPREP-REJECTED"),
            Phrase("Inspector::C2sSession",
                   QT_TRANSLATE_NOOP("Inspector::C2sSession", "The user name cannot be used: %1."),
                   {why})};
    if (!SaslPrep::prepare(m_password, &password, &why))
        return {
            QStringLiteral("SASLPREP-REJECTED"),
            Phrase("Inspector::C2sSession",
                   QT_TRANSLATE_NOOP("Inspector::C2sSession", "The password cannot be used: %1."),
                   {why})};
    m_user = user;
    m_password = password;
    m_mechanism = chosen;
    QByteArray initial;
    if (chosen == QLatin1String("PLAIN")) {
        // RFC 4616: authzid NUL authcid NUL password.
        initial = '\0' + m_user.toUtf8() + '\0' + m_password.toUtf8();
    } else if (Problem p = startScram(f, encrypted, endPointBinding, chain, &initial, notes)) {
        return p;
    }
    *auth = saslElement(QStringLiteral("auth"), initial);
    auth->setAttribute(QStringLiteral("mechanism"), chosen);
    return {};
}

ClientSasl::Problem ClientSasl::choose(const StreamFeatures &f, bool encrypted,
                                       bool endPointBinding, QString *mechanism) const
{
    QString chosen = m_wanted;
    if (!m_bindable && chosen.endsWith(QLatin1String("-PLUS")))
        return {QStringLiteral("no-channel-binding"),
                Phrase("Inspector::C2sSession",
                       QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                         "%1 cannot be used over BOSH: its requests travel over "
                                         "several TLS connections, with no one channel to bind "
                                         "to."),
                       {chosen})};
    if (!chosen.isEmpty() && !f.saslMechanisms.contains(chosen)) {
        return {QStringLiteral("mechanism-not-offered"),
                Phrase("Inspector::C2sSession",
                       QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                         "The server does not offer %1 (it offers %2)."),
                       {chosen, f.saslMechanisms.join(QStringLiteral(", "))})};
    }
    if (chosen.isEmpty()) {
        for (const char *m : Preference) {
            const QString name = QString::fromLatin1(m);
            if (!f.saslMechanisms.contains(name))
                continue;
            if (name.endsWith(QLatin1String("-PLUS")) &&
                (!encrypted || !endPointBinding || !m_bindable))
                continue;
            if (name == QLatin1String("PLAIN") && !encrypted && !m_allowPlaintext)
                continue;
            chosen = name;
            break;
        }
    }
    if (chosen == QLatin1String("PLAIN") && !encrypted && !m_allowPlaintext) {
        return {QStringLiteral("plain-without-tls"),
                Phrase("Inspector::C2sSession",
                       QT_TRANSLATE_NOOP(
                           "Inspector::C2sSession",
                           "PLAIN on an unencrypted stream would send the password in the clear; "
                           "use TLS, or --allow-plaintext if you really mean it."))};
    }
    if (chosen.isEmpty()) {
        return {QStringLiteral("no-mechanism"),
                f.saslMechanisms == QStringList{QStringLiteral("PLAIN")} && !encrypted
                    ? Phrase("Inspector::C2sSession",
                             QT_TRANSLATE_NOOP(
                                 "Inspector::C2sSession",
                                 "The server offers only PLAIN, and the stream is not encrypted; "
                                 "this client refuses to send the password in the clear "
                                 "(--allow-plaintext overrides)."))
                    : Phrase("Inspector::C2sSession",
                             QT_TRANSLATE_NOOP(
                                 "Inspector::C2sSession",
                                 "No SASL mechanism this client supports is offered (%1)."),
                             {f.saslMechanisms.join(QStringLiteral(", "))})};
    }
    *mechanism = chosen;
    return {};
}

ClientSasl::Problem ClientSasl::startScram(const StreamFeatures &f, bool encrypted,
                                           bool endPointBinding,
                                           const QList<QSslCertificate> &chain, QByteArray *initial,
                                           QList<Phrase> *notes)
{
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha1;
    bool plus = false;
    if (!ScramClient::mechanismFor(m_mechanism, &hash, &plus)) {
        return {
            QStringLiteral("unsupported-mechanism"),
            Phrase("Inspector::C2sSession",
                   QT_TRANSLATE_NOOP(
                       "Inspector::C2sSession",
                       "This client cannot use %1; it supports SCRAM-SHA-1, SCRAM-SHA-256 (with "
                       "-PLUS) and PLAIN."),
                   {m_mechanism})};
    }
    ScramClient::Binding binding = ScramClient::Binding::None;
    QByteArray bindingData;
    if (plus) {
        if (!endPointBinding)
            notes->append(Phrase(
                "Inspector::C2sSession",
                QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                  "The server does not say which channel binding it uses "
                                  "(XEP-0440); this client binds to tls-server-end-point.")));
        binding = ScramClient::Binding::ServerEndPoint;
        bindingData = chain.isEmpty() ? QByteArray() : Identity::serverEndPoint(chain.first());
        if (bindingData.isEmpty()) {
            return {QStringLiteral("channel-binding"),
                    Phrase("Inspector::C2sSession",
                           QT_TRANSLATE_NOOP(
                               "Inspector::C2sSession",
                               "No tls-server-end-point data could be made from the server's "
                               "certificate."))};
        }
    } else if (encrypted && m_bindable) {
        // RFC 5802 §6: "y" tells a server that offered no -PLUS that we could have bound.
        bool offeredPlus = false;
        for (const QString &m : f.saslMechanisms)
            offeredPlus = offeredPlus || m.endsWith(QLatin1String("-PLUS"));
        binding = offeredPlus ? ScramClient::Binding::None : ScramClient::Binding::NotOffered;
    }
    m_scram = std::make_unique<ScramClient>(hash, m_user, m_password, binding, bindingData);
    *initial = m_scram->clientFirst();
    return {};
}

ClientSasl::Problem ClientSasl::challenge(const Element &challenge, Element *response,
                                          QList<Phrase> *notes)
{
    QByteArray answer;
    if (m_scram && !m_scram->serverFirst(payloadOf(challenge), &answer, m_minIterations) &&
        m_scram->belowMinimum()) {
        // RFC 7677 §4: fewer iterations make a stolen proof cheap to brute-force; the proof is
        // withheld (not even computed) unless the user lowered the floor.
        return {
            QStringLiteral("SCRAM-ITERATIONS-LOW"),
            Phrase(
                "Inspector::C2sSession",
                QT_TRANSLATE_NOOP(
                    "Inspector::C2sSession",
                    "The server asks for %1 SCRAM iterations, fewer than %2 (RFC 7677 §4 asks for "
                    "at least 4096); the proof was not sent (--min-scram-iterations lowers the "
                    "floor)."),
                {m_scram->iterations(), m_minIterations})};
    }
    if (!m_scram || answer.isEmpty()) {
        return {QStringLiteral("sasl-challenge"),
                m_scram ? m_scram->error()
                        : Phrase("Inspector::C2sSession",
                                 QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                                   "An unexpected SASL challenge."))};
    }
    if (m_scram->iterations() < DefaultMinIterations)
        notes->append(Phrase("Inspector::C2sSession",
                             QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                               "The server uses %1 SCRAM iterations; RFC 7677 §4 "
                                               "asks for at least 4096."),
                             {QString::number(m_scram->iterations())}));
    *response = saslElement(QStringLiteral("response"), answer);
    return {};
}

ClientSasl::Problem ClientSasl::success(const Element &success, FlagFact *verified)
{
    *verified = FlagFact::null();
    if (!m_scram)
        return {};
    if (!m_scram->serverFinal(payloadOf(success)))
        return {QStringLiteral("server-signature"), m_scram->error()};
    *verified = true;
    return {};
}

VerdictFact ClientSasl::verdict(const QString &result, const QString &condition,
                                const Phrase &text) const
{
    VerdictFact v(QStringLiteral("sasl"), result);
    v.mechanism = m_mechanism;
    if (result != QLatin1String("success")) {
        v.condition = condition;
        v.setText(text);
    }
    return v;
}

void ClientSasl::failureOf(const Element &failure, QString *condition, QString *text)
{
    for (const ElementPtr &c : failure.children()) {
        if (c->name() == QLatin1String("text"))
            *text = c->text();
        else if (condition->isEmpty())
            *condition = c->name();
    }
}

Phrase ClientSasl::credentialRisk(const Transport &transport, const QString &domain,
                                  bool webEndpoint)
{
    const Phrase optIn = Phrase(
        "Inspector::C2sSession",
        QT_TRANSLATE_NOOP("Inspector::C2sSession",
                          "nothing that proves the password was sent (--insecure-credentials "
                          "sends it anyway)"));
    if (!transport.isEncrypted())
        return Phrase("Inspector::C2sSession",
                      QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                        "Credentials withheld: the stream is not encrypted; %1."),
                      {optIn});
    // RFC 7671 §5.1: a DNSSEC-secure DANE-EE record that matches is the server's key, names
    // and issuers aside.
    if (transport.dane().daneEeMatch())
        return {};
    QList<Phrase> chain;
    for (const QSslError &e : transport.verifyErrors()) {
        // The name is judged below by RFC 9525 (Qt's check knows no SRV-ID or XmppAddr).
        if (e.error() != QSslError::HostNameMismatch && !transport.daneExcuses(e))
            chain << TlsErrorText::of(e);
    }
    if (!chain.isEmpty())
        return Phrase("Inspector::C2sSession",
                      QT_TRANSLATE_NOOP(
                          "Inspector::C2sSession",
                          "Credentials withheld: the server's certificate is not trusted: %1; %2."),
                      {Phrase::list(chain), optIn});
    const QList<QSslCertificate> certs = transport.peerCertificateChain();
    if (certs.isEmpty())
        return Phrase(
            "Inspector::C2sSession",
            QT_TRANSLATE_NOOP("Inspector::C2sSession",
                              "Credentials withheld: the server presented no certificate; %1."),
            {optIn});
    const IdentityCheck identity =
        IdentityCheck::check(certs.first(), domain, QStringLiteral("xmpp-client"));
    // A web endpoint (wss:) is proved as a browser proves it: by a DNS-ID for the URL's host,
    // not by the SRV-ID or XmppAddr an XMPP server's certificate may carry (RFC 6455 §4.1).
    if (webEndpoint && identity.matched && identity.by != QLatin1String("DNS-ID"))
        return Phrase(
            "Inspector::C2sSession",
            QT_TRANSLATE_NOOP("Inspector::C2sSession",
                              "Credentials withheld: the certificate names %1 only by its %2, "
                              "which proves nothing for a web endpoint (a DNS-ID is needed); "
                              "%3."),
            {domain, identity.by, optIn});
    if (!identity.matched)
        return Phrase(
            "Inspector::C2sSession",
            QT_TRANSLATE_NOOP(
                "Inspector::C2sSession",
                "Credentials withheld: the server's certificate is not valid for %1 (name "
                "mismatch: no DNS-ID, SRV-ID or XmppAddr names it, RFC 9525); %2."),
            {domain, optIn});
    return {};
}

} // namespace Inspector
