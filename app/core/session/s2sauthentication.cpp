// SPDX-License-Identifier: GPL-3.0-or-later
#include "s2sauthentication.h"

#include "xml/namespaces.h"

namespace Inspector {

namespace {
/// A note in the context this class's tr() uses.
Phrase phrase(const char *source, QList<Phrase> args = {})
{
    return Phrase("Inspector::OutgoingS2s", source, std::move(args));
}
} // namespace

using Next = S2sAuthentication::Step::Next;

S2sAuthentication::S2sAuthentication(S2sOptions::Auth auth, QString from, bool haveCertificate,
                                     bool haveDialbackKey)
    : m_auth(auth)
    , m_from(std::move(from))
    , m_haveCertificate(haveCertificate)
    , m_haveDialbackKey(haveDialbackKey)
{}

S2sAuthentication::Step S2sAuthentication::failure(QString code, Phrase message,
                                                   std::optional<VerdictFact> verdict,
                                                   Outcome outcome)
{
    Step s;
    s.next = Next::Fail;
    s.code = std::move(code);
    s.message = std::move(message);
    s.verdict = std::move(verdict);
    s.outcome = outcome;
    return s;
}

/// SASL EXTERNAL is not among the features (XEP-0178 §3 step 9).
static VerdictFact notOffered()
{
    VerdictFact v(QStringLiteral("sasl"), QStringLiteral("failure"));
    v.condition = QStringLiteral("not-offered");
    return v;
}

S2sAuthentication::Step S2sAuthentication::choose(const StreamFeatures &f,
                                                  bool headerDeclaresDialback) const
{
    using Auth = S2sOptions::Auth;
    const bool externalOffered = f.saslMechanisms.contains(QStringLiteral("EXTERNAL"));
    const bool tryExternal = m_auth == Auth::External || (m_auth == Auth::Auto && externalOffered &&
                                                          m_haveCertificate && !m_saslFailed);
    Step s;
    if (tryExternal) {
        if (!externalOffered) {
            return failure(QStringLiteral("external-not-offered"),
                           m_haveCertificate
                               ? phrase(QT_TRANSLATE_NOOP(
                                     "Inspector::OutgoingS2s",
                                     "The peer does not offer SASL EXTERNAL: it did not accept "
                                     "our certificate (XEP-0178 §3 step 9)."))
                               : phrase(QT_TRANSLATE_NOOP(
                                     "Inspector::OutgoingS2s",
                                     "The peer does not offer SASL EXTERNAL; it is offered only "
                                     "to servers that present a certificate (--cert, --key).")),
                           notOffered());
        }
        s.next = Next::External;
        return s;
    }
    if (m_auth != Auth::Dialback && m_auth != Auth::Auto)
        return s; // Next::Close
    if (!m_haveDialbackKey) {
        return failure(QStringLiteral("no-dialback-key"),
                       phrase(QT_TRANSLATE_NOOP(
                           "Inspector::OutgoingS2s",
                           "Dialback needs the authoritative listener (--authoritative) or "
                           "the dialback secret of your server (--dialback-secret).")),
                       {}, Outcome::UsageError);
    }
    if (!f.dialback && !headerDeclaresDialback)
        s.note =
            phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s",
                                     "The peer advertises no dialback (neither the feature nor the "
                                     "db namespace); trying it anyway."));
    s.next = Next::Dialback;
    return s;
}

Element S2sAuthentication::externalRequest() const
{
    Element auth(Ns::Sasl, QStringLiteral("auth"));
    auth.setAttribute(QStringLiteral("mechanism"), QStringLiteral("EXTERNAL"));
    auth.appendText(QString::fromLatin1(m_from.toUtf8().toBase64()));
    return auth;
}

S2sAuthentication::Step S2sAuthentication::saslAnswer(const Element &answer)
{
    VerdictFact verdict(QStringLiteral("sasl"), {});
    verdict.mechanism = QStringLiteral("EXTERNAL");
    Step s;
    if (answer.name() == QLatin1String("success")) {
        verdict.result = QStringLiteral("success");
        s.verdict = verdict;
        s.next = Next::Restart;
        return s;
    }
    if (answer.name() != QLatin1String("failure")) {
        s.next = Next::Nothing;
        s.note =
            phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s", "Unexpected SASL element <%1/>."),
                   {answer.name()});
        return s;
    }
    QString condition;
    QString text;
    for (const ElementPtr &c : answer.children()) {
        if (c->name() == QLatin1String("text"))
            text = c->text();
        else if (condition.isEmpty())
            condition = c->name();
    }
    m_saslFailed = true;
    verdict.result = QStringLiteral("failure");
    verdict.condition = condition;
    verdict.text = text;
    const Phrase failed =
        phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s", "SASL EXTERNAL failed with <%1/>%2."),
               {condition, text.isEmpty() ? QString() : QStringLiteral(": ") + text});
    if (m_auth == S2sOptions::Auth::Auto && m_haveDialbackKey) {
        s.verdict = verdict;
        s.note = phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s",
                                          "%1 Falling back to dialback (XEP-0178 §3)."),
                        {failed});
        s.next = Next::Dialback;
        return s;
    }
    return failure(QStringLiteral("sasl-failure"), failed, verdict);
}

S2sAuthentication::Step S2sAuthentication::unsolicited(const Dialback::Message &answer,
                                                       const QString &expected)
{
    Step s;
    s.next = Next::Nothing;
    VerdictFact v(QStringLiteral("dialback-unsolicited"), {});
    v.received = answer.describe();
    v.expected = expected.isEmpty() ? TextFact::null() : TextFact(expected);
    s.verdict = v;
    s.note = expected.isEmpty()
                 ? phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s",
                                            "Ignored <%1/>: no dialback request was sent that "
                                            "it could answer (XEP-0220 §3.1)."),
                          {answer.describe()})
                 : phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s",
                                            "Ignored <%1/>: it does not answer our request, "
                                            "which awaits <%2/> (XEP-0220 §2.1, §3.1)."),
                          {answer.describe(), expected});
    return s;
}

S2sAuthentication::Step S2sAuthentication::dialbackAnswer(const Dialback::Message &request,
                                                          const Dialback::Message &answer,
                                                          const QString &streamId) const
{
    // XEP-0220 §2.1.1: "The Initiating Server MUST ensure that the 'from' and 'to' attributes
    // in this response correlate to a request that was sent over the same XML stream".
    if (!answer.answers(request)) {
        Dialback::Message awaited = request;
        std::swap(awaited.from, awaited.to);
        awaited.key.clear();
        awaited.type.clear();
        return unsolicited(answer, awaited.describe());
    }
    VerdictFact v(QStringLiteral("dialback"), answer.type);
    v.streamId = streamId;
    v.from = answer.from;
    v.to = answer.to;
    if (answer.type == QLatin1String("valid")) {
        Step s;
        s.verdict = v;
        s.next = Next::Authenticated;
        return s;
    }
    if (answer.type == QLatin1String("error")) {
        v.condition = answer.error.condition;
        v.text = answer.error.text;
        v.errorType = answer.error.type;
        return failure(
            QStringLiteral("dialback-error"),
            phrase(QT_TRANSLATE_NOOP("Inspector::OutgoingS2s",
                                     "Dialback failed with <%1/>%2 (XEP-0220 §2.5)."),
                   {answer.error.condition, answer.error.text.isEmpty()
                                                ? QString()
                                                : QStringLiteral(": ") + answer.error.text}),
            v);
    }
    Step s =
        failure(QStringLiteral("dialback-invalid"),
                phrase(QT_TRANSLATE_NOOP(
                           "Inspector::OutgoingS2s",
                           "The receiving server says our dialback key is invalid: its "
                           "authoritative server for %1 did not confirm it (XEP-0220 §2.1.1)."),
                       {m_from}));
    if (answer.type != QLatin1String("invalid")) {
        s.note = phrase(QT_TRANSLATE_NOOP(
                            "Inspector::OutgoingS2s",
                            "A db:result answer of type '%1' is not defined; treated as invalid."),
                        {answer.type});
        v.result = QStringLiteral("invalid");
    }
    s.verdict = v;
    return s;
}

} // namespace Inspector
