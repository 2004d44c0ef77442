// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondiff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

namespace Inspector::SessionDiff {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionDiff)
};
} // namespace

namespace {
QJsonObject facts(const QJsonObject &s)
{
    QJsonObject f;
    for (const char *key :
         {"success", "serverDomain", "version", "starttlsOffered", "starttlsRequired",
          "tlsUpgraded", "directTls", "dialbackOffered", "dialbackResult", "saslResult",
          "authenticatedAs", "errorCode", "failedPhase"})
        f.insert(QLatin1String(key), s.value(QLatin1String(key)));
    f.insert(QStringLiteral("features"), s.value(QStringLiteral("features")));
    f.insert(QStringLiteral("saslMechanisms"), s.value(QStringLiteral("saslMechanisms")));
    f.insert(QStringLiteral("streamError"),
             s.value(QStringLiteral("streamError")).toObject().value(QStringLiteral("condition")));
    const QJsonObject tls = s.value(QStringLiteral("tls")).toObject();
    for (const char *key : {"protocol", "cipher", "alpn", "verified", "verifyErrors"})
        f.insert(QStringLiteral("tls.") + QLatin1String(key), tls.value(QLatin1String(key)));
    const QJsonObject leaf =
        tls.value(QStringLiteral("peerCertificates")).toArray().first().toObject();
    for (const char *key : {"subject", "issuer", "notAfter", "sha256"})
        f.insert(QStringLiteral("certificate.") + QLatin1String(key),
                 leaf.value(QLatin1String(key)));
    QJsonArray stages;
    for (const QJsonValue &v : s.value(QStringLiteral("featureStages")).toArray())
        stages.append(v.toObject().value(QStringLiteral("names")));
    f.insert(QStringLiteral("featureStages"), stages);
    QJsonArray phases;
    for (const QJsonValue &v : s.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("connection")).toInt() == 1)
            phases.append(p.value(QStringLiteral("name")));
    }
    f.insert(QStringLiteral("phases"), phases);
    f.insert(QStringLiteral("ping"),
             s.value(QStringLiteral("ping")).toObject().value(QStringLiteral("result")));
    QJsonArray roles;
    for (const QJsonValue &v : s.value(QStringLiteral("connections")).toArray())
        roles.append(v.toObject().value(QStringLiteral("role")));
    f.insert(QStringLiteral("connections"), roles);
    // DNS candidates as a set per priority: which of equal-priority targets RFC 2782's weighted
    // draw put first is chance (or --srv-seed), not a difference between the sessions.
    const QJsonObject dns = s.value(QStringLiteral("dns")).toObject();
    if (!dns.isEmpty()) {
        QStringList candidates;
        for (const QJsonValue &v : dns.value(QStringLiteral("candidates")).toArray()) {
            const QJsonObject c = v.toObject();
            candidates << QStringLiteral("%1 %2:%3%4")
                              .arg(c.value(QStringLiteral("priority")).toInt(), 5, 10,
                                   QLatin1Char('0'))
                              .arg(c.value(QStringLiteral("target")).toString())
                              .arg(c.value(QStringLiteral("port")).toInt())
                              .arg(c.value(QStringLiteral("directTls")).toBool()
                                       ? QStringLiteral(" direct TLS")
                                       : QString());
        }
        candidates.sort();
        f.insert(QStringLiteral("dns.candidates"), QJsonArray::fromStringList(candidates));
        f.insert(QStringLiteral("dns.dnssec"), dns.value(QStringLiteral("dnssec")));
    }
    return f;
}

QString show(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}
} // namespace

QJsonArray differences(const QJsonObject &summaryA, const QJsonObject &summaryB)
{
    const QJsonObject a = facts(summaryA), b = facts(summaryB);
    QJsonArray out;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const QJsonValue other = b.value(it.key());
        if (it.value() != other)
            out.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                   {QStringLiteral("a"), it.value()},
                                   {QStringLiteral("b"), other}});
    }
    return out;
}

QString toText(const QJsonArray &differences)
{
    if (differences.isEmpty())
        return Tr::tr("No differences in outcome, features, TLS, verdicts or phases.\n");
    QString out;
    for (const QJsonValue &v : differences) {
        const QJsonObject d = v.toObject();
        out += QStringLiteral("%1:\n  A: %2\n  B: %3\n")
                   .arg(d.value(QStringLiteral("field")).toString(),
                        show(d.value(QStringLiteral("a"))), show(d.value(QStringLiteral("b"))));
    }
    return out;
}

} // namespace Inspector::SessionDiff
