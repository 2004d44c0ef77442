// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamfeatures.h"

#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Inspector {

namespace {
QStringList childTexts(const Element &parent, const QString &ns, const QString &name)
{
    QStringList out;
    for (const ElementPtr &c : parent.childrenNamed(ns, name))
        out.append(c->text().trimmed());
    return out;
}
} // namespace

StreamFeatures StreamFeatures::fromElement(const Element &features)
{
    StreamFeatures f;
    for (const ElementPtr &cp : features.children()) {
        const Element &c = *cp;
        const QString &ns = c.namespaceUri();
        if (c.is(Ns::Tls, u"starttls")) {
            f.starttls = true;
            f.starttlsRequired = bool(c.firstChild(Ns::Tls, u"required"));
        } else if (c.is(Ns::Sasl, u"mechanisms")) {
            f.saslOffered = true;
            f.saslMechanisms = childTexts(c, Ns::Sasl, QStringLiteral("mechanism"));
        } else if (c.is(Ns::DialbackFeature, u"dialback")) {
            f.dialback = true;
            f.dialbackErrors = bool(c.firstChild(Ns::DialbackFeature, u"errors"));
        } else if (c.is(Ns::BidiFeature, u"bidi")) {
            f.bidi = true;
        } else if ((ns == Ns::Sm3 || ns == Ns::Sm2) && c.name() == QLatin1String("sm")) {
            if (f.streamManagement.isEmpty() || ns == Ns::Sm3)
                f.streamManagement = ns;
        } else if (c.is(Ns::Caps, u"c")) {
            f.caps = true;
            f.capsNode = c.attribute(u"node");
            f.capsVer = c.attribute(u"ver");
            f.capsHash = c.attribute(u"hash");
        } else if (c.is(Ns::CompressFeature, u"compression")) {
            f.compression = true;
            f.compressionMethods = childTexts(c, Ns::CompressFeature, QStringLiteral("method"));
        } else if (c.is(Ns::Bind, u"bind")) {
            f.bind = true;
        } else if (c.is(Ns::Session, u"session")) {
            f.session = true;
            f.sessionOptional = bool(c.firstChild(Ns::Session, u"optional"));
        } else if (c.is(Ns::RosterVer, u"ver")) {
            f.rosterVersioning = true;
        } else if (c.is(Ns::PreApproval, u"sub")) {
            f.preApproval = true;
        } else if (c.is(Ns::Csi, u"csi")) {
            f.csi = true;
        } else if (c.is(Ns::Register, u"register")) {
            f.registration = true;
        } else if (c.is(Ns::Sasl2, u"authentication")) {
            f.sasl2 = true;
            f.sasl2Mechanisms = childTexts(c, Ns::Sasl2, QStringLiteral("mechanism"));
        } else if (c.is(Ns::SaslChannelBinding, u"sasl-channel-binding")) {
            for (const ElementPtr &cb : c.childrenNamed(Ns::SaslChannelBinding, u"channel-binding"))
                f.channelBindings.append(cb->attribute(u"type"));
        } else if (c.is(Ns::StreamLimits, u"limits")) {
            if (const ElementPtr m = c.firstChild(Ns::StreamLimits, u"max-bytes"))
                f.limitMaxBytes = m->text().trimmed().toLongLong();
            if (const ElementPtr i = c.firstChild(Ns::StreamLimits, u"idle-seconds"))
                f.limitIdleSeconds = i->text().trimmed().toLongLong();
        } else {
            f.unknown.append({ns, c.name(), c.toXml()});
        }
    }
    return f;
}

namespace {
// Names and explanations follow the interface language where a translation is loaded.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StreamFeatures)
};
} // namespace

QVector<StreamFeatures::Entry> StreamFeatures::entries() const
{
    QVector<Entry> out;
    if (starttls)
        out.append({QStringLiteral("STARTTLS"), Ns::Tls,
                    starttlsRequired ? Tr::tr("required") : Tr::tr("optional"),
                    Tr::tr("Upgrade this connection to TLS (RFC 6120 §5).")});
    if (saslOffered)
        out.append({QStringLiteral("SASL"), Ns::Sasl,
                    saslMechanisms.isEmpty() ? Tr::tr("no mechanisms")
                                             : saslMechanisms.join(QStringLiteral(", ")),
                    saslMechanisms.isEmpty()
                        ? Tr::tr("An empty list: the peer accepts no SASL mechanism from us "
                                 "here (before TLS, or our certificate was not accepted).")
                        : Tr::tr("Authentication mechanisms offered (RFC 6120 §6); "
                                 "EXTERNAL uses our TLS certificate (XEP-0178).")});
    if (dialback)
        out.append({QStringLiteral("Dialback"), Ns::DialbackFeature,
                    dialbackErrors ? Tr::tr("with error handling") : Tr::tr("without <errors/>"),
                    Tr::tr("Server Dialback (XEP-0220 §2.4): the peer verifies our domain "
                           "by calling its authoritative server back.")});
    if (bidi)
        out.append({QStringLiteral("Bidi"), Ns::BidiFeature, QString(),
                    Tr::tr("Bidirectional server-to-server streams (XEP-0288).")});
    if (!streamManagement.isEmpty())
        out.append({Tr::tr("Stream Management"), streamManagement, QString(),
                    Tr::tr("Acknowledgements and resumption (XEP-0198).")});
    if (caps)
        out.append({QStringLiteral("Caps"), Ns::Caps, capsNode,
                    Tr::tr("Entity capabilities (XEP-0115): what the server supports, "
                           "as a hash.")});
    if (compression)
        out.append({QStringLiteral("Compression"), Ns::CompressFeature,
                    compressionMethods.join(QStringLiteral(", ")),
                    Tr::tr("Stream compression (XEP-0138), obsolete for security "
                           "reasons.")});
    if (bind)
        out.append({QStringLiteral("Bind"), Ns::Bind, QString(),
                    Tr::tr("Resource binding (RFC 6120 §7).")});
    if (session)
        out.append({QStringLiteral("Session"), Ns::Session,
                    sessionOptional ? QStringLiteral("optional") : QStringLiteral("required"),
                    Tr::tr("Legacy session establishment (RFC 3921).")});
    if (rosterVersioning)
        out.append({Tr::tr("Roster versioning"), Ns::RosterVer, QString(),
                    QStringLiteral("RFC 6121 §2.6.")});
    if (preApproval)
        out.append({QStringLiteral("Pre-approval"), Ns::PreApproval, QString(),
                    Tr::tr("Subscription pre-approval (RFC 6121 §3.4).")});
    if (csi)
        out.append({QStringLiteral("CSI"), Ns::Csi, QString(),
                    Tr::tr("Client state indication (XEP-0352).")});
    if (registration)
        out.append({QStringLiteral("Registration"), Ns::Register, QString(),
                    Tr::tr("In-band registration (XEP-0077).")});
    if (sasl2)
        out.append({QStringLiteral("SASL2"), Ns::Sasl2, sasl2Mechanisms.join(QStringLiteral(", ")),
                    Tr::tr("Extensible SASL profile (XEP-0388).")});
    if (!channelBindings.isEmpty())
        out.append({Tr::tr("Channel binding"), Ns::SaslChannelBinding,
                    channelBindings.join(QStringLiteral(", ")),
                    Tr::tr("Channel-binding types offered (XEP-0440).")});
    if (limitMaxBytes >= 0 || limitIdleSeconds >= 0)
        out.append({QStringLiteral("Limits"), Ns::StreamLimits,
                    Tr::tr("max %1 bytes, idle %2 s").arg(limitMaxBytes).arg(limitIdleSeconds),
                    Tr::tr("Stream limits (XEP-0478).")});
    for (const Unknown &u : unknown)
        out.append({u.name, u.namespaceUri, QString::fromUtf8(u.xml),
                    Tr::tr("A feature this tool does not know; its XML is shown as sent.")});
    return out;
}

QStringList StreamFeatures::names() const
{
    QStringList n;
    if (starttls)
        n << QStringLiteral("STARTTLS");
    for (const QString &m : saslMechanisms)
        n << QStringLiteral("SASL-") + m;
    if (dialback)
        n << QStringLiteral("DIALBACK");
    if (bidi)
        n << QStringLiteral("BIDI");
    if (!streamManagement.isEmpty())
        n << QStringLiteral("SM");
    if (caps)
        n << QStringLiteral("CAPS");
    if (compression)
        n << QStringLiteral("COMPRESSION");
    if (bind)
        n << QStringLiteral("BIND");
    if (session)
        n << QStringLiteral("SESSION");
    if (rosterVersioning)
        n << QStringLiteral("ROSTERVER");
    if (preApproval)
        n << QStringLiteral("PRE-APPROVAL");
    if (csi)
        n << QStringLiteral("CSI");
    if (registration)
        n << QStringLiteral("REGISTER");
    if (sasl2)
        n << QStringLiteral("SASL2");
    if (limitMaxBytes >= 0 || limitIdleSeconds >= 0)
        n << QStringLiteral("LIMITS");
    for (const Unknown &u : unknown)
        n << QLatin1Char('{') + u.namespaceUri + QLatin1Char('}') + u.name;
    return n;
}

QJsonObject StreamFeatures::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("starttls"), starttls);
    o.insert(QStringLiteral("starttlsRequired"), starttlsRequired);
    o.insert(QStringLiteral("saslOffered"), saslOffered);
    o.insert(QStringLiteral("saslMechanisms"), QJsonArray::fromStringList(saslMechanisms));
    o.insert(QStringLiteral("dialback"), dialback);
    o.insert(QStringLiteral("dialbackErrors"), dialbackErrors);
    o.insert(QStringLiteral("bidi"), bidi);
    o.insert(QStringLiteral("streamManagement"), streamManagement);
    if (caps) {
        o.insert(QStringLiteral("caps"),
                 QJsonObject{{QStringLiteral("node"), capsNode}, {QStringLiteral("ver"), capsVer}});
    }
    if (compression)
        o.insert(QStringLiteral("compressionMethods"),
                 QJsonArray::fromStringList(compressionMethods));
    o.insert(QStringLiteral("bind"), bind);
    if (session)
        o.insert(QStringLiteral("session"),
                 sessionOptional ? QStringLiteral("optional") : QStringLiteral("required"));
    if (sasl2)
        o.insert(QStringLiteral("sasl2Mechanisms"), QJsonArray::fromStringList(sasl2Mechanisms));
    if (!channelBindings.isEmpty())
        o.insert(QStringLiteral("channelBindings"), QJsonArray::fromStringList(channelBindings));
    if (limitMaxBytes >= 0)
        o.insert(QStringLiteral("limitMaxBytes"), limitMaxBytes);
    if (limitIdleSeconds >= 0)
        o.insert(QStringLiteral("limitIdleSeconds"), limitIdleSeconds);
    QJsonArray unk;
    for (const Unknown &u : unknown) {
        unk.append(QJsonObject{{QStringLiteral("namespace"), u.namespaceUri},
                               {QStringLiteral("name"), u.name},
                               {QStringLiteral("xml"), QString::fromUtf8(u.xml)}});
    }
    o.insert(QStringLiteral("unknown"), unk);
    o.insert(QStringLiteral("names"), QJsonArray::fromStringList(names()));
    return o;
}

} // namespace Inspector
