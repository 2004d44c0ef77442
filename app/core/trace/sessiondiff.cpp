// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondiff.h"

#include "facts/sessionsummary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Inspector::SessionDiff {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionDiff)
};

/// The facts compared, by field name (in the order of the names); a fact a session does not
/// have is left out.
using Facts = QMap<QString, QJsonValue>;

void put(Facts *f, const QString &name, const QJsonValue &v)
{
    if (!v.isUndefined())
        f->insert(name, v);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue resultOf(const std::optional<VerdictFact> &v, TextFact VerdictFact::*field)
{
    if (!v)
        return QJsonValue();
    const QJsonValue r = ((*v).*field).toJson();
    return r.isUndefined() ? QJsonValue() : r;
}

void outcomeFacts(const SessionSummary &s, Facts *f)
{
    put(f, QStringLiteral("success"), s.success);
    put(f, QStringLiteral("serverDomain"), orNull(s.serverDomain));
    put(f, QStringLiteral("version"), orNull(s.version));
    put(f, QStringLiteral("starttlsOffered"), s.starttlsOffered);
    put(f, QStringLiteral("starttlsRequired"), s.starttlsRequired);
    put(f, QStringLiteral("tlsUpgraded"), s.tlsUpgraded);
    put(f, QStringLiteral("directTls"), s.directTls);
    put(f, QStringLiteral("dialbackOffered"), s.dialbackOffered);
    put(f, QStringLiteral("dialbackResult"), resultOf(s.dialback, &VerdictFact::result));
    put(f, QStringLiteral("saslResult"), resultOf(s.sasl, &VerdictFact::result));
    put(f, QStringLiteral("authenticatedAs"), resultOf(s.authenticated, &VerdictFact::as));
    put(f, QStringLiteral("errorCode"),
        s.success || s.errorCode.isAbsent() ? QJsonValue() : s.errorCode.toJson());
    const QJsonValue failed = s.failedPhase.toJson();
    put(f, QStringLiteral("failedPhase"), failed.isUndefined() ? QJsonValue() : failed);
    put(f, QStringLiteral("features"), QJsonArray::fromStringList(s.features));
    put(f, QStringLiteral("saslMechanisms"), QJsonArray::fromStringList(s.saslMechanisms));
    if (s.streamError)
        put(f, QStringLiteral("streamError"), s.streamError->condition);
    if (s.ping)
        put(f, QStringLiteral("ping"), s.ping->result.toJson());
}

void tlsFacts(const SessionSummary &s, Facts *f)
{
    if (!s.tls || !s.tls->isRecorded())
        return;
    const TlsFact &tls = *s.tls;
    put(f, QStringLiteral("tls.protocol"), tls.protocol);
    put(f, QStringLiteral("tls.cipher"), tls.cipher);
    put(f, QStringLiteral("tls.alpn"),
        tls.alpn.isValue() ? QJsonValue(tls.alpn.value) : QJsonValue());
    put(f, QStringLiteral("tls.verified"), tls.verified);
    put(f, QStringLiteral("tls.verifyErrors"), QJsonArray::fromStringList(tls.verifyErrors));
    if (tls.peerCertificates.isEmpty())
        return;
    const CertificateFact &leaf = tls.peerCertificates.first();
    put(f, QStringLiteral("certificate.subject"), leaf.subject);
    put(f, QStringLiteral("certificate.issuer"), leaf.issuer);
    put(f, QStringLiteral("certificate.notAfter"), leaf.notAfter);
    put(f, QStringLiteral("certificate.sha256"), leaf.sha256);
}

Facts facts(const SessionSummary &s)
{
    Facts f;
    outcomeFacts(s, &f);
    tlsFacts(s, &f);
    QJsonArray stages;
    for (const FeatureStageFact &st : s.featureStages)
        stages.append(QJsonArray::fromStringList(st.features.names()));
    put(&f, QStringLiteral("featureStages"), stages);
    QJsonArray phases;
    for (const PhaseFact &p : s.phases) {
        if (p.connection == 1)
            phases.append(p.name);
    }
    put(&f, QStringLiteral("phases"), phases);
    QJsonArray roles;
    for (const ConnectionFact &c : s.connections)
        roles.append(c.role);
    put(&f, QStringLiteral("connections"), roles);
    // DNS candidates as a set per priority: which of equal-priority targets RFC 2782's weighted
    // draw put first is chance (or --srv-seed), not a difference between the sessions.
    if (s.dns && s.dns->isRecorded()) {
        QStringList candidates;
        for (const DnsCandidateFact &c : s.dns->candidates) {
            candidates << QStringLiteral("%1 %2:%3%4")
                              .arg(c.priority, 5, 10, QLatin1Char('0'))
                              .arg(c.target)
                              .arg(c.port)
                              .arg(c.directTls ? QStringLiteral(" direct TLS") : QString());
        }
        candidates.sort();
        put(&f, QStringLiteral("dns.candidates"), QJsonArray::fromStringList(candidates));
        put(&f, QStringLiteral("dns.dnssec"), s.dns->dnssec);
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

QVector<Difference> differences(const SessionSummary &summaryA, const SessionSummary &summaryB)
{
    const Facts a = facts(summaryA), b = facts(summaryB);
    // Every fact either session has: one that only B has (TLS after a fix) is a difference.
    Facts names = a;
    names.insert(b);
    QVector<Difference> out;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        const QJsonValue va = a.value(it.key(), QJsonValue(QJsonValue::Undefined));
        const QJsonValue vb = b.value(it.key(), QJsonValue(QJsonValue::Undefined));
        if (va != vb)
            out.append({it.key(), va, vb});
    }
    return out;
}

QJsonArray toJson(const QVector<Difference> &differences)
{
    QJsonArray out;
    for (const Difference &d : differences)
        out.append(QJsonObject{{QStringLiteral("field"), d.field},
                               {QStringLiteral("a"), d.a},
                               {QStringLiteral("b"), d.b}});
    return out;
}

QString toText(const QVector<Difference> &differences)
{
    if (differences.isEmpty())
        return Tr::tr("No differences in outcome, features, TLS, verdicts or phases.\n");
    QString out;
    for (const Difference &d : differences)
        out += QStringLiteral("%1:\n  A: %2\n  B: %3\n").arg(d.field, show(d.a), show(d.b));
    return out;
}

} // namespace Inspector::SessionDiff
