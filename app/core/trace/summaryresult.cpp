// SPDX-License-Identifier: GPL-3.0-or-later
// The summary's facts completed at the end: the outcome, timings, connections, DANE, findings.
#include "diagnose/findings.h"
#include "eventlog.h"
#include "net/dane.h"
#include "summarystate.h"

namespace Inspector {

namespace {
double ms(qint64 ns)
{
    return double(ns / 1000) / 1000.0; // microsecond resolution
}
} // namespace

SessionSummary Summary::Builder::State::result(const EventLog &log) const
{
    SessionSummary out = s;
    out.mode = config.mode;
    out.fromDomain = config.fromDomain;
    out.toDomain = config.toDomain;
    out.host = config.host;
    if (config.port)
        out.port = int(*config.port);
    out.tlsMode = config.tlsMode;
    out.url = config.url;
    if (config.recordsClientCertificate) {
        out.clientCertificate =
            ClientCertificateFact{config.clientCertificateClientAuth(),
                                  config.clientCertificateWarning(), config.clientCertificate};
    }
    // With DNS, the candidate that was used decides (XEP-0368: _xmpps- targets are direct TLS).
    out.directTls = s.attempts.isEmpty() ? config.tlsMode.value == QLatin1String("direct")
                                         : s.attempts.last().directTls;
    out.tlsUpgraded = tlsSeen && !out.directTls;
    out.success = finished && finished->success;
    out.finished = finished.has_value();
    out.exitCode = finished ? finished->exitCode : 1;
    out.error = finished ? finished->error : TextFact();
    out.errorPhrase = finished ? finished->errorPhrase : Phrase();
    out.errorCode = finished ? finished->code : TextFact();
    if (const auto &error = firstMainError ? firstMainError : firstError;
        !out.success && !out.errorCode.isValue() && error) {
        out.errorCode = error->code;
        out.failedPhase = error->phase;
    }
    if (out.dns)
        addDane(&out);
    out.timings = timings();
    out.latencyMs = ms(lastNs);
    out.connections = connectionsOf(log);
    out.findings = Findings::fromSummary(out);
    return out;
}

TimingsFact Summary::Builder::State::timings() const
{
    const auto since = [&](const char *from, const char *to) -> std::optional<double> {
        const QString a = QString::fromLatin1(from), b = QString::fromLatin1(to);
        if (!firstPhaseNs.contains(a) || !firstPhaseNs.contains(b))
            return std::nullopt;
        return ms(firstPhaseNs.value(b) - firstPhaseNs.value(a));
    };
    return {since("connecting", "tcp_connected"), since("connecting", "features_received"),
            since("tls_handshake", "tls_established"), since("starttls_sent", "tls_established")};
}

QVector<ConnectionFact> Summary::Builder::State::connectionsOf(const EventLog &log) const
{
    QVector<ConnectionFact> connections;
    for (const ConnectionInfo &c : log.connections()) {
        connections.append(
            {c.id, c.role, c.label, c.localAddress, c.peerAddress, tlsConnections.contains(c.id)});
    }
    return connections;
}

void Summary::Builder::State::addDane(SessionSummary *out) const
{
    // RFC 7673 / RFC 6698: TLSA records of the candidate actually used against its chain.
    // Sessions recorded before the evaluation was part of the TLS facts: computed here.
    if (s.attempts.isEmpty() || !tlsSeen || !out->tls || out->tls->recordsDane())
        return;
    const AttemptFact &used = s.attempts.last();
    for (const DnsCandidateFact &c : out->dns->candidates) {
        if (c.target == used.target && c.port == used.port) {
            out->tls->setDane(
                Dane::match(c.tlsa, out->tls->peerCertificates, c.dnssecTlsa, out->tls->verified));
        }
    }
}

} // namespace Inspector
