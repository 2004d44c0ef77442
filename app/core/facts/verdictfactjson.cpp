// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of verdict events and of texts: the only place their keys are spelt.
#include "eventfacts.h"
#include "textfact.h"
#include "verdictfact.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Inspector {

TextFact TextFact::fromJson(const QJsonValue &v)
{
    if (v.isNull())
        return null();
    if (!v.isString())
        return {};
    return TextFact(v.toString());
}

QStringList TextFact::strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonValue TextFact::toJson() const
{
    switch (state) {
    case State::Absent:
        return QJsonValue(QJsonValue::Undefined);
    case State::Null:
        return QJsonValue();
    case State::Value:
        break;
    }
    return value;
}

namespace Queries {

template<class V> void visitFields(DiscoIdentity &i, V &v)
{
    v("category", i.category);
    v("type", i.type);
    v("name", i.name);
}

template<class V> void visitFields(DiscoInfoResult &d, V &v)
{
    v.list("identities", d.identities);
    v("features", d.features);
}

template<class V> void visitFields(SoftwareVersionResult &s, V &v)
{
    const auto field = [&v](const char *key, std::optional<QString> &f) {
        TextFact t = f ? TextFact(*f) : TextFact();
        v(key, t);
        if constexpr (V::Reading)
            f = t.isValue() ? std::optional<QString>(t.value) : std::nullopt;
    };
    field("name", s.name);
    field("version", s.version);
    field("os", s.os);
}

template<class V> void visitFields(RosterItem &r, V &v)
{
    v("jid", r.jid);
    v("name", r.name);
    v("subscription", r.subscription);
    v("ask", r.ask);
    v("groups", r.groups);
}

} // namespace Queries

namespace {

/// A stanza error is an object under "error", where other verdicts have a text.
void readStanzaError(const QJsonObject &d, VerdictFact &f)
{
    const QJsonValue e = d.value(QStringLiteral("error"));
    f.stanzaError = e.isObject() ? std::optional<StanzaError>(StanzaError::fromJson(e.toObject()))
                                 : std::nullopt;
}

void writeStanzaError(QJsonObject *d, const VerdictFact &f)
{
    // An error stanza without its <error/> child is recorded as an empty object.
    if (f.stanzaError)
        d->insert(QStringLiteral("error"),
                  f.stanzaError->type.isEmpty() && f.stanzaError->condition.isEmpty()
                      ? QJsonObject()
                      : f.stanzaError->toJson());
}

} // namespace

template<class V> void visitFields(VerdictFact &f, V &v)
{
    v("what", f.what);
    v("result", f.result);
    v("condition", f.condition);
    v.phrased("text", f.text, f.textPhrase);
    v.phrased("explanation", f.explanation, f.explanationPhrase);
    v("errorType", f.errorType);
    v("streamError", f.streamError);
    v("domain", f.domain);
    v("localDomain", f.localDomain);
    v("sent", f.sent);
    v("streamId", f.streamId);
    v("originating", f.originating);
    v("receiving", f.receiving);
    v("mechanism", f.mechanism);
    v("as", f.as);
    v("method", f.method);
    v("serverSignatureVerified", f.serverSignatureVerified);
    v("jid", f.jid);
    v("to", f.to);
    v("body", f.body);
    v("id", f.id);
    v("from", f.from);
    v("rttMs", f.rttMs);
    v("replyConnection", f.replyConnection);
    v("unexpectedSender", f.unexpectedSender);
    v.object("disco", f.disco);
    v.object("softwareVersion", f.softwareVersion);
    v.list("contacts", f.contacts);
    v.phrased("error", f.error, f.errorPhrase);
    v("expected", f.expected);
    v("received", f.received);
    v("offeredBeforeTls", f.offeredBeforeTls);
    v("encrypted", f.encrypted);
    v("certificateProves", f.certificateProves);
    v("authorised", f.authorised);
    v("target", f.target);
    v("address", f.address);
    v("source", f.source);
    v("role", f.role);
    v("candidate", f.candidate);
    v("port", f.port);
    v("directTls", f.directTls);
    v("h", f.handled);
    v("sentCount", f.sentCount);
    v("resent", f.resent);
    v("peerResent", f.peerResent);
    v("max", f.max);
    v("resume", f.resume);
    v("location", f.location);
    v("testMessage", f.testMessage);
    v("fields", f.fields);
    v("captcha", f.captcha);
}

VerdictFact VerdictFact::fromEventData(const QJsonObject &d, int connection, double atMs)
{
    VerdictFact f = JsonReader::read<VerdictFact>(d);
    readStanzaError(d, f);
    f.connection = connection;
    f.atMs = atMs;
    return f;
}

QJsonObject VerdictFact::toEventData() const
{
    QJsonObject o = JsonWriter::write(*this);
    writeStanzaError(&o, *this);
    return o;
}

QJsonObject VerdictFact::toJson() const
{
    QJsonObject o = JsonWriter::write(*this, JsonWriter::Phrases::Leave);
    writeStanzaError(&o, *this);
    o.insert(QStringLiteral("connection"), connection);
    o.insert(QStringLiteral("atMs"), atMs);
    return o;
}

VerdictFact VerdictFact::fromJson(const QJsonObject &o)
{
    return fromEventData(o, o.value(QStringLiteral("connection")).toInt(),
                         o.value(QStringLiteral("atMs")).toDouble());
}

void VerdictFact::setText(const Phrase &phrase)
{
    text = phrase.english();
    textPhrase = phrase;
}

void VerdictFact::setError(const Phrase &phrase)
{
    error = phrase.english();
    errorPhrase = phrase;
}

} // namespace Inspector
