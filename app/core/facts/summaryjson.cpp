// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of the session summary: the CLI's --json output, key for key as README
// documents it. Nothing else in the engine spells these keys.
#include "sessionsummary.h"

#include <QJsonArray>

namespace Inspector {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

/// A recorded value where the summary has null for "none" (an absent key included).
QJsonValue nullIfAbsent(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue() : v;
}

template<typename T, typename F> QJsonArray array(const QVector<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}

/// {condition, text} of a failed verdict (dialback error, SASL failure), else null.
QJsonValue errorOf(const std::optional<VerdictFact> &v, const char *failed)
{
    if (!v || !v->resultIs(failed))
        return QJsonValue();
    return QJsonObject{{QStringLiteral("condition"), v->condition.toJson()},
                       {QStringLiteral("text"), v->text.toJson()}};
}

QJsonValue resultOf(const std::optional<VerdictFact> &v)
{
    return v ? nullIfAbsent(v->result.toJson()) : QJsonValue();
}

QJsonValue pingJson(const std::optional<VerdictFact> &v)
{
    if (!v)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("result"), v->result.toJson()},
                       {QStringLiteral("rttMs"),
                        v->rttMs ? QJsonValue(*v->rttMs) : QJsonValue(QJsonValue::Undefined)},
                       {QStringLiteral("from"), v->from.toJson()},
                       {QStringLiteral("connection"),
                        v->replyConnection ? QJsonValue(*v->replyConnection) : QJsonValue()}};
}

/// A query's answer (disco#info, software version): what the verdict recorded under `key`,
/// with the result.
QJsonValue answerJson(const std::optional<VerdictFact> &v, const QString &key)
{
    if (!v)
        return QJsonValue();
    QJsonObject d = v->toEventData().value(key).toObject();
    d.insert(QStringLiteral("result"), v->result.toJson());
    return d;
}

QJsonObject phaseJson(const PhaseFact &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("atMs"), p.atMs}};
    if (p.connection == 0)
        o.insert(QStringLiteral("scope"), p.scope.toJson());
    else
        o.insert(QStringLiteral("connection"), p.connection);
    return o;
}

QJsonObject stageJson(const FeatureStageFact &s)
{
    QJsonObject o = s.features.toJson();
    o.insert(QStringLiteral("stage"), s.stage);
    o.insert(QStringLiteral("streamId"), s.streamId);
    return o;
}

QJsonObject stanzaJson(const StanzaFact &s)
{
    return {{QStringLiteral("connection"), s.connection},
            {QStringLiteral("atMs"), s.atMs},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("type"), orNull(s.type)},
            {QStringLiteral("id"), orNull(s.id)},
            {QStringLiteral("from"), orNull(s.from)},
            {QStringLiteral("to"), orNull(s.to)}};
}

QJsonObject connectionJson(const ConnectionFact &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("role"), c.role},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("local"), orNull(c.local)},
            {QStringLiteral("remote"), orNull(c.remote)},
            {QStringLiteral("tls"), c.tls}};
}

QJsonObject timingsJson(const TimingsFact &t)
{
    const auto ms = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return {{QStringLiteral("tcpConnectMs"), ms(t.tcpConnectMs)},
            {QStringLiteral("firstFeaturesMs"), ms(t.firstFeaturesMs)},
            {QStringLiteral("tlsHandshakeMs"), ms(t.tlsHandshakeMs)},
            {QStringLiteral("starttlsMs"), ms(t.starttlsMs)}};
}

/// XEP-0198, from the verdicts: offered, enabled, the last acknowledgement, the resumption.
QJsonValue streamManagementJson(const SessionSummary &s)
{
    const VerdictFact *enable = s.lastVerdict(u"sm-enable");
    if (!enable && !s.streamManagementOffered())
        return QJsonValue();
    QJsonObject o{{QStringLiteral("offered"), s.streamManagementOffered()},
                  {QStringLiteral("enabled"), enable ? enable->result.toJson() : QJsonValue()}};
    if (enable && enable->resume && s.isClient()) // servers are not asked to resume
        o.insert(QStringLiteral("resumable"), *enable->resume);
    if (enable && enable->max)
        o.insert(QStringLiteral("maxSeconds"), *enable->max);
    if (const VerdictFact *a = s.lastVerdict(u"sm-ack")) {
        QJsonObject ack{{QStringLiteral("result"), a->result.toJson()}};
        if (a->handled)
            ack.insert(QStringLiteral("h"), *a->handled);
        if (a->sentCount)
            ack.insert(QStringLiteral("sent"), *a->sentCount);
        o.insert(QStringLiteral("lastAck"), ack);
    }
    if (const VerdictFact *r = s.lastVerdict(u"sm-resume"))
        o.insert(QStringLiteral("resumption"), r->result.toJson());
    if (const VerdictFact *t = s.lastVerdict(u"sm-resume-test")) {
        o.insert(QStringLiteral("resumeTest"), t->result.toJson());
        o.insert(QStringLiteral("testMessage"), t->testMessage.toJson());
    }
    return o;
}

/// What a client session adds.
void addClient(const SessionSummary &s, QJsonObject *o)
{
    o->insert(QStringLiteral("domain"), s.toDomain.toJson());
    o->insert(QStringLiteral("jid"), s.bound ? s.bound->jid.toJson() : QJsonValue());
    o->insert(QStringLiteral("mechanismUsed"), s.sasl ? s.sasl->mechanism.toJson() : QJsonValue());
    o->insert(QStringLiteral("serverSignatureVerified"),
              // A recorded null (no signature to verify: PLAIN) is not verified: false.
              s.sasl && s.sasl->serverSignatureVerified.isRecorded()
                  ? QJsonValue(s.sasl->serverSignatureVerified.value)
                  : QJsonValue());
    o->insert(QStringLiteral("roster"),
              s.roster ? QJsonValue(QJsonObject{
                             {QStringLiteral("result"), s.roster->result.toJson()},
                             {QStringLiteral("total"), s.roster->rosterContacts()},
                             {QStringLiteral("contacts"),
                              s.roster->toEventData().value(QStringLiteral("contacts")).toArray()}})
                       : QJsonValue());
    o->insert(QStringLiteral("message"),
              s.message ? QJsonValue(QJsonObject{{QStringLiteral("to"), s.message->to.toJson()},
                                                 {QStringLiteral("body"), s.message->body.toJson()},
                                                 {QStringLiteral("id"), s.message->id.toJson()}})
                        : QJsonValue());
    o->insert(QStringLiteral("deliveryError"),
              s.deliveryError ? s.deliveryError->toEventData().value(QStringLiteral("error"))
                              : QJsonValue());
    o->insert(QStringLiteral("messagesReceived"),
              array(s.messagesReceived, [](const ReceivedMessageFact &m) {
                  return QJsonObject{
                      {QStringLiteral("from"), m.from},
                      {QStringLiteral("type"), m.type},
                      {QStringLiteral("id"), m.id},
                      {QStringLiteral("body"), m.body ? QJsonValue(*m.body) : QJsonValue()}};
              }));
    o->insert(QStringLiteral("presenceReceived"),
              array(s.presenceReceived, [](const ReceivedPresenceFact &p) {
                  return QJsonObject{{QStringLiteral("from"), p.from},
                                     {QStringLiteral("type"), orNull(p.type)}};
              }));
}

/// The negotiation: the stream, its features, TLS and authentication.
void addStream(const SessionSummary &s, QJsonObject *o)
{
    o->insert(QStringLiteral("streamId"), orNull(s.streamId));
    o->insert(QStringLiteral("serverDomain"), orNull(s.serverDomain));
    o->insert(QStringLiteral("version"), orNull(s.version));
    o->insert(QStringLiteral("features"), QJsonArray::fromStringList(s.features));
    o->insert(QStringLiteral("featureStages"), array(s.featureStages, stageJson));
    o->insert(QStringLiteral("starttlsOffered"), s.starttlsOffered);
    o->insert(QStringLiteral("starttlsRequired"), s.starttlsRequired);
    o->insert(QStringLiteral("tlsUpgraded"), s.tlsUpgraded);
    o->insert(QStringLiteral("directTls"), s.directTls);
    o->insert(QStringLiteral("tls"), s.tls ? QJsonValue(s.tls->toJson()) : QJsonValue());
    o->insert(QStringLiteral("saslMechanisms"), QJsonArray::fromStringList(s.saslMechanisms));
    o->insert(QStringLiteral("dialbackOffered"), s.dialbackOffered);
    o->insert(QStringLiteral("streamError"),
              s.streamError ? QJsonValue(s.streamError->toJson()) : QJsonValue());
    o->insert(QStringLiteral("dialbackResult"), resultOf(s.dialback));
    o->insert(QStringLiteral("dialbackError"), errorOf(s.dialback, "error"));
    const auto verdictJson = [](const VerdictFact &v) {
        return v.toJson();
    };
    o->insert(QStringLiteral("dialbackUnsolicited"), array(s.dialbackUnsolicited, verdictJson));
    if (s.dialback && s.dialback->explanation.isValue())
        o->insert(QStringLiteral("dialbackExplanation"), s.dialback->explanation.value);
    o->insert(QStringLiteral("saslResult"), resultOf(s.sasl));
    o->insert(QStringLiteral("saslError"), errorOf(s.sasl, "failure"));
    o->insert(QStringLiteral("authenticatedAs"),
              s.authenticated ? nullIfAbsent(s.authenticated->as.toJson()) : QJsonValue());
    o->insert(QStringLiteral("authMethod"),
              s.authenticated ? nullIfAbsent(s.authenticated->method.toJson()) : QJsonValue());
}
} // namespace

QJsonObject SessionSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("success"), success);
    o.insert(QStringLiteral("finished"), finished);
    o.insert(QStringLiteral("mode"), mode.toJson());
    o.insert(QStringLiteral("fromDomain"), fromDomain.toJson());
    o.insert(QStringLiteral("toDomain"), toDomain.toJson());
    o.insert(QStringLiteral("host"), host.toJson());
    o.insert(QStringLiteral("port"), port ? QJsonValue(*port) : QJsonValue(QJsonValue::Undefined));
    o.insert(QStringLiteral("tlsMode"), tlsMode.toJson());
    o.insert(QStringLiteral("url"), url.toJson());
    addStream(*this, &o);
    o.insert(QStringLiteral("ping"), pingJson(ping));
    o.insert(QStringLiteral("disco"), answerJson(disco, QStringLiteral("disco")));
    o.insert(QStringLiteral("softwareVersion"),
             answerJson(softwareVersion, QStringLiteral("softwareVersion")));
    const auto verdictJson = [](const VerdictFact &v) {
        return v.toJson();
    };
    o.insert(QStringLiteral("stanzaReplies"), array(stanzaReplies, verdictJson));
    if (dns) {
        o.insert(QStringLiteral("dns"), dns->toJson());
        o.insert(QStringLiteral("srvSeed"),
                 dns->srvSeed ? QJsonValue(*dns->srvSeed) : QJsonValue(QJsonValue::Undefined));
        o.insert(QStringLiteral("attempts"),
                 array(attempts, [](const AttemptFact &a) { return a.toJson(); }));
    }
    if (isClient())
        addClient(*this, &o);
    o.insert(QStringLiteral("streamManagement"), streamManagementJson(*this));
    o.insert(QStringLiteral("verdicts"), array(verdicts, verdictJson));
    o.insert(QStringLiteral("inboundStanzas"), array(inboundStanzas, stanzaJson));
    o.insert(QStringLiteral("inboundStanzaCount"), inboundStanzaCount);
    o.insert(QStringLiteral("phases"), array(phases, phaseJson));
    o.insert(QStringLiteral("sessionPhases"), array(sessionPhases, phaseJson));
    o.insert(QStringLiteral("timings"), timingsJson(timings));
    o.insert(QStringLiteral("latencyMs"), latencyMs);
    o.insert(QStringLiteral("connections"), array(connections, connectionJson));
    o.insert(QStringLiteral("notes"), array(notes, [](const NoteFact &n) {
                 return QJsonObject{{QStringLiteral("atMs"), n.atMs},
                                    {QStringLiteral("connection"), n.connection},
                                    {QStringLiteral("text"), n.text.toJson()}};
             }));
    o.insert(QStringLiteral("error"), error.toJson());
    o.insert(QStringLiteral("errorCode"),
             success || errorCode.isAbsent() ? QJsonValue() : errorCode.toJson());
    o.insert(QStringLiteral("failedPhase"), nullIfAbsent(failedPhase.toJson()));
    o.insert(QStringLiteral("exitCode"), exitCode);
    if (clientCertificate)
        o.insert(QStringLiteral("clientCertificate"),
                 clientCertificate->certificate
                     ? QJsonValue(clientCertificate->certificate->toJson())
                     : QJsonValue());
    o.insert(QStringLiteral("findings"),
             array(findings, [](const Finding &f) { return f.toJson(); }));
    return o;
}

} // namespace Inspector
