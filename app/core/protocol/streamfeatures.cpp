// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamfeatures.h"

#include "namespaces.h"

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
            for (const ElementPtr &cb : c.childrenNamed(Ns::SaslChannelBinding,
                                                        u"channel-binding"))
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
        o.insert(QStringLiteral("compressionMethods"), QJsonArray::fromStringList(compressionMethods));
    o.insert(QStringLiteral("bind"), bind);
    if (session)
        o.insert(QStringLiteral("session"), sessionOptional ? QStringLiteral("optional")
                                                            : QStringLiteral("required"));
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
