// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeall.h"

#include "facts/eventfacts.h"
#include "trace/eventlog.h"

namespace Inspector {

ProbeAll::ProbeAll(EventLog *log, const C2sOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
{}

ProbeAll::~ProbeAll() = default;

void ProbeAll::start()
{
    Event e;
    e.kind = EventKind::SessionStarted;
    SessionStartedFact started;
    started.mode = QStringLiteral("c2s");
    started.jid = m_options.jid;
    started.fromDomain = m_options.jid;
    started.toDomain = m_options.domain();
    started.dns = true;
    started.probeAll = true;
    started.dnsServer =
        m_options.dns.server.isEmpty() ? QStringLiteral("system") : m_options.dns.server;
    started.password = m_options.probe ? QString() : QStringLiteral("[set]");
    started.timeoutMs = m_options.timeoutMs;
    e.payload = started;
    m_log->append(std::move(e));
    // The SRV records and host-meta at once (XEP-0156 §2.2 puts host-meta's paths after
    // the SRV targets; the order of the paths says so, not the order of the questions).
    m_lookup = new DnsLookup(m_options.domain(), true, m_options.dns, this);
    connect(m_lookup, &DnsLookup::finished, this, [this](const DnsFact &dns) {
        m_dns = dns;
        QMetaObject::invokeMethod(this, &ProbeAll::checkLookup, Qt::QueuedConnection);
    });
    HostMetaOptions h;
    h.domain = DnsLookup::aLabel(m_options.domain());
    h.dns = m_options.dns;
    h.routes = m_options.routes;
    h.extraCa = m_options.extraCa;
    h.timeoutMs = m_options.timeoutMs;
    m_hostMeta = new HostMetaFetch(h, this);
    connect(m_hostMeta, &HostMetaFetch::finished, this, &ProbeAll::checkLookup,
            Qt::QueuedConnection);
    m_lookup->start();
    m_hostMeta->start();
}

void ProbeAll::checkLookup()
{
    if (m_index >= 0 || m_finished || !m_dns || !m_hostMeta->isFinished())
        return;
    DnsFact dns = *m_dns;
    dns.hostMeta = m_hostMeta->result();
    Event d;
    d.kind = EventKind::Dns;
    d.payload = dns;
    m_log->append(std::move(d));
    m_paths = dns.clientPaths();
    if (m_paths.isEmpty()) {
        finish(QStringLiteral("no-path"),
               dns.error.isEmpty()
                   ? Phrase::of(staticMetaObject, QT_TR_NOOP("No path to %1 was found."),
                                {m_options.domain()})
                   : dns.error);
        return;
    }
    next();
}

void ProbeAll::next()
{
    while (++m_index < int(m_paths.size()) && !m_stopped) {
        const ClientPath &p = m_paths.at(m_index);
        C2sOptions o = m_options;
        o.probeAll = false;
        o.partOfRun = true;
        o.webSocket.clear();
        o.bosh.clear();
        o.host.clear();
        o.port = 0;
        if (p.kind == QLatin1String("websocket")) {
            o.webSocket = QUrl(p.endpoint, QUrl::StrictMode);
        } else if (p.kind == QLatin1String("bosh")) {
            o.bosh = QUrl(p.endpoint, QUrl::StrictMode);
        } else {
            o.host = p.endpoint.section(QLatin1Char(':'), 0, -2);
            o.port = quint16(p.endpoint.section(QLatin1Char(':'), -1).toUInt());
            o.tls = p.kind == QLatin1String("directtls") ? S2sOptions::Tls::Direct
                                                         : S2sOptions::Tls::Auto;
        }
        m_current = new C2sSession(m_log, o, this);
        m_currentConnection = m_log->connections().isEmpty() ? 0 : m_log->connections().last().id;
        connect(m_current, &C2sSession::finished, this, &ProbeAll::onPathFinished,
                Qt::QueuedConnection);
        m_current->start();
        return;
    }
    finish();
}

void ProbeAll::onPathFinished()
{
    if (!m_current)
        return;
    const ClientPath &p = m_paths.at(m_index);
    const bool works = m_current->outcome() == Outcome::Success;
    pathVerdict(p, m_currentConnection, works ? QStringLiteral("works") : QStringLiteral("failed"),
                works ? QString() : m_current->errorCode(), works ? Phrase() : m_current->error());
    m_current->deleteLater();
    m_current = nullptr;
    next();
}

void ProbeAll::pathVerdict(const ClientPath &path, int connection, const QString &result,
                           const QString &code, const Phrase &error)
{
    VerdictFact v(QStringLiteral("path"), result);
    v.method = path.kind;
    v.target = path.endpoint;
    v.source = path.source;
    v.encrypted = path.secure;
    if (!code.isEmpty())
        v.condition = code;
    if (!error.isEmpty()) {
        v.error = error.english();
        v.errorPhrase = error;
    }
    // What the connection showed: TLS and its certificate, the time to the first features.
    qint64 startNs = -1;
    for (int i = 0; connection && i < m_log->size(); ++i) {
        const Event &e = m_log->at(i);
        if (e.connection != connection)
            continue;
        if (startNs < 0)
            startNs = e.monotonicNs;
        if (e.kind == EventKind::Tls)
            v.certificateProves = e.payload.as<TlsFact>().verified;
        if (e.kind == EventKind::Phase && !v.rttMs &&
            e.payload.as<PhaseEventFact>().name == QLatin1String("features_received"))
            v.rttMs = double(e.monotonicNs - startNs) / 1e6;
    }
    if (result == QLatin1String("works") || result == QLatin1String("failed"))
        ++m_tried;
    if (result == QLatin1String("failed"))
        ++m_failed;
    Event e;
    e.kind = EventKind::Verdict;
    e.connection = connection;
    e.payload = v;
    m_log->append(std::move(e));
}

void ProbeAll::stop()
{
    if (m_finished)
        return;
    m_stopped = true;
    if (m_current) {
        m_current->stop(); // its end moves on to finish()
        return;
    }
    if (m_hostMeta && !m_hostMeta->isFinished())
        m_hostMeta->stop();
    finish(QStringLiteral("stopped"),
           Phrase::of(staticMetaObject, QT_TR_NOOP("Stopped before every path was tried.")));
}

void ProbeAll::finish(const QString &code, const Phrase &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Phrase why = error;
    QString failure = code;
    if (why.isEmpty() && m_failed > 0) {
        failure = QStringLiteral("path-failed");
        why = Phrase::of(staticMetaObject, QT_TR_N_NOOP("%n of the paths tried failed."), {},
                         m_failed);
    } else if (why.isEmpty() && m_tried == 0) {
        failure = QStringLiteral("no-path");
        why = Phrase::of(staticMetaObject, QT_TR_NOOP("No path could be tried."));
    }
    m_outcome = why.isEmpty()                      ? Outcome::Success
                : code == QLatin1String("no-path") ? Outcome::NetworkFailure
                                                   : Outcome::ProtocolFailure;
    Event f;
    f.kind = EventKind::SessionFinished;
    SessionFinishedFact end(why.isEmpty(), int(m_outcome), failure, why);
    f.payload = end;
    m_log->append(std::move(f));
    Q_EMIT finished();
}

} // namespace Inspector
