// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/hostmetafact.h"

#include <QByteArray>

namespace Inspector {

/**
 * The host-meta documents of XEP-0156 §2: the XRD of RFC 6415 §3 (required) and its JSON form
 * (optional), read for the links that name an XMPP connection method. Each link is checked as
 * a client would use it: an absolute URL whose scheme fits the method.
 */
class HostMetaDoc
{
public:
    /// The XMPP links of an XRD document, in its order; false (with the reason) when the body
    /// is not an XRD document.
    static bool parseXrd(const QByteArray &body, QVector<HostMetaLinkFact> *links, int *others,
                         Phrase *error);
    /// The same for the JSON form ({"links": [{"rel", "href"}]}).
    static bool parseJson(const QByteArray &body, QVector<HostMetaLinkFact> *links, int *others,
                          Phrase *error);
    /// A link with a relation of XEP-0156 §2.1 (WebSocket, BOSH, HTTP polling), classified and
    /// checked; nullopt for any other relation.
    static std::optional<HostMetaLinkFact> link(const QString &rel, const QString &href);
    /// A ws: or http: endpoint: never used (XEP-0156 §2.2 allows only wss: and https:).
    static bool isPlainText(const HostMetaLinkFact &link);
};

} // namespace Inspector
