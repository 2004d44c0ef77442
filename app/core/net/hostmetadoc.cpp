// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostmetadoc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

namespace Inspector {

namespace {
const QString XrdNs = QStringLiteral("http://docs.oasis-open.org/ns/xri/xrd-1.0");
const QString RelPrefix = QStringLiteral("urn:xmpp:alt-connections:");

Phrase plainText()
{
    return Phrase("HostMetaDoc",
                  QT_TRANSLATE_NOOP("HostMetaDoc", "not encrypted: clients use only wss: and "
                                                   "https: endpoints (XEP-0156 §2.2)"));
}
} // namespace

bool HostMetaDoc::isPlainText(const HostMetaLinkFact &link)
{
    const QString scheme = QUrl(link.href).scheme().toLower();
    return scheme == QLatin1String("ws") || scheme == QLatin1String("http");
}

std::optional<HostMetaLinkFact> HostMetaDoc::link(const QString &rel, const QString &href)
{
    HostMetaLinkFact l;
    l.rel = rel;
    l.href = href;
    if (!rel.startsWith(RelPrefix))
        return std::nullopt;
    const QString kind = rel.mid(RelPrefix.size());
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (kind == QLatin1String("websocket")) {
        l.method = QStringLiteral("websocket");
        l.secure = scheme == QLatin1String("wss");
        if (scheme == QLatin1String("ws"))
            l.problem = plainText();
        else if (!l.secure)
            l.problem = Phrase("HostMetaDoc",
                               QT_TRANSLATE_NOOP("HostMetaDoc",
                                                 "a WebSocket endpoint must be a wss: (or ws:) URL "
                                                 "(RFC 6455 §3)"));
    } else if (kind == QLatin1String("xbosh")) {
        l.method = QStringLiteral("bosh");
        l.secure = scheme == QLatin1String("https");
        if (scheme == QLatin1String("http"))
            l.problem = plainText();
        else if (!l.secure)
            l.problem = Phrase("HostMetaDoc",
                               QT_TRANSLATE_NOOP("HostMetaDoc",
                                                 "a BOSH endpoint must be an https: (or http:) URL "
                                                 "(XEP-0206)"));
    } else if (kind == QLatin1String("httppoll")) {
        l.method = QStringLiteral("httppoll");
        l.secure = scheme == QLatin1String("https");
        l.problem = Phrase("HostMetaDoc",
                           QT_TRANSLATE_NOOP("HostMetaDoc",
                                             "HTTP polling (XEP-0025) is obsolete: no current "
                                             "client uses it"));
        return l;
    } else {
        return std::nullopt; // another method (XEP-0487's, say): not one tested here
    }
    if (l.problem.isEmpty() && (!url.isValid() || url.host().isEmpty()))
        l.problem = Phrase("HostMetaDoc",
                           QT_TRANSLATE_NOOP("HostMetaDoc", "not an absolute URL with a host"));
    return l;
}

bool HostMetaDoc::parseXrd(const QByteArray &body, QVector<HostMetaLinkFact> *links, int *others,
                           Phrase *error)
{
    QXmlStreamReader r(body);
    // A document with a DTD could expand entities without end: host-meta never has one.
    bool root = false;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::DTD) {
            *error = Phrase("HostMetaDoc",
                            QT_TRANSLATE_NOOP("HostMetaDoc", "it has a document type "
                                                             "declaration, which XRD never has"));
            return false;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (!root) {
            root = true;
            if (r.name() != QLatin1String("XRD") || r.namespaceUri() != XrdNs) {
                *error = Phrase("HostMetaDoc",
                                QT_TRANSLATE_NOOP("HostMetaDoc",
                                                  "its root element is <%1 xmlns='%2'>, not <XRD "
                                                  "xmlns='%3'> (RFC 6415 §3)"),
                                {r.name().toString(), r.namespaceUri().toString(), XrdNs});
                return false;
            }
            continue;
        }
        // Links are children of the root only (a Link inside another element is not one).
        if (r.name() != QLatin1String("Link") || r.namespaceUri() != XrdNs) {
            r.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes a = r.attributes();
        if (auto l = link(a.value(QLatin1String("rel")).toString(),
                          a.value(QLatin1String("href")).toString()))
            links->append(*l);
        else
            ++*others;
        r.skipCurrentElement();
    }
    if (r.hasError() || !root) {
        *error = Phrase("HostMetaDoc",
                        QT_TRANSLATE_NOOP("HostMetaDoc", "not well-formed XML: %1 (line %2)"),
                        {root ? r.errorString() : QStringLiteral("no element"),
                         QString::number(r.lineNumber())});
        return false;
    }
    return true;
}

bool HostMetaDoc::parseJson(const QByteArray &body, QVector<HostMetaLinkFact> *links, int *others,
                            Phrase *error)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        *error =
            Phrase("HostMetaDoc", QT_TRANSLATE_NOOP("HostMetaDoc", "not JSON: %1 (at byte %2)"),
                   {e.errorString(), QString::number(e.offset)});
        return false;
    }
    if (!doc.isObject() || !doc.object().value(QLatin1String("links")).isArray()) {
        *error = Phrase("HostMetaDoc",
                        QT_TRANSLATE_NOOP("HostMetaDoc",
                                          "not a host-meta object: no \"links\" array (RFC 6415 "
                                          "Appendix A)"));
        return false;
    }
    for (const QJsonValue &v : doc.object().value(QLatin1String("links")).toArray()) {
        const QJsonObject o = v.toObject();
        if (auto l = link(o.value(QLatin1String("rel")).toString(),
                          o.value(QLatin1String("href")).toString()))
            links->append(*l);
        else
            ++*others;
    }
    return true;
}

} // namespace Inspector
