// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of event payloads: each kind's fact is read and written by its own type.
#include "eventjson.h"

namespace Inspector::EventJson {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

EventPayload payloadOf(EventKind kind, const QJsonObject &d)
{
    switch (kind) {
    case EventKind::SessionStarted:
        return SessionStartedFact::fromEventData(d);
    case EventKind::Phase:
        return PhaseEventFact::fromEventData(d);
    case EventKind::StreamHeader: {
        QJsonObject header = d;
        header.remove(QStringLiteral("offset"));
        return header.isEmpty() ? EventPayload() : EventPayload(StreamHeader::fromJson(header));
    }
    case EventKind::Tls:
        return TlsFact::fromEventData(d);
    case EventKind::Note:
        return NoteEventFact::fromEventData(d);
    case EventKind::Error:
        return d.isEmpty() ? EventPayload() : EventPayload(ErrorEventFact::fromEventData(d));
    case EventKind::Verdict:
        return VerdictFact::fromEventData(d, 0, 0);
    case EventKind::Connection:
        return ConnectionInfo::fromJson(d);
    case EventKind::Dns:
        return DnsFact::fromEventData(d);
    case EventKind::SessionFinished:
        return d.isEmpty() ? EventPayload() : EventPayload(SessionFinishedFact::fromEventData(d));
    case EventKind::DiscardedBytes:
        return DiscardedFact::fromEventData(d);
    case EventKind::Http:
        return HttpFact::fromEventData(d);
    case EventKind::Element:
    case EventKind::Whitespace:
    case EventKind::StreamEnd:
        break;
    }
    return {};
}

} // namespace

QJsonObject data(const Event &e)
{
    QJsonObject o = e.payload.visit(Overloaded{
        [](std::monostate) { return QJsonObject(); },
        [](const StreamHeader &h) { return h.toJson(); },
        [](const ConnectionInfo &c) { return c.toJson(); },
        [](const TlsFact &t) { return t.toJson(); },
        [](const auto &fact) { return fact.toEventData(); },
    });
    if (e.offset >= 0)
        o.insert(QStringLiteral("offset"), e.offset);
    return o;
}

void setData(Event *e, const QJsonObject &data)
{
    const QJsonValue offset = data.value(QStringLiteral("offset"));
    e->offset = offset.isDouble() ? offset.toInteger(-1) : -1;
    e->payload = payloadOf(e->kind, data);
}

} // namespace Inspector::EventJson
