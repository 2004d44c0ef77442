// SPDX-License-Identifier: GPL-3.0-or-later
// The options of an s2s session, shared by `s2s` and `scan`.
#include "commandoptions.h"
#include "xml/namespaces.h"

namespace Inspector::Cli {

namespace {
/// An option of the parser, or (not `wanted`) one it does not know, never set.
QCommandLineOption option(Options &o, bool wanted, const QString &name, const QString &value = {})
{
    return wanted ? o.add(name, value) : QCommandLineOption(name);
}
} // namespace

S2sFlags::S2sFlags(Options &o, bool target)
    : target(target)
    , from(o.add(QStringLiteral("from"), QStringLiteral("DOMAIN")))
    , to(option(o, target, QStringLiteral("to"), QStringLiteral("DOMAIN")))
    , host(option(o, target, QStringLiteral("host"), QStringLiteral("HOST")))
    , port(o.add(QStringLiteral("port"), QStringLiteral("N")))
    , resolve(o.add(QStringLiteral("resolve"), QStringLiteral("D:HOST:PORT")))
    , tls(o.add(QStringLiteral("tls"), QStringLiteral("MODE")))
    , strict(o.add(QStringLiteral("strict-tls")))
    , ca(o.add(QStringLiteral("ca"), QStringLiteral("FILE")))
    , timeout(o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS")))
    , stopAfter(o.add(QStringLiteral("stop-after"), QStringLiteral("PHASE")))
    , auth(o.add(QStringLiteral("auth"), QStringLiteral("MODE")))
    , authoritative(o.add(QStringLiteral("authoritative"), QStringLiteral("HOST:PORT")))
    , cert(o.add(QStringLiteral("cert"), QStringLiteral("FILE")))
    , key(o.add(QStringLiteral("key"), QStringLiteral("FILE")))
    , bidi(o.add(QStringLiteral("bidi")))
    , noSm(o.add(QStringLiteral("no-sm")))
    , ping(o.add(QStringLiteral("ping")))
    , disco(o.add(QStringLiteral("disco")))
    , version(o.add(QStringLiteral("software-version")))
    , send(option(o, target, QStringLiteral("send"), QStringLiteral("FILE")))
    , dns(o.addDns())
    , secret(addDialbackSecret(o))
{}

namespace {
bool readTarget(Options &o, const S2sFlags &f, S2sOptions *s)
{
    if (!o.single({f.to, f.host, f.send}))
        return false;
    if (o.p.isSet(f.to) && !o.domain(f.to, &s->to))
        return false;
    s->host = o.p.value(f.host).trimmed();
    if (o.p.isSet(f.host) && s->host.isEmpty()) {
        o.error = QStringLiteral("--host is empty.");
        return false;
    }
    if (o.p.isSet(f.send)) {
        s->stanzasFile = o.p.value(f.send);
        if (!readStanzas(s->stanzasFile, Ns::Server, &s->stanzas, &o.error))
            return false;
    }
    return true;
}
} // namespace

bool readS2sFlags(Options &o, const S2sFlags &f, S2sOptions *s, QString *warning)
{
    if (!o.single({f.from, f.port, f.tls, f.ca, f.timeout, f.stopAfter, f.auth, f.authoritative,
                   f.cert, f.key}))
        return false;
    // In their normal form at once: --resolve below is matched against --to.
    if (o.p.isSet(f.from) && !o.domain(f.from, &s->from))
        return false;
    if (f.target && !readTarget(o, f, s))
        return false;
    if (!o.port(f.port, &s->port) || !o.resolve(f.resolve, &s->resolve) || !o.dns(f.dns, &s->dns))
        return false;
    if (!o.tlsMode(f.tls, &s->tls))
        return false;
    s->strictTls = o.p.isSet(f.strict);
    if (!o.ca(f.ca, &s->extraCa, &s->caFile) || !o.seconds(f.timeout, &s->timeoutMs))
        return false;
    s->stopAfter = o.p.value(f.stopAfter);
    if (o.p.isSet(f.auth) && !S2sOptions::parseAuth(o.p.value(f.auth), &s->auth)) {
        o.error = QStringLiteral("--auth '%1' is not one of auto, dialback, external, none.")
                      .arg(o.p.value(f.auth));
        return false;
    }
    if (o.p.isSet(f.authoritative) && !o.hostPort(f.authoritative, &s->authoritative))
        return false;
    if (!readDialbackSecret(o, f.secret, &s->dialbackSecret, warning))
        return false;
    if (!o.identity(f.cert, f.key, &s->certificate, &s->privateKey, &s->certificateFile))
        return false;
    if (o.p.isSet(f.key))
        s->keyFile = o.p.value(f.key);
    s->bidi = o.p.isSet(f.bidi);
    s->streamManagement = !o.p.isSet(f.noSm);
    s->ping = o.p.isSet(f.ping);
    s->disco = o.p.isSet(f.disco);
    s->softwareVersion = o.p.isSet(f.version);
    return true;
}

bool readCount(Options &o, const QCommandLineOption &option, int min, int max, int *out)
{
    if (!o.p.isSet(option))
        return true;
    bool ok = false;
    const int n = o.p.value(option).trimmed().toInt(&ok);
    if (!ok || n < min || n > max) {
        o.error = QStringLiteral("--%1 '%2' is not a whole number from %3 to %4.")
                      .arg(option.names().first(), o.p.value(option))
                      .arg(min)
                      .arg(max);
        return false;
    }
    *out = n;
    return true;
}

} // namespace Inspector::Cli
