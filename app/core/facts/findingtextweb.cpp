// SPDX-License-Identifier: GPL-3.0-or-later
// The texts of the findings about a domain's web endpoints (XEP-0156 host-meta), made from
// their facts when shown.
#include "findingtextclient.h"

namespace Inspector {

namespace {
using FindingText::arg;
using FindingText::Tr;

/// What serves host-meta on Prosody and ejabberd.
QString hostMetaModules()
{
    return Tr::tr("ejabberd: mod_host_meta on the HTTPS listener; Prosody: the community "
                  "module mod_host_meta (or the web server in front of it).");
}

/// The documents themselves: none, refused, failed, malformed, XRD missing.
ClientFindingTexts documentTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::HostMetaNone: // domain, why
        return {Tr::tr("No host-meta document"),
                Tr::tr("https://%1/.well-known/host-meta is not there (%2): web clients "
                       "(Converse.js, Movim, …) find no WebSocket or BOSH endpoint and must be "
                       "told one. Clients over TCP are not concerned: they use the SRV records.")
                    .arg(arg(f, 0), arg(f, 1)),
                QStringLiteral("XEP-0156 §2"),
                Tr::tr("If web clients should connect, serve it. %1").arg(hostMetaModules())};
    case C::HostMetaTls: // url, why
        return {Tr::tr("host-meta is served over a TLS connection that fails"),
                Tr::tr("%1: %2. Browsers and clients refuse the connection as this tool did, so "
                       "they read none of the endpoints it announces.")
                    .arg(arg(f, 0), arg(f, 1)),
                QStringLiteral("XEP-0156 §4"),
                Tr::tr("Serve a certificate for the domain, from a certificate authority clients "
                       "trust, on its HTTPS server.")};
    case C::HostMetaFailed: // url, why
        return {Tr::tr("host-meta could not be read"),
                Tr::tr("%1: %2. Web clients that depend on it find no endpoint.")
                    .arg(arg(f, 0), arg(f, 1)),
                QStringLiteral("XEP-0156 §2"),
                Tr::tr("Check the web server's log for this path. %1").arg(hostMetaModules())};
    case C::HostMetaMalformed: // url, why
        return {Tr::tr("host-meta is not a valid document"),
                Tr::tr("%1 answered 200 but is %2: clients cannot read its links.")
                    .arg(arg(f, 0), arg(f, 1)),
                QStringLiteral("XEP-0156 §2.3"),
                Tr::tr("Serve an XRD document (application/xrd+xml) and its JSON form with "
                       "the links of XEP-0156.")};
    default: // HostMetaXrdMissing: domain
        return {Tr::tr("Only host-meta.json, not the XRD"),
                Tr::tr("https://%1/.well-known/host-meta.json is served, but not the XRD at "
                       "/.well-known/host-meta, which XEP-0156 requires: clients that read "
                       "only the XRD find no endpoint.")
                    .arg(arg(f, 0)),
                QStringLiteral("XEP-0156 §2.3"),
                Tr::tr("Serve the same links as an XRD document at /.well-known/host-meta. %1")
                    .arg(hostMetaModules())};
    }
}
} // namespace

ClientFindingTexts webFindingTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::HostMetaMismatch: // the XRD's endpoints, the JSON's
        return {Tr::tr("host-meta.json and the XRD disagree"),
                Tr::tr("The XRD announces %1; host-meta.json announces %2. A client reaches a "
                       "different endpoint depending on the form it reads.")
                    .arg(arg(f, 0), arg(f, 1)),
                QStringLiteral("XEP-0156 §2.3"),
                Tr::tr("Generate both from one configuration. %1").arg(hostMetaModules())};
    case C::HostMetaPlaintext: // href
        return {Tr::tr("An endpoint without encryption is announced"),
                Tr::tr("%1 would carry the login and every stanza unencrypted, for anyone on the "
                       "way to read. Clients must not use it, so it is no path for them.")
                    .arg(arg(f, 0)),
                QStringLiteral("XEP-0156 §2.2, §4"),
                Tr::tr("Announce only wss: and https: endpoints.")};
    case C::HostMetaBadLink: // href, why
        return {Tr::tr("An endpoint clients cannot use"),
                Tr::tr("'%1': %2.").arg(arg(f, 0), arg(f, 1)), QStringLiteral("XEP-0156 §2.1"),
                Tr::tr("Correct the link, or remove it.")};
    case C::HostMetaNoCors: // url
        return {Tr::tr("host-meta cannot be read by web clients of other sites"),
                Tr::tr("%1 has no Access-Control-Allow-Origin header: a browser lets a web "
                       "client served from another origin (another host or port) fetch it but "
                       "not read it.")
                    .arg(arg(f, 0)),
                QStringLiteral("XEP-0156 §3; Fetch Standard, CORS"),
                Tr::tr("Send Access-Control-Allow-Origin: * with the document (ejabberd's "
                       "mod_host_meta does).")};
    default:
        return documentTexts(f);
    }
}

} // namespace Inspector
