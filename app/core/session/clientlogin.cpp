// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientlogin.h"

#include "session/clientsasl.h"
#include "xml/namespaces.h"

#include <QTimer>

namespace Inspector {

using P = C2sSession::Phase;

// The messages are the session's, in its translation context.
ClientLogin::ClientLogin(const C2sOptions &options, StreamConnection *connection,
                         PhaseMachine<C2sSession::Phase> *phases, Ending *end, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_conn(connection)
    , m_phases(phases)
    , m_end(end)
{
    connect(m_end, &Ending::finished, this, [this] { m_abortPending = false; });
}

ClientLogin::~ClientLogin() = default;

void ClientLogin::note(const Phrase &text)
{
    m_conn->note(text);
}

void ClientLogin::start(const StreamFeatures &f)
{
    m_sasl = std::make_unique<ClientSasl>(m_options.user(), m_options.password, m_options.mechanism,
                                          m_options.allowPlaintext, m_options.minScramIterations);
    m_sasl->setBindable(!m_conn->overBosh());
    Element auth;
    QList<Phrase> notes;
    const ClientSasl::Problem problem =
        m_sasl->start(f, m_conn->transport()->isEncrypted(),
                      m_conn->transport()->peerCertificateChain(), &auth, &notes);
    if (!m_sasl->mechanism().isEmpty())
        m_phases->rename(P::SaslSent,
                         QStringLiteral("sasl_%1_sent").arg(m_sasl->mechanism().toLower()));
    for (const Phrase &n : std::as_const(notes))
        note(n);
    if (problem) {
        Q_EMIT failed(Outcome::ProtocolFailure, problem.code, problem.message);
        return;
    }
    // PLAIN's first message is the password itself; a SCRAM client-first holds only the name
    // and a nonce, so it may go, and the proof is what is withheld (onChallenge).
    const Phrase risk = credentialRisk();
    if (!risk.isEmpty() && m_sasl->mechanism() == QLatin1String("PLAIN")) {
        withhold(QStringLiteral("CREDENTIALS-WITHHELD"), risk, false);
        return;
    }
    m_conn->send(auth);
    m_phases->transition(P::SaslSent, m_options.timeoutMs);
}

Phrase ClientLogin::credentialRisk() const
{
    // Over the web the certificate proves the endpoint the URL names, as a browser checks
    // it (RFC 6455 §4.1); over TCP it proves the XMPP domain.
    if (m_options.insecureCredentials)
        return {};
    if (m_options.webUrl().isEmpty())
        return ClientSasl::credentialRisk(*m_conn->transport(), m_options.domain());
    return ClientSasl::credentialRisk(*m_conn->transport(), m_options.webUrl().host(), true);
}

void ClientLogin::withhold(const QString &code, const Phrase &message, bool exchangeStarted)
{
    if (m_sasl)
        m_conn->verdict(m_sasl->verdict(QStringLiteral("aborted"), code, message));
    if (!exchangeStarted) {
        Q_EMIT failed(Outcome::ProtocolFailure, code, message);
        return;
    }
    // RFC 6120 §6.4.4: the server answers <abort/> with <failure><aborted/></failure>; the
    // stream is closed after it (or after the timeout), not over it.
    m_conn->send(Element(Ns::Sasl, QStringLiteral("abort")));
    if (!m_end->fail(Outcome::ProtocolFailure, code, message))
        return;
    m_abortPending = true;
    QTimer::singleShot(m_options.timeoutMs, this, [this] {
        if (m_abortPending) {
            m_abortPending = false;
            note(Phrase("Inspector::C2sSession",
                        QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                          "The server did not answer <abort/> within %1 ms."),
                        {QString::number(m_options.timeoutMs)}));
            m_end->hangUp();
        }
    });
}

bool ClientLogin::abortAnswered(const Element &e)
{
    if (!m_abortPending || !e.is(Ns::Sasl, u"failure"))
        return false;
    m_abortPending = false;
    m_end->hangUp();
    return true;
}

void ClientLogin::onSasl(const Element &e)
{
    if (e.name() == QLatin1String("challenge")) {
        onChallenge(e);
        return;
    }
    if (e.name() == QLatin1String("success")) {
        onSuccess(e);
        return;
    }
    if (e.name() == QLatin1String("failure")) {
        const QString mechanism = m_sasl ? m_sasl->mechanism() : QString();
        QString condition, text;
        ClientSasl::failureOf(e, &condition, &text);
        if (m_sasl)
            m_conn->verdict(m_sasl->verdict(QStringLiteral("failure"), condition, text));
        Q_EMIT failed(Outcome::ProtocolFailure, QStringLiteral("sasl-failure"),
                      Phrase("Inspector::C2sSession",
                             QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                               "%1 failed with <%2/>%3 (RFC 6120 §6.5)."),
                             {mechanism, condition,
                              text.isEmpty() ? QString() : QStringLiteral(": ") + text}));
    }
}

void ClientLogin::onChallenge(const Element &e)
{
    // Judged before anything is computed from the password: a proof that will not be sent
    // is not derived either.
    const Phrase risk = credentialRisk();
    if (!risk.isEmpty()) {
        withhold(QStringLiteral("CREDENTIALS-WITHHELD"), risk, true);
        return;
    }
    Element response;
    QList<Phrase> notes;
    const ClientSasl::Problem problem =
        m_sasl ? m_sasl->challenge(e, &response, &notes)
               : ClientSasl::Problem{QStringLiteral("sasl-challenge"),
                                     Phrase("Inspector::C2sSession",
                                            QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                                              "An unexpected SASL challenge."))};
    for (const Phrase &n : std::as_const(notes))
        note(n);
    if (problem) {
        withhold(problem.code, problem.message, true);
        return;
    }
    m_conn->send(response);
    m_phases->transition(P::SaslSent, m_options.timeoutMs); // re-arm the timeout
}

void ClientLogin::onSuccess(const Element &e)
{
    FlagFact verified = FlagFact::null();
    const ClientSasl::Problem problem =
        m_sasl ? m_sasl->success(e, &verified) : ClientSasl::Problem{};
    if (problem) {
        m_conn->verdict(m_sasl->verdict(QStringLiteral("failure"), problem.code, problem.message));
        Q_EMIT failed(Outcome::ProtocolFailure, problem.code, problem.message);
        return;
    }
    m_authenticated = true;
    if (m_sasl) {
        VerdictFact v = m_sasl->verdict(QStringLiteral("success"));
        v.serverSignatureVerified = verified;
        m_conn->verdict(v);
    }
    Q_EMIT authenticated();
}

} // namespace Inspector
