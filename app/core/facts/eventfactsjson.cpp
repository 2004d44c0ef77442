// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of the session events: the only place their keys are spelt.
#include "eventfacts.h"

namespace Inspector {

template<class V> void visitFields(SessionStartedFact &f, V &v)
{
    v("mode", f.mode);
    v("fromDomain", f.fromDomain);
    v("toDomain", f.toDomain);
    v("host", f.host);
    v("port", f.port);
    v("tlsMode", f.tlsMode);
    v("jid", f.jid);
    v("domain", f.domain);
    v("timeoutMs", f.timeoutMs);
    v("durationMs", f.durationMs);
    v("connection", f.connection);
    v("auth", f.auth);
    v("authoritative", f.authoritative);
    v("bind", f.bind);
    v("caFile", f.caFile);
    v("certificate", f.certificate);
    v("dialbackSecret", f.dialbackSecret);
    v("dnsServer", f.dnsServer);
    v("mechanism", f.mechanism);
    v("password", f.password);
    v("stanzasFile", f.stanzasFile);
    v("stopAfter", f.stopAfter);
    v("url", f.url);
    v("bidi", f.bidi);
    v("client", f.client);
    v("disco", f.disco);
    v("dns", f.dns);
    v("ping", f.ping);
    v("softwareVersion", f.softwareVersion);
    v("strictTls", f.strictTls);
    v("probeAll", f.probeAll);
    v("trustAnchors", f.trustAnchors);
}

SessionStartedFact SessionStartedFact::fromEventData(const QJsonObject &d)
{
    SessionStartedFact f = JsonReader::read<SessionStartedFact>(d);
    const QJsonValue certificate = d.value(QStringLiteral("clientCertificate"));
    f.recordsClientCertificate = !certificate.isUndefined();
    if (certificate.isObject())
        f.clientCertificate = CertificateFact::fromJson(certificate.toObject());
    return f;
}

QJsonObject SessionStartedFact::toEventData() const
{
    QJsonObject o = JsonWriter::write(*this);
    if (recordsClientCertificate || clientCertificate)
        o.insert(QStringLiteral("clientCertificate"),
                 clientCertificate ? QJsonValue(clientCertificate->toJson()) : QJsonValue());
    return o;
}

template<class V> void visitFields(SessionFinishedFact &f, V &v)
{
    v("success", f.success);
    v("exitCode", f.exitCode);
    v("code", f.code);
    v.phrased("error", f.error, f.errorPhrase);
}

SessionFinishedFact::SessionFinishedFact(bool succeeded, int exit, const QString &failureCode,
                                         const Phrase &failure)
    : success(succeeded)
    , exitCode(exit)
    , code(failureCode.isEmpty() ? TextFact::null() : TextFact(failureCode))
    , error(succeeded ? TextFact::null() : TextFact(failure.english()))
    , errorPhrase(failure)
{}

SessionFinishedFact SessionFinishedFact::fromEventData(const QJsonObject &d)
{
    SessionFinishedFact f = JsonReader::read<SessionFinishedFact>(d);
    if (!d.value(QStringLiteral("exitCode")).isDouble())
        f.exitCode = 1;
    return f;
}

QJsonObject SessionFinishedFact::toEventData() const
{
    return JsonWriter::write(*this);
}

template<class V> void visitFields(PhaseEventFact &f, V &v)
{
    v("name", f.name);
    v("previous", f.previous);
    v("scope", f.scope);
    v("timeoutMs", f.timeoutMs);
}

PhaseEventFact PhaseEventFact::fromEventData(const QJsonObject &d)
{
    return JsonReader::read<PhaseEventFact>(d);
}

QJsonObject PhaseEventFact::toEventData() const
{
    return JsonWriter::write(*this);
}

template<class V> void visitFields(ErrorEventFact &f, V &v)
{
    v("code", f.code);
    v.phrased("message", f.message, f.messagePhrase);
    v("phase", f.phase);
    v("condition", f.condition);
    v("from", f.from);
    v("to", f.to);
    v("scope", f.scope);
    v("rawOffset", f.rawOffset);
}

ErrorEventFact::ErrorEventFact(const QString &errorCode, const Phrase &text)
    : code(errorCode)
    , message(text.english())
    , messagePhrase(text)
{}

ErrorEventFact ErrorEventFact::fromEventData(const QJsonObject &d)
{
    return JsonReader::read<ErrorEventFact>(d);
}

QJsonObject ErrorEventFact::toEventData() const
{
    return JsonWriter::write(*this);
}

template<class V> void visitFields(NoteEventFact &f, V &v)
{
    v.phrased("text", f.text, f.phrase);
}

NoteEventFact NoteEventFact::fromEventData(const QJsonObject &d)
{
    return JsonReader::read<NoteEventFact>(d);
}

QJsonObject NoteEventFact::toEventData() const
{
    return JsonWriter::write(*this);
}

template<class V> void visitFields(DiscardedFact &f, V &v)
{
    v("reason", f.reason);
}

DiscardedFact DiscardedFact::fromEventData(const QJsonObject &d)
{
    return JsonReader::read<DiscardedFact>(d);
}

QJsonObject DiscardedFact::toEventData() const
{
    return JsonWriter::write(*this);
}

template<class V> void visitFields(HttpFact &f, V &v)
{
    v("method", f.method);
    v("url", f.url);
    v("request", f.request);
    v("rid", f.rid);
    v("status", f.status);
    v("elapsedMs", f.elapsedMs);
    v("bytes", f.bytes);
    v("elements", f.elements);
    v("purpose", f.purpose);
    v("type", f.type);
    v("condition", f.condition);
}

HttpFact HttpFact::fromEventData(const QJsonObject &d)
{
    return JsonReader::read<HttpFact>(d);
}

QJsonObject HttpFact::toEventData() const
{
    return JsonWriter::write(*this);
}

} // namespace Inspector
