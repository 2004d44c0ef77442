// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/eventfacts.h"
#include "net/acceptor.h"
#include "net/dnslookup.h"
#include "xml/element.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QVector>

#include <functional>

namespace Inspector {

/// A host and port to reach a domain at, instead of what DNS says (like curl's --resolve).
struct HostPort
{
    QString host;
    quint16 port = 0;
    /// Port 0 (only from code, never from user input) means any free port.
    bool isValid() const { return !host.isEmpty(); }
    /// "HOST:PORT", "[v6]:PORT"; false with an explanation on bad input.
    static bool parse(const QString &text, HostPort *out, QString *error);
    /// One --resolve entry, "DOMAIN:HOST:PORT": the domain in its normal form and where to
    /// reach it; false with an explanation (empty when the entry has no DOMAIN: part at all).
    static bool parseResolve(const QString &entry, QString *domain, HostPort *out, QString *error);
    QString toString() const;
};

/// What an `s2s` investigation does (the CLI flags and the GUI form map onto this).
struct S2sOptions
{
    enum class Tls { Auto, StartTls, Direct, None };
    enum class Auth { Auto, Dialback, External, None };

    QString from;     // our domain (the stream's 'from')
    QString to;       // the peer's domain (the stream's 'to', SNI, verification name)
    QString host;     // empty: connect to 'to'
    quint16 port = 0; // 0: 5269, or 5270 for direct TLS
    Tls tls = Tls::Auto;
    bool strictTls = false;
    QList<QSslCertificate> extraCa;
    QString caFile;        // recorded; the certificates are in extraCa
    int timeoutMs = 10000; // the longest wait for any one step of the peer
    QString stopAfter;     // a phase name: close gracefully once it is reached

    Auth auth = Auth::None;
    /// The dialback secret of the user's own server (Prosody's dialback_secret): keys computed
    /// with it verify when the remote asks that server. Never recorded.
    QByteArray dialbackSecret;
    HostPort authoritative;      // run the built-in authoritative server for 'from' here
    QSslCertificate certificate; // ours: SASL EXTERNAL client certificate, listener's STARTTLS
    QSslKey privateKey;
    QString certificateFile;
    QString keyFile; // where privateKey was read from (never the key itself)
    /// XEP-0288: ask for a bidirectional stream where offered, so replies can come back on it.
    bool bidi = false;
    /// XEP-0198: enable stream management (acknowledgements only) where offered (--no-sm).
    bool streamManagement = true;
    bool ping = false;
    bool disco = false;
    bool softwareVersion = false;
    QVector<ElementPtr> stanzas; // sent after authentication (--send FILE)
    QString stanzasFile;
    /// After the queries, keep the authenticated stream open this long for stanzas typed in
    /// the console (0: close at once); stopping the session ends it sooner.
    int stayMs = 0;
    QHash<QString, HostPort> resolve; // domain -> where to connect instead of DNS
    DnsSettings dns;                  // resolver, trust anchors, SRV seed
    /// Teaching: send a dialback key made with another secret than the authoritative server's.
    bool wrongDialbackKey = false;

    // Runtime only, never recorded (tests run the session over in-process connections):
    TransportFactory transport; // the session's outgoing connections; empty: TCP
    AcceptorFactory acceptor;   // the authoritative listener's; empty: a TCP port
    /// Stands in for the DNS lookup of 'to' (the result object DnsLookup gives, delivered on
    /// the next turn of the event loop as a lookup's is); empty: DNS.
    std::function<DnsFact(const QString &domain)> resolver;

    /// Where the first connection goes: the host given, else a resolve entry for the To domain
    /// itself (like curl's --resolve), else the domain (DNS decides: see usesDns()). A port
    /// given wins over the entry's.
    QString effectiveHost() const;
    quint16 effectivePort() const;
    /// True when DNS finds where to connect: no host given and no resolve entry for 'to'.
    bool usesDns() const { return host.isEmpty() && !resolve.contains(to); }
    /// The authentication the session does: "none" becomes "auto" when queries, stanzas or
    /// bidi need an authenticated stream (the field keeps what was chosen).
    Auth effectiveAuth() const;
    bool wantsAuthentication() const { return effectiveAuth() != Auth::None; }
    /// What a session records of these options when it starts (never the secrets themselves),
    /// with the id of its main connection (0: not known yet).
    SessionStartedFact describe(int connection) const;
    static QString tlsName(Tls tls);
    static bool parseTls(const QString &name, Tls *tls);
    static QString authName(Auth auth);
    static bool parseAuth(const QString &name, Auth *auth);
};

} // namespace Inspector
