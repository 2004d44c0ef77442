// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the session summary's JSON back (SessionSummary::toJson's inverse): the verdicts
// behind the top-level results are rebuilt from what the summary shows of them.
#include "sessionsummary.h"

#include <QJsonArray>

#include "textfact.h"

namespace Inspector {

namespace {
StreamFeatures featuresFromJson(const QJsonObject &o)
{
    StreamFeatures f;
    f.starttls = o.value(QStringLiteral("starttls")).toBool();
    f.starttlsRequired = o.value(QStringLiteral("starttlsRequired")).toBool();
    f.saslOffered = o.value(QStringLiteral("saslOffered")).toBool();
    f.saslMechanisms = TextFact::strings(o.value(QStringLiteral("saslMechanisms")));
    f.dialback = o.value(QStringLiteral("dialback")).toBool();
    f.dialbackErrors = o.value(QStringLiteral("dialbackErrors")).toBool();
    f.bidi = o.value(QStringLiteral("bidi")).toBool();
    f.streamManagement = o.value(QStringLiteral("streamManagement")).toString();
    const QJsonObject caps = o.value(QStringLiteral("caps")).toObject();
    f.caps = o.contains(QStringLiteral("caps"));
    f.capsNode = caps.value(QStringLiteral("node")).toString();
    f.capsVer = caps.value(QStringLiteral("ver")).toString();
    f.compression = o.contains(QStringLiteral("compressionMethods"));
    f.compressionMethods = TextFact::strings(o.value(QStringLiteral("compressionMethods")));
    f.bind = o.value(QStringLiteral("bind")).toBool();
    f.session = o.contains(QStringLiteral("session"));
    f.sessionOptional = o.value(QStringLiteral("session")).toString() == QLatin1String("optional");
    f.sasl2 = o.contains(QStringLiteral("sasl2Mechanisms"));
    f.sasl2Mechanisms = TextFact::strings(o.value(QStringLiteral("sasl2Mechanisms")));
    f.channelBindings = TextFact::strings(o.value(QStringLiteral("channelBindings")));
    f.limitMaxBytes = qint64(o.value(QStringLiteral("limitMaxBytes")).toDouble(-1));
    f.limitIdleSeconds = qint64(o.value(QStringLiteral("limitIdleSeconds")).toDouble(-1));
    for (const QJsonValue &v : o.value(QStringLiteral("unknown")).toArray()) {
        const QJsonObject u = v.toObject();
        f.unknown.append({u.value(QStringLiteral("namespace")).toString(),
                          u.value(QStringLiteral("name")).toString(),
                          u.value(QStringLiteral("xml")).toString().toUtf8()});
    }
    // The flags names() reads and toJson() does not write are only in the names.
    const QStringList names = TextFact::strings(o.value(QStringLiteral("names")));
    f.rosterVersioning = names.contains(QStringLiteral("ROSTERVER"));
    f.preApproval = names.contains(QStringLiteral("PRE-APPROVAL"));
    f.csi = names.contains(QStringLiteral("CSI"));
    f.registration = names.contains(QStringLiteral("REGISTER"));
    return f;
}

StreamError streamErrorFromJson(const QJsonObject &o)
{
    StreamError e;
    e.condition = o.value(QStringLiteral("condition")).toString();
    e.knownCondition = o.value(QStringLiteral("known")).toBool();
    e.text = o.value(QStringLiteral("text")).toString();
    const QJsonObject app = o.value(QStringLiteral("application")).toObject();
    e.appNamespace = app.value(QStringLiteral("namespace")).toString();
    e.appCondition = app.value(QStringLiteral("condition")).toString();
    e.seeOtherHost = o.value(QStringLiteral("seeOtherHost")).toString();
    return e;
}

/// A verdict rebuilt from the payload keys the summary shows of it; none when `present` is
/// false.
std::optional<VerdictFact> verdict(bool present, const char *what, QJsonObject data)
{
    if (!present)
        return std::nullopt;
    data.insert(QStringLiteral("what"), QLatin1String(what));
    return VerdictFact::fromEventData(data, 0, 0);
}

/// Copies the keys of `from` that are present into `to`.
void copy(const QJsonObject &from, QJsonObject *to, std::initializer_list<const char *> keys,
          std::initializer_list<const char *> as = {})
{
    auto name = as.begin();
    for (const char *key : keys) {
        const QString target = QLatin1String(name != as.end() ? *name++ : key);
        if (from.contains(QLatin1String(key)))
            to->insert(target, from.value(QLatin1String(key)));
    }
}

void readVerdicts(const QJsonObject &o, SessionSummary *s)
{
    QJsonObject db{{QStringLiteral("result"), o.value(QStringLiteral("dialbackResult"))}};
    copy(o.value(QStringLiteral("dialbackError")).toObject(), &db, {"condition", "text"});
    copy(o, &db, {"dialbackExplanation"}, {"explanation"});
    s->dialback = verdict(!o.value(QStringLiteral("dialbackResult")).isNull(), "dialback", db);
    QJsonObject sasl{{QStringLiteral("result"), o.value(QStringLiteral("saslResult"))}};
    copy(o.value(QStringLiteral("saslError")).toObject(), &sasl, {"condition", "text"});
    copy(o, &sasl, {"mechanismUsed"}, {"mechanism"});
    if (o.value(QStringLiteral("serverSignatureVerified")).isBool())
        copy(o, &sasl, {"serverSignatureVerified"});
    s->sasl = verdict(!o.value(QStringLiteral("saslResult")).isNull() ||
                          !o.value(QStringLiteral("mechanismUsed")).isNull(),
                      "sasl", sasl);
    s->authenticated =
        verdict(!o.value(QStringLiteral("authenticatedAs")).isNull(), "authenticated",
                {{QStringLiteral("as"), o.value(QStringLiteral("authenticatedAs"))},
                 {QStringLiteral("method"), o.value(QStringLiteral("authMethod"))}});
    const QJsonObject ping = o.value(QStringLiteral("ping")).toObject();
    QJsonObject pingData;
    copy(ping, &pingData, {"result", "rttMs", "from"});
    if (!ping.value(QStringLiteral("connection")).isNull())
        copy(ping, &pingData, {"connection"}, {"replyConnection"});
    s->ping = verdict(o.value(QStringLiteral("ping")).isObject(), "ping", pingData);
    for (const char *what : {"disco", "softwareVersion"}) {
        QJsonObject answer = o.value(QLatin1String(what)).toObject();
        QJsonObject data;
        copy(answer, &data, {"result"});
        answer.remove(QStringLiteral("result"));
        data.insert(QLatin1String(what), answer);
        auto v = verdict(o.value(QLatin1String(what)).isObject(),
                         qstrcmp(what, "disco") == 0 ? "disco" : "version", data);
        (qstrcmp(what, "disco") == 0 ? s->disco : s->softwareVersion) = v;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("verdicts")).toArray())
        s->verdicts.append(VerdictFact::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("dialbackUnsolicited")).toArray())
        s->dialbackUnsolicited.append(VerdictFact::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("stanzaReplies")).toArray())
        s->stanzaReplies.append(VerdictFact::fromJson(v.toObject()));
}

void readClient(const QJsonObject &o, SessionSummary *s)
{
    s->bound = verdict(!o.value(QStringLiteral("jid")).isNull(), "bound",
                       {{QStringLiteral("jid"), o.value(QStringLiteral("jid"))}});
    const QJsonObject roster = o.value(QStringLiteral("roster")).toObject();
    QJsonObject rosterData;
    copy(roster, &rosterData, {"result", "contacts"});
    s->roster = verdict(o.value(QStringLiteral("roster")).isObject(), "roster", rosterData);
    QJsonObject message;
    copy(o.value(QStringLiteral("message")).toObject(), &message, {"to", "body", "id"});
    s->message = verdict(o.value(QStringLiteral("message")).isObject(), "message", message);
    QJsonObject delivery;
    copy(o, &delivery, {"deliveryError"}, {"error"});
    s->deliveryError =
        verdict(!o.value(QStringLiteral("deliveryError")).isNull(), "delivery-error", delivery);
    for (const QJsonValue &v : o.value(QStringLiteral("messagesReceived")).toArray()) {
        const QJsonObject m = v.toObject();
        ReceivedMessageFact r{m.value(QStringLiteral("from")).toString(),
                              m.value(QStringLiteral("type")).toString(),
                              m.value(QStringLiteral("id")).toString(), std::nullopt};
        if (m.value(QStringLiteral("body")).isString())
            r.body = m.value(QStringLiteral("body")).toString();
        s->messagesReceived.append(r);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("presenceReceived")).toArray()) {
        const QJsonObject p = v.toObject();
        s->presenceReceived.append({p.value(QStringLiteral("from")).toString(),
                                    p.value(QStringLiteral("type")).toString()});
    }
}

void readStream(const QJsonObject &o, SessionSummary *s)
{
    s->streamId = o.value(QStringLiteral("streamId")).toString();
    s->serverDomain = o.value(QStringLiteral("serverDomain")).toString();
    s->version = o.value(QStringLiteral("version")).toString();
    s->features = TextFact::strings(o.value(QStringLiteral("features")));
    s->saslMechanisms = TextFact::strings(o.value(QStringLiteral("saslMechanisms")));
    for (const QJsonValue &v : o.value(QStringLiteral("featureStages")).toArray()) {
        const QJsonObject st = v.toObject();
        s->featureStages.append({st.value(QStringLiteral("stage")).toString(),
                                 st.value(QStringLiteral("streamId")).toString(),
                                 featuresFromJson(st)});
    }
    s->starttlsOffered = o.value(QStringLiteral("starttlsOffered")).toBool();
    s->starttlsRequired = o.value(QStringLiteral("starttlsRequired")).toBool();
    s->tlsUpgraded = o.value(QStringLiteral("tlsUpgraded")).toBool();
    s->directTls = o.value(QStringLiteral("directTls")).toBool();
    s->dialbackOffered = o.value(QStringLiteral("dialbackOffered")).toBool();
    if (o.value(QStringLiteral("tls")).isObject())
        s->tls = TlsFact::fromEventData(o.value(QStringLiteral("tls")).toObject());
    if (o.value(QStringLiteral("streamError")).isObject())
        s->streamError = streamErrorFromJson(o.value(QStringLiteral("streamError")).toObject());
}

void readTimeline(const QJsonObject &o, SessionSummary *s)
{
    for (const char *key : {"phases", "sessionPhases"}) {
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
            const QJsonObject p = v.toObject();
            (qstrcmp(key, "phases") == 0 ? s->phases : s->sessionPhases)
                .append({p.value(QStringLiteral("name")).toString(),
                         p.value(QStringLiteral("atMs")).toDouble(),
                         p.value(QStringLiteral("connection")).toInt(),
                         TextFact::fromJson(p.value(QStringLiteral("scope")))});
        }
    }
    const QJsonObject t = o.value(QStringLiteral("timings")).toObject();
    const auto ms = [&t](const char *key) -> std::optional<double> {
        const QJsonValue v = t.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    s->timings = {ms("tcpConnectMs"), ms("firstFeaturesMs"), ms("tlsHandshakeMs"),
                  ms("starttlsMs")};
    s->latencyMs = o.value(QStringLiteral("latencyMs")).toDouble();
    for (const QJsonValue &v : o.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        s->connections.append({c.value(QStringLiteral("id")).toInt(),
                               c.value(QStringLiteral("role")).toString(),
                               c.value(QStringLiteral("label")).toString(),
                               c.value(QStringLiteral("local")).toString(),
                               c.value(QStringLiteral("remote")).toString(),
                               c.value(QStringLiteral("tls")).toBool()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject n = v.toObject();
        const TextFact text = TextFact::fromJson(n.value(QStringLiteral("text")));
        s->notes.append({n.value(QStringLiteral("atMs")).toDouble(),
                         n.value(QStringLiteral("connection")).toInt(), text, Phrase(text.text())});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("inboundStanzas")).toArray()) {
        const QJsonObject st = v.toObject();
        s->inboundStanzas.append({st.value(QStringLiteral("connection")).toInt(),
                                  st.value(QStringLiteral("atMs")).toDouble(),
                                  st.value(QStringLiteral("kind")).toString(),
                                  st.value(QStringLiteral("type")).toString(),
                                  st.value(QStringLiteral("id")).toString(),
                                  st.value(QStringLiteral("from")).toString(),
                                  st.value(QStringLiteral("to")).toString()});
    }
    s->inboundStanzaCount = qint64(o.value(QStringLiteral("inboundStanzaCount")).toDouble());
}
} // namespace

SessionSummary SessionSummary::fromJson(const QJsonObject &o)
{
    SessionSummary s;
    const auto text = [&o](const char *key) {
        return TextFact::fromJson(o.value(QLatin1String(key)));
    };
    s.success = o.value(QStringLiteral("success")).toBool();
    s.finished = o.value(QStringLiteral("finished")).toBool();
    s.mode = text("mode");
    s.fromDomain = text("fromDomain");
    s.toDomain = text("toDomain");
    s.host = text("host");
    s.tlsMode = text("tlsMode");
    s.url = text("url");
    if (o.contains(QStringLiteral("port")))
        s.port = o.value(QStringLiteral("port")).toInt();
    if (o.contains(QStringLiteral("clientCertificate"))) {
        const QJsonValue c = o.value(QStringLiteral("clientCertificate"));
        const std::optional<CertificateFact> certificate =
            c.isObject() ? std::optional<CertificateFact>(CertificateFact::fromJson(c.toObject()))
                         : std::nullopt;
        s.clientCertificate = ClientCertificateFact{
            !certificate || certificate->clientAuth.value_or(true),
            certificate ? certificate->warning.value_or(QString()) : QString(), certificate};
    }
    readStream(o, &s);
    readVerdicts(o, &s);
    if (o.contains(QStringLiteral("dns"))) {
        s.dns = DnsFact::fromEventData(o.value(QStringLiteral("dns")).toObject());
        for (const QJsonValue &v : o.value(QStringLiteral("attempts")).toArray())
            s.attempts.append(AttemptFact::fromJson(v.toObject()));
    }
    if (s.isClient())
        readClient(o, &s);
    readTimeline(o, &s);
    s.error = text("error");
    s.errorPhrase = Phrase(s.error.value); // a summary's JSON keeps the English text only
    s.errorCode = text("errorCode");
    s.failedPhase = text("failedPhase");
    s.exitCode = o.value(QStringLiteral("exitCode")).toInt(1);
    return s;
}

} // namespace Inspector
