// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtext.h"

#include "facts/eventfacts.h"
#include "streammodel.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/phases.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Inspector::EventText {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

QString directionText(Direction d)
{
    switch (d) {
    case Direction::Inbound:
        return Text::tr("received");
    case Direction::Outbound:
        return Text::tr("sent");
    case Direction::Local:
        break;
    }
    return Text::tr("recorded here");
}

QString kindText(EventKind kind)
{
    switch (kind) {
    case EventKind::SessionStarted:
        return Text::tr("session start");
    case EventKind::Phase:
        return Text::tr("phase");
    case EventKind::StreamHeader:
        return Text::tr("stream header");
    case EventKind::Element:
        return Text::tr("element");
    case EventKind::Whitespace:
        return Text::tr("whitespace");
    case EventKind::StreamEnd:
        return Text::tr("stream end");
    case EventKind::DiscardedBytes:
        return Text::tr("bytes outside the stream");
    case EventKind::Tls:
        return Text::tr("TLS");
    case EventKind::Note:
        return Text::tr("note");
    case EventKind::Error:
        return Text::tr("error");
    case EventKind::Verdict:
        return Text::tr("verdict");
    case EventKind::Connection:
        return Text::tr("connection");
    case EventKind::Dns:
        return Text::tr("DNS");
    case EventKind::Http:
        return Text::tr("HTTP");
    case EventKind::SessionFinished:
        return Text::tr("session end");
    }
    return {};
}

QString scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("—");
    default:
        return {};
    }
}

/// The payload's fields as indented "name: value" lines; the stored phrases are the texts
/// already shown in the interface's language, so they are left out.
void appendFields(const QJsonValue &value, const QString &indent, QStringList *lines)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().endsWith(QLatin1String("Phrase")) || it.key() == QLatin1String("phrase"))
                continue;
            if (it->isObject() || it->isArray()) {
                lines->append(indent + it.key() + QLatin1Char(':'));
                appendFields(*it, indent + QStringLiteral("    "), lines);
            } else {
                lines->append(indent + it.key() + QStringLiteral(": ") + scalar(*it));
            }
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).isObject() || a.at(i).isArray()) {
                lines->append(indent + QStringLiteral("%1.").arg(i + 1));
                appendFields(a.at(i), indent + QStringLiteral("    "), lines);
            } else {
                lines->append(indent + QStringLiteral("– ") + scalar(a.at(i)));
            }
        }
    }
}

QString phaseSentence(const Event &e)
{
    const PhaseEventFact phase = e.payload.as<PhaseEventFact>();
    QString s = e.connection == 0
                    ? Text::tr("The %1 entered the phase “%2”.")
                          .arg(Phases::scopeLabel(phase.scope.text()), Phases::label(phase.name))
                    : Text::tr("Connection %1 entered the phase “%2”.")
                          .arg(e.connection)
                          .arg(Phases::label(phase.name));
    if (!phase.previous.text().isEmpty())
        s += QLatin1Char(' ') +
             Text::tr("Before, it was in “%1”.").arg(Phases::label(phase.previous.text()));
    if (phase.timeoutMs)
        s += QLatin1Char(' ') +
             Text::tr("It waits at most %1 s for the peer.").arg(double(*phase.timeoutMs) / 1000);
    return s;
}

QString errorSentence(const Event &e)
{
    const ErrorEventFact error = e.payload.as<ErrorEventFact>();
    QStringList lines{Text::tr("Error: %1").arg(error.messagePhrase.display())};
    if (!error.code.text().isEmpty())
        lines << Text::tr("Code: %1").arg(error.code.text());
    if (!error.condition.text().isEmpty())
        lines << Text::tr("Condition: %1").arg(error.condition.text());
    if (!error.phase.text().isEmpty())
        lines << Text::tr("It ended the phase “%1”.").arg(Phases::label(error.phase.text()));
    return lines.join(QLatin1Char('\n'));
}

QString connectionSentence(const Event &e)
{
    const ConnectionInfo c = e.payload.as<ConnectionInfo>();
    QStringList lines{Text::tr("Connection %1 (%2): %3")
                          .arg(e.connection)
                          .arg(Phases::roleLabel(c.role), c.label)};
    if (!c.localAddress.isEmpty() || !c.peerAddress.isEmpty())
        lines << Text::tr("From %1 to %2.").arg(c.localAddress, c.peerAddress);
    if (!c.localDomain.isEmpty())
        lines << Text::tr("This tool speaks for %1.").arg(c.localDomain);
    if (!c.remoteDomain.isEmpty())
        lines << Text::tr("The peer is %1.").arg(c.remoteDomain);
    return lines.join(QLatin1Char('\n'));
}

/// The opening sentence of an event without XML.
QString sentence(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    switch (e.kind) {
    case EventKind::Phase:
        return phaseSentence(e);
    case EventKind::Error:
        return errorSentence(e);
    case EventKind::Connection:
        return connectionSentence(e);
    case EventKind::SessionStarted:
        return Text::tr("The session started with these settings:");
    case EventKind::SessionFinished: {
        const SessionFinishedFact f = e.payload.as<SessionFinishedFact>();
        return f.success ? Text::tr("The session succeeded.")
                         : Text::tr("The session failed: %1").arg(f.errorPhrase.display());
    }
    case EventKind::Whitespace:
        return Text::tr("A whitespace keepalive of %n byte(s).", nullptr, int(e.raw.size()));
    default:
        return StreamModel::summarize(log, index);
    }
}
} // namespace

QString heading(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    QString where =
        e.connection == 0 ? Text::tr("session") : Text::tr("connection %1").arg(e.connection);
    if (const ConnectionInfo *c = e.connection ? log.connection(e.connection) : nullptr)
        where += QStringLiteral(" (%1: %2)").arg(Phases::roleLabel(c->role), c->label);
    return Text::tr("%1 ms · %2 · %3 · %4", "time · connection · direction · kind")
        .arg(double(e.monotonicNs) / 1e6, 0, 'f', 1)
        .arg(where, directionText(e.direction), kindText(e.kind));
}

QString describe(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    if (e.kind == EventKind::Element) {
        if (const ElementPtr tree = log.element(index))
            return QString::fromUtf8(tree->toXml(true));
        return QString::fromUtf8(e.raw);
    }
    if ((e.kind == EventKind::StreamHeader || e.kind == EventKind::StreamEnd) && !e.raw.isEmpty())
        return QString::fromUtf8(e.raw);
    QStringList lines{sentence(log, index)};
    // Sentences say all there is of these; the others list their facts.
    if (e.kind != EventKind::Phase && e.kind != EventKind::Note && e.kind != EventKind::Error &&
        e.kind != EventKind::Connection && e.kind != EventKind::Whitespace &&
        !e.payload.isEmpty()) {
        lines << QString();
        appendFields(EventJson::data(e), QString(), &lines);
    }
    if (e.kind == EventKind::Http && !e.raw.isEmpty()) // the <body/> wrapper as it was sent
        lines << QString() << QString::fromUtf8(e.raw);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Inspector::EventText
