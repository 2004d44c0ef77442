// SPDX-License-Identifier: GPL-3.0-or-later
#include "specification.h"

#include "protocol/jid.h"
#include "session/outgoings2s.h"
#include "session/probeall.h"
#include "session/session.h"
#include "session/smresumetest.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Inspector::Specifications {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Specifications)
};

constexpr int MaxMs = 86400 * 1000;

Problem problem(Field field, const QString &text)
{
    return Problem{field, text};
}

/// A domain in its normal form (RFC 7622 §3.2), or the problem with it.
Problem domain(QString *value, Field field, const FieldNames &names)
{
    if (value->trimmed().isEmpty())
        return problem(field, Text::tr("%1: a domain is needed.").arg(names(field)));
    const Jid j = Jid::domain(value->trimmed());
    if (!j.isValid())
        return problem(
            field,
            Text::tr("%1: '%2' is not a valid domain: %3").arg(names(field), *value, j.error()));
    *value = j.domainPart();
    return {};
}

Problem duration(int ms, Field field, const FieldNames &names, bool zeroAllowed = false)
{
    if (zeroAllowed && (ms < 0 || ms > MaxMs))
        return problem(
            field, Text::tr("%1: a duration from 0 to 86400 seconds is needed.").arg(names(field)));
    if (!zeroAllowed && (ms <= 0 || ms > MaxMs))
        return problem(field, Text::tr("%1: a duration of more than 0 and at most 86400 seconds "
                                       "is needed.")
                                  .arg(names(field)));
    return {};
}

/// An address in its normal form, or the problem with it.
Problem jid(QString *value, Field field, const FieldNames &names)
{
    const Jid j = Jid::parse(value->trimmed());
    if (!j.isValid())
        return problem(
            field,
            Text::tr("%1: '%2' is not a valid address: %3").arg(names(field), *value, j.error()));
    *value = j.full();
    return {};
}

struct Visit
{
    const FieldNames &names;
    Problem operator()(S2sOptions &s) const { return check(&s, names); }
    Problem operator()(C2sOptions &c) const { return check(&c, names); }
    Problem operator()(ListenOptions &l) const { return check(&l, names); }
    Problem operator()(LabOptions &) const { return {}; }
    Problem operator()(DnsOptions &d) const { return check(&d, names); }
};
} // namespace

QStringList stopAfterPhases()
{
    return OutgoingS2s::phaseTable().stoppable();
}

Problem check(S2sOptions *s, const FieldNames &names)
{
    if (Problem p = domain(&s->from, Field::From, names); !p.isEmpty())
        return p;
    if (Problem p = domain(&s->to, Field::To, names); !p.isEmpty())
        return p;
    if (s->host.contains(QLatin1Char(' ')))
        return problem(
            Field::Host,
            Text::tr("%1: a host name or address has no spaces.").arg(names(Field::Host)));
    if (Problem p = duration(s->timeoutMs, Field::Timeout, names); !p.isEmpty())
        return p;
    if (Problem p = duration(s->stayMs, Field::Stay, names, true); !p.isEmpty())
        return p;
    if (!s->stopAfter.isEmpty() && !stopAfterPhases().contains(s->stopAfter))
        return problem(Field::StopAfter, Text::tr("%1: '%2' is not one of %3.")
                                             .arg(names(Field::StopAfter), s->stopAfter,
                                                  stopAfterPhases().join(QStringLiteral(", "))));
    const bool queries = s->ping || s->disco || s->softwareVersion || !s->stanzas.isEmpty();
    const S2sOptions::Auth auth = s->effectiveAuth(); // queries and bidi need authentication
    // A dialback key verifies only where its secret is known: at this tool's authoritative
    // server, or at the user's own server (XEP-0185 §3). A certificate alone proves nothing to
    // dialback, but it lets "auto" choose SASL EXTERNAL. EXTERNAL without one is allowed: how a
    // server refuses it is worth seeing. (The names are in the accusative in both sentences.)
    const bool verifiable = !s->dialbackSecret.isEmpty() || s->authoritative.isValid();
    if (auth == S2sOptions::Auth::Dialback && !verifiable)
        return problem(Field::Auth, Text::tr("%1: dialback needs %2 (this tool answers the "
                                             "remote's verification) or %3.")
                                        .arg(names(Field::Auth), names(Field::Authoritative),
                                             names(Field::DialbackSecret)));
    if (auth == S2sOptions::Auth::Auto && !verifiable && s->certificate.isNull())
        return problem(Field::Auth,
                       (queries ? Text::tr("%1: the queries need an authenticated stream: give "
                                           "%2, %3 or %4.")
                                : Text::tr("%1: give %2, %3 or %4."))
                           .arg(names(Field::Auth), names(Field::Certificate),
                                names(Field::Authoritative), names(Field::DialbackSecret)));
    return {};
}

/// The web paths (RFC 7395, XEP-0206): the URLs, the origin a browser would send, and what
/// goes with them.
Problem web(C2sOptions *c, const FieldNames &names)
{
    // RFC 7395 §3: ws: or wss: (a client reaches the endpoint as a browser would).
    const QString scheme = c->webSocket.scheme();
    if (!c->webSocket.isEmpty() &&
        (!c->webSocket.isValid() || c->webSocket.host().isEmpty() ||
         (scheme != QLatin1String("wss") && scheme != QLatin1String("ws"))))
        return problem(Field::WebSocket,
                       Text::tr("%1: '%2' is not a wss:// (or ws://) URL with "
                                "a host.")
                           .arg(names(Field::WebSocket), c->webSocket.toString()));
    // XEP-0124 §5: an http: or https: URL, which each request is posted to.
    const QString boshScheme = c->bosh.scheme();
    if (!c->bosh.isEmpty() &&
        (!c->bosh.isValid() || c->bosh.host().isEmpty() ||
         (boshScheme != QLatin1String("https") && boshScheme != QLatin1String("http"))))
        return problem(Field::Bosh, Text::tr("%1: '%2' is not an https:// (or http://) URL with "
                                             "a host.")
                                        .arg(names(Field::Bosh), c->bosh.toString()));
    // A user name or password in the URL would be recorded with the session's events.
    if (!c->webUrl().userInfo().isEmpty()) {
        const Field f = c->webSocket.isEmpty() ? Field::Bosh : Field::WebSocket;
        return problem(f, Text::tr("%1: a user name or password in the URL would be recorded "
                                   "with the session; it is refused.")
                              .arg(names(f)));
    }
    if (!c->bosh.isEmpty() && !c->webSocket.isEmpty())
        return problem(Field::Bosh, Text::tr("%1 and %2: one path at a time.")
                                        .arg(names(Field::Bosh), names(Field::WebSocket)));
    // No -PLUS over BOSH: its requests travel over several TLS connections (XEP-0206).
    if (!c->bosh.isEmpty() && c->mechanism.endsWith(QLatin1String("-PLUS")))
        return problem(Field::Bosh, Text::tr("%1: %2 binds to one TLS connection, and BOSH "
                                             "uses several.")
                                        .arg(names(Field::Bosh), c->mechanism));
    // Every path found, each probed or logged in on: nothing else says where, nothing else runs.
    if (c->probeAll && (!c->host.isEmpty() || !c->webUrl().isEmpty()))
        return problem(Field::ProbeAll, Text::tr("%1 finds the paths itself: not with a host or "
                                                 "a WebSocket or BOSH URL.")
                                            .arg(names(Field::ProbeAll)));
    // RFC 6454 §6.2: an origin is scheme://host[:port], nothing more; a browser page's is
    // http: or https:. It matters only where a browser would go: a web path.
    if (!c->origin.isEmpty()) {
        const QUrl o(c->origin, QUrl::StrictMode);
        const bool serialized =
            o.isValid() && !o.host().isEmpty() &&
            (o.scheme() == QLatin1String("https") || o.scheme() == QLatin1String("http")) &&
            o.userInfo().isEmpty() && (o.path().isEmpty() || o.path() == QLatin1String("/")) &&
            !o.hasQuery() && !o.hasFragment();
        if (!serialized)
            return problem(Field::Origin,
                           Text::tr("%1: '%2' is not an origin such as https://app.example "
                                    "(a scheme, a host and maybe a port; no path).")
                               .arg(names(Field::Origin), c->origin));
        // As a browser serialises it (RFC 6454 §6.2): lower case, the host in ASCII, no
        // default port, no path; else the server's list, and the CORS check, would not match.
        const int defaultPort = o.scheme() == QLatin1String("https") ? 443 : 80;
        const bool address = !QHostAddress(o.host()).isNull();
        const QString host =
            (address ? o.host() : QString::fromLatin1(QUrl::toAce(o.host()))).toLower();
        c->origin =
            o.scheme() + QStringLiteral("://") +
            (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
            (o.port(defaultPort) == defaultPort ? QString() : QStringLiteral(":%1").arg(o.port()));
        if (c->webUrl().isEmpty() && !c->probeAll)
            return problem(Field::Origin, Text::tr("%1 goes with a WebSocket or BOSH URL, or "
                                                   "with %2.")
                                              .arg(names(Field::Origin), names(Field::ProbeAll)));
    }
    return {};
}

Problem check(C2sOptions *c, const FieldNames &names)
{
    const Jid j = Jid::parse(c->jid.trimmed());
    if (c->jid.trimmed().isEmpty())
        return problem(Field::Jid,
                       Text::tr("%1: an account, user@domain, is needed.").arg(names(Field::Jid)));
    if (!j.isValid())
        return problem(Field::Jid, Text::tr("%1: '%2' is not a valid address: %3")
                                       .arg(names(Field::Jid), c->jid, j.error()));
    if (j.local().isEmpty())
        return problem(Field::Jid, Text::tr("%1: '%2' has no user part; an account is "
                                            "user@domain.")
                                       .arg(names(Field::Jid), c->jid));
    if (!j.resource().isEmpty())
        return problem(Field::Jid, Text::tr("%1: '%2' has a resource; the account is the bare "
                                            "user@domain.")
                                       .arg(names(Field::Jid), c->jid));
    c->jid = j.bare();
    if (c->password.isEmpty() && !c->probe)
        return problem(Field::Password,
                       Text::tr("%1: a password is needed to log in.").arg(names(Field::Password)));
    if (Problem p = duration(c->timeoutMs, Field::Timeout, names); !p.isEmpty())
        return p;
    if (Problem p = duration(c->stayMs, Field::Stay, names, true); !p.isEmpty())
        return p;
    if (c->minScramIterations < 1 || c->minScramIterations > 10000000)
        return problem(Field::MinScramIterations,
                       Text::tr("%1: %2 is not a number from 1 to 10000000.")
                           .arg(names(Field::MinScramIterations))
                           .arg(c->minScramIterations));
    // A body of white space only is no message (the CLI refuses it too).
    if (c->sendTo.isEmpty() != c->body.trimmed().isEmpty())
        return problem(c->sendTo.isEmpty() ? Field::SendTo : Field::Body,
                       Text::tr("%1: a message needs both %2 and %3.")
                           .arg(names(c->sendTo.isEmpty() ? Field::SendTo : Field::Body),
                                names(Field::SendTo), names(Field::Body)));
    if (!c->sendTo.isEmpty())
        if (Problem p = jid(&c->sendTo, Field::SendTo, names); !p.isEmpty())
            return p;
    if (!c->pingJid.isEmpty())
        if (Problem p = jid(&c->pingJid, Field::Ping, names); !p.isEmpty())
            return p;
    if (Problem p = web(c, names); !p.isEmpty())
        return p;
    if (c->probeAll && (c->smResumeTest || c->roster || c->disco || !c->sendTo.isEmpty() ||
                        !c->pingJid.isEmpty() || !c->stanzas.isEmpty() || c->stayMs > 0))
        return problem(Field::ProbeAll,
                       Text::tr("%1 runs alone: without the resumption test, discovery, the "
                                "roster, a message, a ping, stanzas or staying online.")
                           .arg(names(Field::ProbeAll)));
    // XEP-0198 §5: the test logs in, drops the connection and resumes; nothing else runs.
    // Resumption is tested over TCP and WebSocket: BOSH has its own way back (XEP-0124 §14.3).
    if (c->smResumeTest && !c->bosh.isEmpty())
        return problem(
            Field::SmResumeTest,
            Text::tr("%1 runs over TCP or WebSocket, not BOSH.").arg(names(Field::SmResumeTest)));
    if (c->smResumeTest && (c->probe || !c->streamManagement))
        return problem(
            Field::SmResumeTest,
            Text::tr("%1 needs a login with stream management.").arg(names(Field::SmResumeTest)));
    if (c->smResumeTest && (c->roster || c->disco || !c->sendTo.isEmpty() ||
                            !c->pingJid.isEmpty() || !c->stanzas.isEmpty() || c->stayMs > 0))
        return problem(Field::SmResumeTest,
                       Text::tr("%1 runs alone: without discovery, the roster, a message, a "
                                "ping, stanzas or staying online.")
                           .arg(names(Field::SmResumeTest)));
    return {};
}

Problem check(ListenOptions *l, const FieldNames &names)
{
    if (Problem p = domain(&l->domain, Field::Domain, names); !p.isEmpty())
        return p;
    if (QHostAddress(l->bind.host).isNull())
        return problem(Field::Bind, Text::tr("%1: an IP address is needed, not '%2'.")
                                        .arg(names(Field::Bind), l->bind.host));
    if (Problem p = duration(l->durationMs, Field::Duration, names); !p.isEmpty())
        return p;
    return duration(l->timeoutMs, Field::Timeout, names);
}

Problem check(DnsOptions *d, const FieldNames &names)
{
    return domain(&d->domain, Field::DnsDomain, names);
}

Problem check(Specification *spec, const FieldNames &names)
{
    return std::visit(Visit{names}, *spec);
}

QString kindName(const Specification &spec)
{
    static const char *const Names[] = {"s2s", "c2s", "listen", "lab", "dns"};
    static_assert(std::variant_size_v<Specification> == std::size(Names));
    return QString::fromLatin1(Names[spec.index()]);
}

QString title(const Specification &spec)
{
    if (const auto *s = std::get_if<S2sOptions>(&spec))
        return s->from + QStringLiteral(" → ") + s->to;
    if (const auto *c = std::get_if<C2sOptions>(&spec))
        return c->jid;
    if (const auto *l = std::get_if<ListenOptions>(&spec))
        return Text::tr("Listening as %1").arg(l->domain);
    if (const auto *lab = std::get_if<LabOptions>(&spec))
        return Text::tr("Lab: %1").arg(LabSession::variantTitle(lab->variant));
    return Text::tr("DNS: %1").arg(std::get<DnsOptions>(spec).domain);
}

Session *create(EventLog *log, const Specification &spec, QObject *parent)
{
    if (const auto *s = std::get_if<S2sOptions>(&spec))
        return new S2sSession(log, *s, parent);
    if (const auto *c = std::get_if<C2sOptions>(&spec))
        return c->smResumeTest ? static_cast<Session *>(new SmResumeTest(log, *c, parent))
               : c->probeAll   ? static_cast<Session *>(new ProbeAll(log, *c, parent))
                               : new C2sSession(log, *c, parent);
    if (const auto *l = std::get_if<ListenOptions>(&spec))
        return new ListenSession(log, *l, parent);
    if (const auto *lab = std::get_if<LabOptions>(&spec))
        return new LabSession(log, lab->variant, parent);
    return new DnsSession(log, std::get<DnsOptions>(spec), parent);
}

} // namespace Inspector::Specifications
