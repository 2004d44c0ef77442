// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of host-meta discovery (net/hostmeta.cpp records it in a DNS event).
#include "hostmetafact.h"

#include "jsonfields.h"

#include <algorithm>

namespace Inspector {

template<class V> void visitFields(HostMetaLinkFact &f, V &v)
{
    v("rel", f.rel);
    v("href", f.href);
    v("method", f.method);
    v("secure", f.secure);
    v.phrase("problem", f.problem);
}

template<class V> void visitFields(HostMetaDocumentFact &f, V &v)
{
    v("format", f.format);
    v("url", f.url);
    v("address", f.address);
    v("port", f.port);
    v("status", f.status);
    v("contentType", f.contentType);
    v("allowOrigin", f.allowOrigin);
    v("redirects", f.redirects);
    v("tlsProtocol", f.tlsProtocol);
    v("certificateErrors", f.certificateErrors);
    v("problem", f.problem);
    v.phrase("error", f.error);
    v("ms", f.ms);
    v("bytes", f.bytes);
    v.list("links", f.links);
    v("otherLinks", f.otherLinks);
}

template<class V> void visitFields(HostMetaFact &f, V &v)
{
    v("domain", f.domain);
    v("host", f.host);
    v("port", f.port);
    v("addresses", f.addresses);
    v("dnssec", f.dnssec);
    v.phrase("resolveError", f.resolveError);
    v.list("documents", f.documents);
}

HostMetaFact HostMetaFact::fromJson(const QJsonObject &o)
{
    return JsonReader::read<HostMetaFact>(o);
}

QJsonObject HostMetaFact::toJson(bool phrases) const
{
    return JsonWriter::write(*this,
                             phrases ? JsonWriter::Phrases::Keep : JsonWriter::Phrases::Leave);
}

const HostMetaDocumentFact *HostMetaFact::document(const QString &format) const
{
    for (const HostMetaDocumentFact &d : documents) {
        if (d.format == format)
            return &d;
    }
    return nullptr;
}

QVector<HostMetaLinkFact> HostMetaFact::endpoints() const
{
    QVector<HostMetaLinkFact> out;
    for (const HostMetaDocumentFact &d : documents) {
        if (!d.isRead())
            continue;
        for (const HostMetaLinkFact &l : d.links) {
            const bool known = std::any_of(out.cbegin(), out.cend(),
                                           [&l](const auto &o) { return o.sameEndpoint(l); });
            if (l.usable() && !known)
                out.append(l);
        }
    }
    // What a client should try first: encrypted before plain text, WebSocket before BOSH.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const auto rank = [](const HostMetaLinkFact &l) {
            return (l.secure ? 0 : 2) + (l.method == QLatin1String("websocket") ? 0 : 1);
        };
        return rank(a) < rank(b);
    });
    return out;
}

} // namespace Inspector
