// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "trace/eventlog.h"
#include "trace/transcript.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Inspector::Report {

namespace {
QString str(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts.append(str(x));
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    }
    return v.toString();
}
} // namespace

QString summaryText(const QJsonObject &s)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += label.leftJustified(22) + value + QLatin1Char('\n');
    };
    line(QStringLiteral("Result:"), s.value(QStringLiteral("success")).toBool()
                                        ? QStringLiteral("success")
                                        : QStringLiteral("FAILED"));
    if (!s.value(QStringLiteral("error")).isNull())
        line(QStringLiteral("Error:"), str(s.value(QStringLiteral("error"))));
    line(QStringLiteral("Session:"),
         QStringLiteral("%1 %2 → %3 via %4:%5 (TLS %6)")
             .arg(str(s.value(QStringLiteral("mode"))), str(s.value(QStringLiteral("fromDomain"))),
                  str(s.value(QStringLiteral("toDomain"))), str(s.value(QStringLiteral("host"))),
                  str(s.value(QStringLiteral("port"))), str(s.value(QStringLiteral("tlsMode")))));
    line(QStringLiteral("Server domain:"), str(s.value(QStringLiteral("serverDomain"))));
    line(QStringLiteral("Stream id:"), str(s.value(QStringLiteral("streamId"))));
    line(QStringLiteral("Version:"), str(s.value(QStringLiteral("version"))));
    for (const QJsonValue &v : s.value(QStringLiteral("featureStages")).toArray()) {
        const QJsonObject st = v.toObject();
        line(QStringLiteral("Features (%1):").arg(st.value(QStringLiteral("stage")).toString()),
             str(st.value(QStringLiteral("names"))));
    }
    line(QStringLiteral("STARTTLS:"), QStringLiteral("offered %1, required %2, upgraded %3")
                                          .arg(str(s.value(QStringLiteral("starttlsOffered"))),
                                               str(s.value(QStringLiteral("starttlsRequired"))),
                                               str(s.value(QStringLiteral("tlsUpgraded")))));
    const QJsonObject tls = s.value(QStringLiteral("tls")).toObject();
    if (!tls.isEmpty()) {
        line(QStringLiteral("TLS:"), QStringLiteral("%1 %2, ALPN %3, SNI %4")
                                         .arg(str(tls.value(QStringLiteral("protocol"))),
                                              str(tls.value(QStringLiteral("cipher"))),
                                              str(tls.value(QStringLiteral("alpn"))),
                                              str(tls.value(QStringLiteral("sni")))));
        line(QStringLiteral("Certificate:"),
             tls.value(QStringLiteral("verified")).toBool()
                 ? QStringLiteral("verified")
                 : QStringLiteral("NOT verified: ") +
                       str(tls.value(QStringLiteral("verifyErrors"))));
        for (const QJsonValue &c : tls.value(QStringLiteral("peerCertificates")).toArray()) {
            const QJsonObject cert = c.toObject();
            line(QStringLiteral("  subject:"), cert.value(QStringLiteral("subject")).toString());
            line(QStringLiteral("  issuer:"), cert.value(QStringLiteral("issuer")).toString());
            line(QStringLiteral("  valid:"), cert.value(QStringLiteral("notBefore")).toString() +
                                                 QStringLiteral(" – ") +
                                                 cert.value(QStringLiteral("notAfter")).toString());
            line(QStringLiteral("  sha256:"), cert.value(QStringLiteral("sha256")).toString());
        }
    }
    if (!s.value(QStringLiteral("saslResult")).isNull()) {
        QString v = str(s.value(QStringLiteral("saslResult")));
        const QJsonObject e = s.value(QStringLiteral("saslError")).toObject();
        if (!e.isEmpty())
            v += QStringLiteral(" (%1 %2)")
                     .arg(str(e.value(QStringLiteral("condition"))),
                          e.value(QStringLiteral("text")).toString());
        // A client session names the mechanism it used; a server-to-server one uses EXTERNAL.
        const QString mechanism = s.value(QStringLiteral("mechanismUsed")).toString();
        const bool client = s.value(QStringLiteral("mode")).toString() == QLatin1String("c2s");
        line(mechanism.isEmpty()
                 ? (client ? QStringLiteral("SASL:") : QStringLiteral("SASL EXTERNAL:"))
                 : QStringLiteral("SASL %1:").arg(mechanism),
             v);
    }
    if (!s.value(QStringLiteral("dialbackResult")).isNull()) {
        QString v = str(s.value(QStringLiteral("dialbackResult")));
        const QJsonObject e = s.value(QStringLiteral("dialbackError")).toObject();
        if (!e.isEmpty())
            v += QStringLiteral(" (%1 %2)")
                     .arg(str(e.value(QStringLiteral("condition"))),
                          e.value(QStringLiteral("text")).toString());
        if (s.contains(QStringLiteral("dialbackExplanation")))
            v += QStringLiteral(" — ") + s.value(QStringLiteral("dialbackExplanation")).toString();
        line(QStringLiteral("Dialback:"), v);
    }
    if (!s.value(QStringLiteral("authenticatedAs")).isNull())
        line(QStringLiteral("Authenticated as:"),
             QStringLiteral("%1 (%2)").arg(str(s.value(QStringLiteral("authenticatedAs"))),
                                           str(s.value(QStringLiteral("authMethod")))));
    const QJsonObject ping = s.value(QStringLiteral("ping")).toObject();
    if (!ping.isEmpty())
        line(QStringLiteral("Ping:"), QStringLiteral("%1, %2 ms, answered on connection %3")
                                          .arg(str(ping.value(QStringLiteral("result"))),
                                               str(ping.value(QStringLiteral("rttMs"))),
                                               str(ping.value(QStringLiteral("connection")))));
    const QJsonObject version = s.value(QStringLiteral("softwareVersion")).toObject();
    if (!version.isEmpty())
        line(QStringLiteral("Software:"), QStringLiteral("%1 %2 %3")
                                              .arg(str(version.value(QStringLiteral("name"))),
                                                   str(version.value(QStringLiteral("version"))),
                                                   version.value(QStringLiteral("os")).toString()));
    const QJsonObject disco = s.value(QStringLiteral("disco")).toObject();
    if (!disco.isEmpty())
        line(QStringLiteral("Disco features:"), str(disco.value(QStringLiteral("features"))));
    const QJsonArray connections = s.value(QStringLiteral("connections")).toArray();
    if (connections.size() > 1) {
        out += QStringLiteral("Connections:\n");
        for (const QJsonValue &v : connections) {
            const QJsonObject c = v.toObject();
            out += QStringLiteral("  [%1] %2 %3  %4 ↔ %5%6\n")
                       .arg(c.value(QStringLiteral("id")).toInt())
                       .arg(c.value(QStringLiteral("role")).toString(),
                            c.value(QStringLiteral("label")).toString(),
                            str(c.value(QStringLiteral("local"))),
                            str(c.value(QStringLiteral("remote"))),
                            c.value(QStringLiteral("tls")).toBool() ? QStringLiteral(" (TLS)")
                                                                    : QString());
        }
    }
    const QJsonValue se = s.value(QStringLiteral("streamError"));
    if (se.isObject()) {
        const QJsonObject e = se.toObject();
        line(QStringLiteral("Stream error:"),
             str(e.value(QStringLiteral("condition"))) + QStringLiteral(" ") +
                 (e.value(QStringLiteral("text")).isNull()
                      ? QString()
                      : QLatin1Char('"') + e.value(QStringLiteral("text")).toString() +
                            QLatin1Char('"')));
    }
    const QJsonObject dns = s.value(QStringLiteral("dns")).toObject();
    if (!dns.isEmpty()) {
        out += QStringLiteral("DNS (%1, DNSSEC %2):\n")
                   .arg(dns.value(QStringLiteral("server")).toString(),
                        dns.value(QStringLiteral("dnssec")).toString());
        for (const QJsonValue &v : dns.value(QStringLiteral("candidates")).toArray()) {
            const QJsonObject c = v.toObject();
            out += QStringLiteral("  %1:%2 %3 priority %4 weight %5 (%6) %7%8\n")
                       .arg(c.value(QStringLiteral("target")).toString())
                       .arg(c.value(QStringLiteral("port")).toInt())
                       .arg(c.value(QStringLiteral("directTls")).toBool()
                                ? QStringLiteral("direct TLS")
                                : QStringLiteral("STARTTLS"))
                       .arg(c.value(QStringLiteral("priority")).toInt())
                       .arg(c.value(QStringLiteral("weight")).toInt())
                       .arg(c.value(QStringLiteral("source")).toString(),
                            str(c.value(QStringLiteral("addresses"))),
                            c.value(QStringLiteral("tlsa")).toArray().isEmpty()
                                ? QString()
                                : QStringLiteral(", TLSA"));
        }
    }
    for (const QJsonValue &v : s.value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject a = v.toObject();
        line(QStringLiteral("Attempt:"), QStringLiteral("%1 port %2 → %3 %4")
                                             .arg(a.value(QStringLiteral("address")).toString())
                                             .arg(a.value(QStringLiteral("port")).toInt())
                                             .arg(a.value(QStringLiteral("result")).toString(),
                                                  a.value(QStringLiteral("error")).toString()));
    }
    const QJsonArray findings = s.value(QStringLiteral("findings")).toArray();
    if (!findings.isEmpty()) {
        out += QStringLiteral("Findings:\n");
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            out += QStringLiteral("  [%1] %2: %3\n      %4\n      Fix: %5 (%6)\n")
                       .arg(f.value(QStringLiteral("severity")).toString().toUpper(),
                            f.value(QStringLiteral("code")).toString(),
                            f.value(QStringLiteral("title")).toString(),
                            f.value(QStringLiteral("explanation")).toString(),
                            f.value(QStringLiteral("fix")).toString(),
                            f.value(QStringLiteral("spec")).toString());
        }
    }
    out += QStringLiteral("Phases:\n");
    for (const QJsonValue &v : s.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = v.toObject();
        out += QStringLiteral("  %1 ms  [%2] %3\n")
                   .arg(p.value(QStringLiteral("atMs")).toDouble(), 9, 'f', 1)
                   .arg(p.value(QStringLiteral("connection")).toInt())
                   .arg(p.value(QStringLiteral("name")).toString());
    }
    const QJsonArray notes = s.value(QStringLiteral("notes")).toArray();
    if (!notes.isEmpty()) {
        out += QStringLiteral("Notes:\n");
        for (const QJsonValue &v : notes)
            out += QStringLiteral("  - ") + v.toObject().value(QStringLiteral("text")).toString() +
                   QLatin1Char('\n');
    }
    return out;
}

QByteArray rawBytes(const Event &e, bool keepSecrets)
{
    return keepSecrets ? e.raw : Transcript::redacted(e).raw;
}

QString eventLine(const EventLog &log, int index, bool keepSecrets)
{
    const Event &e = log.at(index);
    const QString head = QStringLiteral("[%1 ms] #%2 %3 ")
                             .arg(double(e.monotonicNs) / 1e6, 9, 'f', 1)
                             .arg(e.connection)
                             .arg(e.direction == Direction::Inbound    ? QStringLiteral("S->C")
                                  : e.direction == Direction::Outbound ? QStringLiteral("C->S")
                                                                       : QStringLiteral("--  "));
    switch (e.kind) {
    case EventKind::StreamHeader:
    case EventKind::Element:
    case EventKind::StreamEnd:
        return head + QString::fromUtf8(rawBytes(e, keepSecrets));
    case EventKind::Whitespace:
        return head + QStringLiteral("(whitespace keepalive, %1 bytes)").arg(e.raw.size());
    case EventKind::DiscardedBytes:
        return head + QStringLiteral("(%1 bytes outside any XML stream)").arg(e.raw.size());
    case EventKind::Phase:
        return head + QStringLiteral("phase ") +
               (e.data.contains(QStringLiteral("scope"))
                    ? e.data.value(QStringLiteral("scope")).toString() + QLatin1Char(' ')
                    : QString()) +
               e.data.value(QStringLiteral("name")).toString();
    case EventKind::Note:
        return head + QStringLiteral("note: ") + e.data.value(QStringLiteral("text")).toString();
    case EventKind::Error:
        return head + QStringLiteral("error: ") +
               e.data.value(QStringLiteral("message")).toString();
    case EventKind::Dns:
        return head + QStringLiteral("dns: %1 candidate(s) for %2 (DNSSEC %3)")
                          .arg(e.data.value(QStringLiteral("candidates")).toArray().size())
                          .arg(e.data.value(QStringLiteral("domain")).toString(),
                               e.data.value(QStringLiteral("dnssec")).toString());
    case EventKind::Connection:
        return head + QStringLiteral("connection: %1 %2 %3 ↔ %4")
                          .arg(e.data.value(QStringLiteral("role")).toString(),
                               e.data.value(QStringLiteral("label")).toString(),
                               e.data.value(QStringLiteral("localAddress")).toString(),
                               e.data.value(QStringLiteral("peerAddress")).toString());
    case EventKind::Verdict:
        return head + QStringLiteral("verdict: %1 → %2")
                          .arg(e.data.value(QStringLiteral("what")).toString(),
                               e.data.value(QStringLiteral("result")).toString());
    case EventKind::Tls:
        return head + QStringLiteral("TLS established: %1 %2")
                          .arg(e.data.value(QStringLiteral("protocol")).toString(),
                               e.data.value(QStringLiteral("cipher")).toString());
    case EventKind::SessionStarted:
    case EventKind::SessionFinished:
        return head + Event::kindName(e.kind) + QLatin1Char(' ') +
               QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
    }
    return head;
}

} // namespace Inspector::Report
