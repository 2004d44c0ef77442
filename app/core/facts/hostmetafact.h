// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Inspector {

/// One link of a host-meta document naming an XMPP connection method (XEP-0156 §2.1).
struct HostMetaLinkFact
{
    QString rel;  // urn:xmpp:alt-connections:websocket, …:xbosh or …:httppoll
    QString href; // as the document gives it
    /// "websocket", "bosh" or "httppoll" (XEP-0025, obsolete).
    QString method;
    bool secure = false; // wss: or https:
    /// Why a client cannot use it (a wrong scheme, not an absolute URL, an obsolete method);
    /// empty: usable.
    Phrase problem;

    bool usable() const { return problem.isEmpty(); }
    bool sameEndpoint(const HostMetaLinkFact &o) const { return rel == o.rel && href == o.href; }
};

/// One of the two host-meta documents (RFC 6415 §3: XRD; XEP-0156 §2.3: JSON as well), as it
/// was fetched over HTTPS.
struct HostMetaDocumentFact
{
    QString format;  // "xrd" or "json"
    QString url;     // https://DOMAIN/.well-known/host-meta[.json]
    QString address; // the address dialled last; empty: none
    int port = 0;
    int status = 0; // the HTTP status; 0: no answer
    QString contentType;
    std::optional<QString> allowOrigin; // Access-Control-Allow-Origin, when sent
    QStringList redirects;              // each Location followed (or refused, last)
    QString tlsProtocol;                // "TLSv1.3", …; empty: no TLS session
    QStringList certificateErrors;      // why the server's certificate was refused
    /**
     * Why there is no document, or what is wrong with it:
     *   "missing"   nothing there (HTTP 404 or 410; nothing listening on the port)
     *   "tls"       the certificate was refused: no client reads what it says
     *   "failed"    any other failure (a timeout, an HTTP error, too large, a redirect refused)
     *   "malformed" an answer that is not an XRD (or JSON) document
     * Empty: read.
     */
    QString problem;
    Phrase error; // the reason, in words
    double ms = 0;
    qint64 bytes = 0;
    QVector<HostMetaLinkFact> links; // the XMPP links, in the document's order
    int otherLinks = 0;              // links for other protocols

    bool isRead() const { return problem.isEmpty(); }
};

/// XEP-0156 host-meta discovery of a domain's web endpoints (WebSocket, BOSH).
struct HostMetaFact
{
    QString domain;
    QString host; // where it was fetched from (the domain, or another host by --resolve)
    int port = 443;
    QStringList addresses;                   // host's addresses, through the session's resolver
    QString dnssec;                          // the address answers' DNSSEC status
    Phrase resolveError;                     // host could not be resolved
    QVector<HostMetaDocumentFact> documents; // XRD first, then JSON

    /// The usable endpoints of the documents read, without duplicates, XRD's first:
    /// encrypted before plain text, WebSocket before BOSH (XEP-0156 §2.2: the documents' order
    /// is not significant).
    QVector<HostMetaLinkFact> endpoints() const;
    const HostMetaDocumentFact *document(const QString &format) const;

    static HostMetaFact fromJson(const QJsonObject &o);
    /// phrases: also each phrase with its translation context (the event's payload).
    QJsonObject toJson(bool phrases = true) const;
};

} // namespace Inspector
