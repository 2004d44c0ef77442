// SPDX-License-Identifier: GPL-3.0-or-later
#include "s2soptions.h"

#include "net/identity.h"
#include "protocol/jid.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Inspector {

namespace {
struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(S2sOptions)
};
} // namespace

bool HostPort::parse(const QString &text, HostPort *out, QString *error)
{
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":")) {
            *error = OptionsText::tr("'%1' is not [IPv6]:PORT.").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
            *error = OptionsText::tr("'%1' is not an IPv6 address.").arg(host);
            return false;
        }
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = OptionsText::tr("'%1' is not HOST:PORT.").arg(text);
            return false;
        }
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(QLatin1Char(':'))) {
            *error = OptionsText::tr("Write IPv6 addresses in brackets: [%1]:PORT.").arg(host);
            return false;
        }
    }
    bool ok = false;
    const uint n = port.toUInt(&ok);
    if (!ok || n < 1 || n > 65535) {
        *error = OptionsText::tr("'%1' is not a port number (1–65535).").arg(port);
        return false;
    }
    if (host.trimmed().isEmpty() || host.contains(QLatin1Char(' '))) {
        *error = OptionsText::tr("'%1' is not a host name or address.").arg(host);
        return false;
    }
    out->host = host;
    out->port = quint16(n);
    return true;
}

bool HostPort::parseResolve(const QString &entry, QString *domain, HostPort *out, QString *error)
{
    const int colon = entry.indexOf(QLatin1Char(':'));
    const Jid d = Jid::domain(entry.left(colon));
    error->clear();
    if (colon <= 0)
        return false;
    if (!d.isValid()) {
        *error =
            OptionsText::tr("'%1' is not a valid domain: %2").arg(entry.left(colon), d.error());
        return false;
    }
    if (!parse(entry.mid(colon + 1), out, error))
        return false;
    *domain = d.domainPart();
    return true;
}

QString HostPort::toString() const
{
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
           QLatin1Char(':') + QString::number(port);
}

QString S2sOptions::tlsName(Tls tls)
{
    switch (tls) {
    case Tls::Auto:
        return QStringLiteral("auto");
    case Tls::StartTls:
        return QStringLiteral("starttls");
    case Tls::Direct:
        return QStringLiteral("direct");
    case Tls::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("auto");
}

bool S2sOptions::parseTls(const QString &name, Tls *tls)
{
    for (Tls t : {Tls::Auto, Tls::StartTls, Tls::Direct, Tls::None}) {
        if (name == tlsName(t)) {
            *tls = t;
            return true;
        }
    }
    return false;
}

QString S2sOptions::authName(Auth auth)
{
    switch (auth) {
    case Auth::Auto:
        return QStringLiteral("auto");
    case Auth::Dialback:
        return QStringLiteral("dialback");
    case Auth::External:
        return QStringLiteral("external");
    case Auth::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

bool S2sOptions::parseAuth(const QString &name, Auth *auth)
{
    for (Auth a : {Auth::Auto, Auth::Dialback, Auth::External, Auth::None}) {
        if (name == authName(a)) {
            *auth = a;
            return true;
        }
    }
    return false;
}

QString S2sOptions::effectiveHost() const
{
    if (!host.isEmpty())
        return host;
    return resolve.contains(to) ? resolve.value(to).host : to;
}

quint16 S2sOptions::effectivePort() const
{
    if (port)
        return port;
    if (host.isEmpty() && resolve.contains(to))
        return resolve.value(to).port;
    return tls == Tls::Direct ? 5270 : 5269;
}

S2sOptions::Auth S2sOptions::effectiveAuth() const
{
    const bool queries = ping || disco || softwareVersion || !stanzas.isEmpty();
    return auth == Auth::None && (queries || bidi) ? Auth::Auto : auth;
}

SessionStartedFact S2sOptions::describe(int connection) const
{
    SessionStartedFact f;
    f.mode = QStringLiteral("s2s");
    f.fromDomain = from;
    f.toDomain = to;
    f.host = effectiveHost();
    f.port = effectivePort();
    f.tlsMode = S2sOptions::tlsName(tls);
    f.strictTls = strictTls;
    f.caFile = caFile;
    f.timeoutMs = timeoutMs;
    f.stopAfter = stopAfter;
    f.auth = S2sOptions::authName(effectiveAuth());
    // Never the secret itself: only whether one was given.
    f.dialbackSecret =
        dialbackSecret.isEmpty() ? TextFact::null() : TextFact(QStringLiteral("[set]"));
    f.authoritative =
        authoritative.isValid() ? TextFact(authoritative.toString()) : TextFact::null();
    f.certificate = certificateFile;
    f.recordsClientCertificate = true;
    if (!certificate.isNull())
        f.clientCertificate = Identity::usage(certificate);
    f.bidi = bidi;
    f.ping = ping;
    f.disco = disco;
    f.softwareVersion = softwareVersion;
    f.stanzasFile = stanzasFile;
    f.connection = connection;
    f.dnsServer = dns.server.isEmpty() ? QStringLiteral("system") : dns.server;
    f.trustAnchors = dns.trustAnchors;
    return f;
}

} // namespace Inspector
