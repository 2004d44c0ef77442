// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastsession.h"

#include "preferences.h"

#include <QSettings>

namespace Inspector::LastSession {

namespace {
const QString Group = QStringLiteral("lastSession");

void saveDns(QSettings &settings, const DnsSettings &dns)
{
    settings.setValue(QStringLiteral("dnsServer"), dns.server);
    settings.setValue(QStringLiteral("trustAnchors"), dns.trustAnchors);
    settings.setValue(QStringLiteral("srvSeed"), dns.srvSeed);
}

void loadDns(const QSettings &settings, DnsSettings *dns)
{
    dns->server = settings.value(QStringLiteral("dnsServer")).toString();
    dns->trustAnchors = settings.value(QStringLiteral("trustAnchors")).toStringList();
    dns->srvSeed = settings.value(QStringLiteral("srvSeed"), -1).toLongLong();
}

int defaultTimeoutMs()
{
    return Preferences::load().timeoutSeconds * 1000;
}

/// The connection's options both kinds have.
template<typename Options> void saveConnection(QSettings &settings, const Options &o)
{
    settings.setValue(QStringLiteral("host"), o.host);
    settings.setValue(QStringLiteral("port"), o.port);
    settings.setValue(QStringLiteral("tls"), S2sOptions::tlsName(o.tls));
    settings.setValue(QStringLiteral("strictTls"), o.strictTls);
    settings.setValue(QStringLiteral("caFile"), o.caFile);
    // The step timeout only when it is not the one Preferences gives every new session, so
    // that changing the preference still counts.
    if (o.timeoutMs != defaultTimeoutMs())
        settings.setValue(QStringLiteral("timeoutMs"), o.timeoutMs);
    settings.setValue(QStringLiteral("stanzasFile"), o.stanzasFile);
    settings.setValue(QStringLiteral("stayMs"), o.stayMs);
    saveDns(settings, o.dns);
}

template<typename Options> void loadConnection(const QSettings &settings, Options *o)
{
    o->host = settings.value(QStringLiteral("host")).toString();
    o->port = quint16(settings.value(QStringLiteral("port")).toUInt());
    S2sOptions::parseTls(settings.value(QStringLiteral("tls")).toString(), &o->tls);
    o->strictTls = settings.value(QStringLiteral("strictTls")).toBool();
    o->caFile = settings.value(QStringLiteral("caFile")).toString();
    o->timeoutMs = settings.value(QStringLiteral("timeoutMs"), defaultTimeoutMs()).toInt();
    o->stanzasFile = settings.value(QStringLiteral("stanzasFile")).toString();
    o->stayMs = settings.value(QStringLiteral("stayMs")).toInt();
    loadDns(settings, &o->dns);
}

void saveS2s(QSettings &settings, const S2sOptions &s)
{
    // Never s.dialbackSecret.
    settings.setValue(QStringLiteral("from"), s.from);
    settings.setValue(QStringLiteral("to"), s.to);
    saveConnection(settings, s);
    QStringList resolve;
    for (auto it = s.resolve.cbegin(); it != s.resolve.cend(); ++it)
        resolve << it.key() + QLatin1Char(':') + it.value().toString();
    resolve.sort();
    settings.setValue(QStringLiteral("resolve"), resolve);
    settings.setValue(QStringLiteral("stopAfter"), s.stopAfter);
    settings.setValue(QStringLiteral("auth"), S2sOptions::authName(s.auth));
    settings.setValue(QStringLiteral("authoritative"),
                      s.authoritative.isValid() ? s.authoritative.toString() : QString());
    settings.setValue(QStringLiteral("certificateFile"), s.certificateFile);
    settings.setValue(QStringLiteral("keyFile"), s.keyFile);
    settings.setValue(QStringLiteral("bidi"), s.bidi);
    settings.setValue(QStringLiteral("streamManagement"), s.streamManagement);
    settings.setValue(QStringLiteral("ping"), s.ping);
    settings.setValue(QStringLiteral("disco"), s.disco);
    settings.setValue(QStringLiteral("softwareVersion"), s.softwareVersion);
}

void saveC2s(QSettings &settings, const C2sOptions &c)
{
    // Never c.password, nor the opt-ins that expose it (c.allowPlaintext,
    // c.insecureCredentials) or keep it (c.keepSecrets): they hold for one session only.
    settings.setValue(QStringLiteral("jid"), c.jid);
    saveConnection(settings, c);
    settings.setValue(QStringLiteral("probe"), c.probe);
    settings.setValue(QStringLiteral("resource"), c.resource);
    settings.setValue(QStringLiteral("mechanism"), c.mechanism);
    settings.setValue(QStringLiteral("minScramIterations"), c.minScramIterations);
    settings.setValue(QStringLiteral("roster"), c.roster);
    settings.setValue(QStringLiteral("disco"), c.disco);
    settings.setValue(QStringLiteral("streamManagement"), c.streamManagement);
    settings.setValue(QStringLiteral("smResumeTest"), c.smResumeTest);
    settings.setValue(QStringLiteral("webSocket"), c.webSocket.toString());
    settings.setValue(QStringLiteral("bosh"), c.bosh.toString());
    settings.setValue(QStringLiteral("origin"), c.origin);
    settings.setValue(QStringLiteral("probeAll"), c.probeAll);
    QStringList routes;
    for (const PortRoute &r : c.routes)
        routes << r.toString();
    settings.setValue(QStringLiteral("routes"), routes);
    settings.setValue(QStringLiteral("sendTo"), c.sendTo);
    settings.setValue(QStringLiteral("body"), c.body);
    settings.setValue(QStringLiteral("pingJid"), c.pingJid);
}
} // namespace

void save(const Specification &spec)
{
    const QString kind = Specifications::kindName(spec);
    if (kind != QLatin1String("s2s") && kind != QLatin1String("c2s"))
        return;
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("kind"), kind);
    settings.remove(kind);
    settings.beginGroup(kind);
    if (const auto *s = std::get_if<S2sOptions>(&spec))
        saveS2s(settings, *s);
    else if (const auto *c = std::get_if<C2sOptions>(&spec))
        saveC2s(settings, *c);
}

bool load(S2sOptions *out)
{
    QSettings settings;
    settings.beginGroup(Group + QStringLiteral("/s2s"));
    if (!settings.contains(QStringLiteral("to")))
        return false;
    S2sOptions s;
    s.from = settings.value(QStringLiteral("from")).toString();
    s.to = settings.value(QStringLiteral("to")).toString();
    loadConnection(settings, &s);
    for (const QString &entry : settings.value(QStringLiteral("resolve")).toStringList()) {
        QString domain, why;
        HostPort where;
        if (HostPort::parseResolve(entry, &domain, &where, &why))
            s.resolve.insert(domain, where);
    }
    s.stopAfter = settings.value(QStringLiteral("stopAfter")).toString();
    S2sOptions::parseAuth(settings.value(QStringLiteral("auth")).toString(), &s.auth);
    QString why;
    HostPort::parse(settings.value(QStringLiteral("authoritative")).toString(), &s.authoritative,
                    &why);
    s.certificateFile = settings.value(QStringLiteral("certificateFile")).toString();
    s.keyFile = settings.value(QStringLiteral("keyFile")).toString();
    s.bidi = settings.value(QStringLiteral("bidi")).toBool();
    s.streamManagement = settings.value(QStringLiteral("streamManagement"), true).toBool();
    s.ping = settings.value(QStringLiteral("ping")).toBool();
    s.disco = settings.value(QStringLiteral("disco")).toBool();
    s.softwareVersion = settings.value(QStringLiteral("softwareVersion")).toBool();
    *out = s;
    return true;
}

bool load(C2sOptions *out)
{
    QSettings settings;
    settings.beginGroup(Group + QStringLiteral("/c2s"));
    if (!settings.contains(QStringLiteral("jid")))
        return false;
    C2sOptions c;
    c.jid = settings.value(QStringLiteral("jid")).toString();
    loadConnection(settings, &c);
    c.probe = settings.value(QStringLiteral("probe")).toBool();
    c.resource = settings.value(QStringLiteral("resource"), c.resource).toString();
    c.mechanism = settings.value(QStringLiteral("mechanism")).toString();
    c.minScramIterations =
        settings.value(QStringLiteral("minScramIterations"), c.minScramIterations).toInt();
    c.roster = settings.value(QStringLiteral("roster")).toBool();
    c.disco = settings.value(QStringLiteral("disco")).toBool();
    c.streamManagement = settings.value(QStringLiteral("streamManagement"), true).toBool();
    c.smResumeTest = settings.value(QStringLiteral("smResumeTest")).toBool();
    c.webSocket = QUrl(settings.value(QStringLiteral("webSocket")).toString(), QUrl::StrictMode);
    c.bosh = QUrl(settings.value(QStringLiteral("bosh")).toString(), QUrl::StrictMode);
    c.origin = settings.value(QStringLiteral("origin")).toString();
    c.probeAll = settings.value(QStringLiteral("probeAll")).toBool();
    for (const QString &text : settings.value(QStringLiteral("routes")).toStringList()) {
        PortRoute r;
        QString why;
        if (PortRoute::parse(text, &r, &why))
            c.routes.append(r);
    }
    c.sendTo = settings.value(QStringLiteral("sendTo")).toString();
    c.body = settings.value(QStringLiteral("body")).toString();
    c.pingJid = settings.value(QStringLiteral("pingJid")).toString();
    *out = c;
    return true;
}

QString kind()
{
    const QSettings settings;
    return settings.value(Group + QStringLiteral("/kind")).toString();
}

} // namespace Inspector::LastSession
