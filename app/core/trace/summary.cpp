// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "eventlog.h"
#include "protocol/namespaces.h"
#include "protocol/streamerror.h"
#include "protocol/streamfeatures.h"

#include <QJsonArray>

namespace Inspector {

namespace {
double ms(qint64 ns)
{
    return double(ns / 1000) / 1000.0; // microsecond resolution
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject Summary::build(const EventLog &log)
{
    QJsonObject config;
    int mainConnection = 0;
    QJsonObject finished;
    QString streamId, serverDomain, version;
    QStringList features, saslMechanisms;
    bool starttlsOffered = false, starttlsRequired = false, dialbackOffered = false;
    bool tlsSeen = false;
    QJsonObject tls;
    QJsonValue streamError;
    QJsonArray phases, notes, stages;
    QHash<QString, qint64> firstPhaseNs;
    qint64 lastNs = 0;

    for (const Event &e : log.events()) {
        lastNs = e.monotonicNs;
        switch (e.kind) {
        case EventKind::SessionStarted:
            config = e.data;
            mainConnection = e.data.value(QStringLiteral("connection")).toInt();
            break;
        case EventKind::SessionFinished:
            finished = e.data;
            break;
        case EventKind::Phase: {
            const QString name = e.data.value(QStringLiteral("name")).toString();
            phases.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("atMs"), ms(e.monotonicNs)},
                                      {QStringLiteral("connection"), e.connection}});
            if (e.connection == mainConnection && !firstPhaseNs.contains(name))
                firstPhaseNs.insert(name, e.monotonicNs);
            break;
        }
        case EventKind::Note:
            notes.append(QJsonObject{{QStringLiteral("atMs"), ms(e.monotonicNs)},
                                     {QStringLiteral("connection"), e.connection},
                                     {QStringLiteral("text"), e.data.value(QStringLiteral("text"))}});
            break;
        case EventKind::StreamHeader:
            if (e.connection == mainConnection && e.direction == Direction::Inbound) {
                streamId = e.data.value(QStringLiteral("id")).toString();
                serverDomain = e.data.value(QStringLiteral("from")).toString();
                version = e.data.value(QStringLiteral("version")).toString();
            }
            break;
        case EventKind::Tls:
            if (e.connection == mainConnection) {
                tlsSeen = true;
                tls = e.data;
            }
            break;
        case EventKind::Element:
            if (e.connection != mainConnection || e.direction != Direction::Inbound || !e.element)
                break;
            if (e.element->is(Ns::Streams, u"features")) {
                const StreamFeatures f = StreamFeatures::fromElement(*e.element);
                features = f.names();
                saslMechanisms = f.saslMechanisms;
                starttlsOffered = starttlsOffered || f.starttls;
                starttlsRequired = starttlsRequired || f.starttlsRequired;
                dialbackOffered = dialbackOffered || f.dialback;
                QJsonObject stage = f.toJson();
                stage.insert(QStringLiteral("stage"), stages.isEmpty()
                                                          ? QStringLiteral("initial")
                                                          : tlsSeen ? QStringLiteral("after-tls")
                                                                    : QStringLiteral("restart"));
                stage.insert(QStringLiteral("streamId"), streamId);
                stages.append(stage);
            } else if (e.element->is(Ns::Streams, u"error")) {
                streamError = StreamError::fromElement(*e.element).toJson();
            }
            break;
        default:
            break;
        }
    }

    const bool directTls = config.value(QStringLiteral("tlsMode")).toString()
                           == QLatin1String("direct");
    QJsonObject timings;
    const auto since = [&](const char *from, const char *to) -> QJsonValue {
        const QString a = QString::fromLatin1(from), b = QString::fromLatin1(to);
        if (!firstPhaseNs.contains(a) || !firstPhaseNs.contains(b))
            return QJsonValue();
        return ms(firstPhaseNs.value(b) - firstPhaseNs.value(a));
    };
    timings.insert(QStringLiteral("tcpConnectMs"), since("connecting", "tcp_connected"));
    timings.insert(QStringLiteral("firstFeaturesMs"), since("connecting", "features_received"));
    timings.insert(QStringLiteral("tlsHandshakeMs"), since("tls_handshake", "tls_established"));
    timings.insert(QStringLiteral("starttlsMs"), since("starttls_sent", "tls_established"));

    QJsonArray connections;
    for (const ConnectionInfo &c : log.connections()) {
        connections.append(QJsonObject{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("role"), c.role},
                                       {QStringLiteral("label"), c.label},
                                       {QStringLiteral("local"), orNull(c.localAddress)},
                                       {QStringLiteral("remote"), orNull(c.peerAddress)}});
    }

    QJsonObject o;
    o.insert(QStringLiteral("success"), finished.value(QStringLiteral("success")).toBool(false));
    o.insert(QStringLiteral("mode"), config.value(QStringLiteral("mode")));
    o.insert(QStringLiteral("fromDomain"), config.value(QStringLiteral("fromDomain")));
    o.insert(QStringLiteral("toDomain"), config.value(QStringLiteral("toDomain")));
    o.insert(QStringLiteral("host"), config.value(QStringLiteral("host")));
    o.insert(QStringLiteral("port"), config.value(QStringLiteral("port")));
    o.insert(QStringLiteral("tlsMode"), config.value(QStringLiteral("tlsMode")));
    o.insert(QStringLiteral("streamId"), orNull(streamId));
    o.insert(QStringLiteral("serverDomain"), orNull(serverDomain));
    o.insert(QStringLiteral("version"), orNull(version));
    o.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    o.insert(QStringLiteral("featureStages"), stages);
    o.insert(QStringLiteral("starttlsOffered"), starttlsOffered);
    o.insert(QStringLiteral("starttlsRequired"), starttlsRequired);
    o.insert(QStringLiteral("tlsUpgraded"), tlsSeen && !directTls);
    o.insert(QStringLiteral("directTls"), directTls);
    o.insert(QStringLiteral("tls"), tlsSeen ? QJsonValue(tls) : QJsonValue());
    o.insert(QStringLiteral("saslMechanisms"), QJsonArray::fromStringList(saslMechanisms));
    o.insert(QStringLiteral("dialbackOffered"), dialbackOffered);
    o.insert(QStringLiteral("streamError"), streamError);
    o.insert(QStringLiteral("phases"), phases);
    o.insert(QStringLiteral("timings"), timings);
    o.insert(QStringLiteral("latencyMs"), ms(lastNs));
    o.insert(QStringLiteral("connections"), connections);
    o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("error"), finished.value(QStringLiteral("error")));
    o.insert(QStringLiteral("errorCode"), finished.value(QStringLiteral("code")));
    o.insert(QStringLiteral("failedPhase"), finished.value(QStringLiteral("failedPhase")));
    o.insert(QStringLiteral("exitCode"), finished.value(QStringLiteral("exitCode")).toInt(1));
    return o;
}

} // namespace Inspector
