// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnslookup.h"

#include "srvorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <unbound.h>

namespace Inspector {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DnsLookup)
};
} // namespace

namespace {
constexpr int TypeA = 1, TypeAAAA = 28, TypeSRV = 33, TypeTLSA = 52;

QString typeName(int type)
{
    switch (type) {
    case TypeA:
        return QStringLiteral("A");
    case TypeAAAA:
        return QStringLiteral("AAAA");
    case TypeSRV:
        return QStringLiteral("SRV");
    case TypeTLSA:
        return QStringLiteral("TLSA");
    }
    return QString::number(type);
}

QString wireName(const QByteArray &data, int offset)
{
    QStringList labels;
    while (offset < data.size()) {
        const int len = quint8(data.at(offset));
        if (len == 0 || offset + 1 + len > data.size())
            break;
        labels << QString::fromLatin1(data.mid(offset + 1, len));
        offset += 1 + len;
    }
    return labels.isEmpty() ? QStringLiteral(".") : labels.join(QLatin1Char('.'));
}

quint16 be16(const QByteArray &d, int at)
{
    return quint16((quint8(d.at(at)) << 8) | quint8(d.at(at + 1)));
}

/// The owner names of the DS/DNSKEY records of a trust anchor file (zone-file format).
QStringList anchorOwners(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(file, f.errorString());
        return {};
    }
    QStringList owners;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).section(QLatin1Char(';'), 0, 0);
        const QStringList fields =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() < 3 || line.at(0).isSpace() ||
            fields.first().startsWith(QLatin1Char('$')))
            continue;
        for (int i = 1; i < fields.size() && i < 4; ++i) {
            const QString type = fields.at(i).toUpper();
            if (type == QLatin1String("DS") || type == QLatin1String("DNSKEY")) {
                QString owner = fields.first().toLower();
                if (!owner.endsWith(QLatin1Char('.')))
                    owner += QLatin1Char('.');
                if (!owners.contains(owner))
                    owners << owner;
                break;
            }
        }
    }
    if (owners.isEmpty())
        *error = Tr::tr("%1 holds no DS or DNSKEY record").arg(file);
    return owners;
}

QString status(const ::ub_result *r, const QString &validation)
{
    if (validation == QLatin1String("off"))
        return QStringLiteral("unvalidated");
    if (validation == QLatin1String("stripped"))
        return QStringLiteral("stripped");
    return r->secure  ? QStringLiteral("secure")
           : r->bogus ? QStringLiteral("bogus")
                      : QStringLiteral("insecure");
}
} // namespace

QStringList DnsSettings::effectiveAnchors() const
{
    if (!trustAnchors.isEmpty())
        return trustAnchors;
    // With a chosen server (often a test zone), nothing is validated unless anchors are given.
    if (!server.isEmpty())
        return {};
    return QFile::exists(defaultRootKey()) ? QStringList{defaultRootKey()} : QStringList();
}

bool DnsSettings::checkAnchorFile(const QString &file, QString *error)
{
    return !anchorOwners(file, error).isEmpty();
}

struct DnsLookup::Query
{
    DnsLookup *owner;
    QString name;
    int type;
    QElapsedTimer clock;
    std::function<void(const QJsonObject &)> done;
};

DnsLookup::DnsLookup(const QString &domain, bool client, const DnsSettings &settings,
                     QObject *parent)
    : QObject(parent)
    , m_domain(domain.toLower())
    , m_client(client)
    , m_settings(settings)
{}

DnsLookup::~DnsLookup()
{
    if (m_ctx)
        ub_ctx_delete(m_ctx);
}

bool DnsLookup::parseServer(const QString &text, QString *unboundAddress, QString *error)
{
    QString host = text;
    int port = 53;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        host = text.mid(1, close - 1);
        if (close < 0 || (close + 1 < text.size() && text.at(close + 1) != QLatin1Char(':'))) {
            *error = Tr::tr("'%1' is not [IPv6]:PORT.").arg(text);
            return false;
        }
        if (close + 1 < text.size())
            port = text.mid(close + 2).toInt();
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1).toInt();
    }
    if (QHostAddress(host).isNull()) {
        *error = Tr::tr("'%1' is not an IP address.").arg(host);
        return false;
    }
    if (port < 1 || port > 65535) {
        *error = Tr::tr("'%1' has no valid port.").arg(text);
        return false;
    }
    *unboundAddress = QStringLiteral("%1@%2").arg(host).arg(port);
    return true;
}

QString DnsLookup::aLabel(const QString &domain)
{
    // RFC 6120 §3.2 / RFC 5890: DNS is asked with A-labels; UTS #46 maps (case, width) first.
    return QString::fromLatin1(QUrl::toAce(domain));
}

void DnsLookup::fail(const QString &error)
{
    m_done = true;
    m_error = error;
    m_result = QJsonObject{{QStringLiteral("domain"), m_domain},
                           {QStringLiteral("error"), m_error},
                           {QStringLiteral("candidates"), QJsonArray()}};
    Q_EMIT finished(m_result);
}

bool DnsLookup::createContext(bool validate)
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_ctx)
        ub_ctx_delete(m_ctx);
    m_ctx = ub_ctx_create();
    int rc = 0;
    if (m_settings.server.isEmpty()) {
        rc = ub_ctx_resolvconf(m_ctx, nullptr);
        if (rc == 0)
            rc = ub_ctx_hosts(m_ctx, nullptr);
    } else {
        // Only this server is asked; it may be on loopback, and it may serve the special-use
        // zones that libunbound would otherwise answer itself (RFC 6761: test., localhost.).
        rc = ub_ctx_set_fwd(m_ctx, m_settings.server.toLatin1().constData());
        if (rc == 0)
            ub_ctx_set_option(m_ctx, "do-not-query-localhost:", "no");
        for (const char *zone :
             {"test. transparent", "localhost. transparent", "invalid. transparent"})
            ub_ctx_set_option(m_ctx, "local-zone:", zone);
    }
    for (const QString &file : std::as_const(m_anchors)) {
        if (rc == 0 && validate)
            rc = ub_ctx_add_ta_file(m_ctx, QFile::encodeName(file).constData());
    }
    if (rc == 0)
        rc = ub_ctx_async(m_ctx, 1);
    if (rc != 0) {
        fail(QString::fromUtf8(ub_strerror(rc)));
        return false;
    }
    m_notifier = new QSocketNotifier(ub_fd(m_ctx), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { ub_process(m_ctx); });
    return true;
}

void DnsLookup::start()
{
    m_started = true;
    const QString ace = aLabel(m_domain);
    if (ace.isEmpty()) {
        fail(Tr::tr("'%1' cannot be converted to an A-label (UTS #46).").arg(m_domain));
        return;
    }
    if (ace != m_domain)
        m_result.insert(QStringLiteral("aLabel"), ace);
    m_domain = ace;
    m_seed = m_settings.srvSeed >= 0 ? quint32(m_settings.srvSeed)
                                     : QRandomGenerator::global()->generate();
    m_anchors = m_settings.effectiveAnchors();
    for (const QString &file : std::as_const(m_anchors)) {
        QString why;
        if (!DnsSettings::checkAnchorFile(file, &why)) {
            fail(Tr::tr("Trust anchor: %1.").arg(why));
            return;
        }
    }
    m_validation = m_anchors.isEmpty() ? QStringLiteral("off") : QStringLiteral("on");
    if (!createContext(!m_anchors.isEmpty()))
        return;
    if (m_anchors.isEmpty())
        lookUpServices();
    else
        probeAnchors();
}

void DnsLookup::probeAnchors()
{
    // A resolver that strips DNSSEC data (RRSIG, DNSKEY) makes every answer look bogus. The
    // trust anchors' own DNSKEY sets tell: if none of them validates, and none even comes
    // back, the resolver gives no DNSSEC data, and the lookup runs again unvalidated.
    auto verdicts = std::make_shared<QList<QJsonObject>>();
    QStringList owners;
    for (const QString &file : std::as_const(m_anchors)) {
        QString why;
        for (const QString &o : anchorOwners(file, &why))
            owners << o;
    }
    owners.removeDuplicates();
    const int total = int(owners.size());
    for (const QString &owner : std::as_const(owners)) {
        query(owner, 48 /* DNSKEY */, [this, verdicts, total](const QJsonObject &answer) {
            verdicts->append(answer);
            if (verdicts->size() < total)
                return;
            bool validates = false, present = false;
            for (const QJsonObject &a : std::as_const(*verdicts)) {
                validates = validates ||
                            a.value(QStringLiteral("dnssec")).toString() == QLatin1String("secure");
                present = present || a.value(QStringLiteral("keys")).toInt() > 0;
            }
            m_answers = QJsonArray(); // the probes are not part of the service's answers
            if (validates || present) {
                lookUpServices();
                return;
            }
            // Not from inside libunbound's callback: the context is replaced.
            QMetaObject::invokeMethod(
                this,
                [this, verdicts] {
                    m_validation = QStringLiteral("stripped");
                    const QJsonObject first = verdicts->first();
                    m_result.insert(QStringLiteral("strippedReason"),
                                    Tr::tr("no DNSKEY record for %1, rcode %2")
                                        .arg(first.value(QStringLiteral("name")).toString())
                                        .arg(first.value(QStringLiteral("rcode")).toInt()));
                    if (createContext(false))
                        lookUpServices();
                },
                Qt::QueuedConnection);
        });
    }
}

void DnsLookup::lookUpServices()
{
    m_servicesAsked = true;
    const QString kind = m_client ? QStringLiteral("client") : QStringLiteral("server");
    // XEP-0368 §3: both kinds are looked up; direct-TLS targets first among equal priorities.
    for (const bool direct : {true, false}) {
        const QString name = QStringLiteral("_xmpp%1-%2._tcp.%3")
                                 .arg(direct ? QStringLiteral("s") : QString(), kind, m_domain);
        query(name, TypeSRV, [this, direct, name](const QJsonObject &answer) {
            QJsonArray &list = direct ? m_srvDirect : m_srvStarttls;
            const QString dnssec = answer.value(QStringLiteral("dnssec")).toString();
            // The SRV set's status is its weakest answer's (an empty insecure answer counts).
            if (m_srvDnssec.isEmpty() || m_srvDnssec == QLatin1String("secure"))
                m_srvDnssec = dnssec;
            for (const QJsonValue &v : answer.value(QStringLiteral("records")).toArray()) {
                QJsonObject r = v.toObject();
                r.insert(QStringLiteral("directTls"), direct);
                r.insert(QStringLiteral("source"), name.section(QLatin1Char('.'), 0, 1));
                r.insert(QStringLiteral("dnssecSrv"), dnssec);
                list.append(r);
            }
            onSrvDone();
        });
    }
}

void DnsLookup::query(const QString &name, int type, std::function<void(const QJsonObject &)> done)
{
    auto *q = new Query{this, name, type, {}, std::move(done)};
    q->clock.start();
    ++m_pending;
    const int rc = ub_resolve_async(m_ctx, name.toUtf8().constData(), type, 1, q,
                                    &DnsLookup::callback, nullptr);
    if (rc != 0) {
        --m_pending;
        const QJsonObject failed{{QStringLiteral("name"), name},
                                 {QStringLiteral("type"), typeName(type)},
                                 {QStringLiteral("error"), QString::fromUtf8(ub_strerror(rc))},
                                 {QStringLiteral("records"), QJsonArray()}};
        m_answers.append(failed);
        q->done(failed);
        delete q;
    }
}

void DnsLookup::callback(void *data, int err, ::ub_result *result)
{
    std::unique_ptr<Query> q(static_cast<Query *>(data));
    DnsLookup *self = q->owner;
    QJsonObject answer{{QStringLiteral("name"), q->name},
                       {QStringLiteral("type"), typeName(q->type)},
                       {QStringLiteral("ms"), double(q->clock.nsecsElapsed() / 1000) / 1000.0}};
    QJsonArray records;
    if (err != 0 || !result) {
        answer.insert(QStringLiteral("error"), QString::fromUtf8(ub_strerror(err)));
    } else {
        answer.insert(QStringLiteral("rcode"), result->rcode);
        answer.insert(QStringLiteral("nxdomain"), bool(result->nxdomain));
        // DNSSEC (RFC 4033 §5, RFC 4035 §4.3): secure, insecure (no chain of trust), bogus.
        const QString dnssec = status(result, self->m_validation);
        answer.insert(QStringLiteral("dnssec"), dnssec);
        if (dnssec == QLatin1String("bogus"))
            answer.insert(QStringLiteral("whyBogus"), result->why_bogus
                                                          ? QString::fromUtf8(result->why_bogus)
                                                          : QStringLiteral("validation failure"));
        int keys = 0;
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            const QByteArray d(result->data[i], result->len[i]);
            if (q->type == TypeSRV && d.size() >= 7) {
                records.append(QJsonObject{{QStringLiteral("priority"), be16(d, 0)},
                                           {QStringLiteral("weight"), be16(d, 2)},
                                           {QStringLiteral("port"), be16(d, 4)},
                                           {QStringLiteral("target"), wireName(d, 6)}});
            } else if (q->type == TypeA && d.size() == 4) {
                records.append(QHostAddress(quint32((quint8(d[0]) << 24) | (quint8(d[1]) << 16) |
                                                    (quint8(d[2]) << 8) | quint8(d[3])))
                                   .toString());
            } else if (q->type == TypeAAAA && d.size() == 16) {
                records.append(
                    QHostAddress(reinterpret_cast<const quint8 *>(d.constData())).toString());
            } else if (q->type == TypeTLSA && d.size() >= 3) {
                records.append(
                    QJsonObject{{QStringLiteral("usage"), quint8(d[0])},
                                {QStringLiteral("selector"), quint8(d[1])},
                                {QStringLiteral("matchingType"), quint8(d[2])},
                                {QStringLiteral("data"), QString::fromLatin1(d.mid(3).toHex())}});
            } else {
                ++keys;
            }
        }
        if (keys > 0)
            answer.insert(QStringLiteral("keys"), keys);
        if (result->canonname && q->name.compare(QString::fromUtf8(result->canonname).chopped(1),
                                                 Qt::CaseInsensitive) != 0)
            answer.insert(QStringLiteral("cname"), QString::fromUtf8(result->canonname));
    }
    // RFC 7673 §3.1-3.3: the data of a bogus answer is never used.
    if (answer.value(QStringLiteral("dnssec")).toString() == QLatin1String("bogus")) {
        if (!records.isEmpty())
            answer.insert(QStringLiteral("discarded"), records.size());
        records = QJsonArray();
        if (self->m_servicesAsked)
            self->m_bogus.append(QJsonObject{
                {QStringLiteral("name"), q->name},
                {QStringLiteral("type"), typeName(q->type)},
                {QStringLiteral("whyBogus"), answer.value(QStringLiteral("whyBogus"))}});
    }
    answer.insert(QStringLiteral("records"), records);
    if (result)
        ub_resolve_free(result);
    self->m_answers.append(answer);
    --self->m_pending;
    q->done(answer);
    self->checkDone();
}

void DnsLookup::onSrvDone()
{
    if (m_pending > 0)
        return;
    // RFC 6120 §3.2.1 step 2 / XEP-0368 §5: a single "." target means "no such service".
    const auto none = [](const QJsonArray &list) {
        return list.size() == 1 &&
               list.first().toObject().value(QStringLiteral("target")).toString() ==
                   QLatin1String(".");
    };
    QJsonArray all;
    // XEP-0368 §5: "." for _xmpps- with no _xmpp- record at all is "no service" as well; with
    // _xmpp- records it only says that direct TLS is not offered.
    const bool noService = none(m_srvStarttls) || (none(m_srvDirect) && m_srvStarttls.isEmpty());
    m_result.insert(QStringLiteral("noDirectTls"), none(m_srvDirect));
    m_result.insert(QStringLiteral("noService"), noService);
    for (const QJsonArray *list : {&m_srvDirect, &m_srvStarttls}) {
        if (none(*list))
            continue;
        for (const QJsonValue &v : *list)
            all.append(v);
    }
    if (!m_bogus.isEmpty()) {
        // RFC 7673 §3.1: a bogus SRV answer aborts the attempt; no fallback to the domain.
        all = QJsonArray();
    } else if (noService) {
        all = QJsonArray();
    } else if (all.isEmpty()) {
        // RFC 6120 §3.2.2: no SRV record at all, so the domain itself on the default port.
        all.append(QJsonObject{{QStringLiteral("target"), m_domain},
                               {QStringLiteral("port"), m_client ? 5222 : 5269},
                               {QStringLiteral("priority"), 0},
                               {QStringLiteral("weight"), 0},
                               {QStringLiteral("directTls"), false},
                               {QStringLiteral("source"), QStringLiteral("fallback")},
                               {QStringLiteral("dnssecSrv"), m_srvDnssec}});
    }
    m_candidates = SrvOrder::order(all, m_seed);
    resolveTargets();
}

void DnsLookup::resolveTargets()
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        const QJsonObject c = m_candidates.at(i).toObject();
        const QString target = c.value(QStringLiteral("target")).toString();
        for (const int type : {TypeAAAA, TypeA}) {
            query(target, type, [this, i, type](const QJsonObject &answer) {
                QJsonObject c = m_candidates.at(i).toObject();
                QJsonArray addresses = c.value(QStringLiteral("addresses")).toArray();
                // IPv6 first (RFC 6724 default), each family listed and tried.
                for (const QJsonValue &a : answer.value(QStringLiteral("records")).toArray())
                    type == TypeAAAA ? addresses.prepend(a) : addresses.append(a);
                c.insert(QStringLiteral("addresses"), addresses);
                c.insert(type == TypeA ? QStringLiteral("dnssecA") : QStringLiteral("dnssecAAAA"),
                         answer.value(QStringLiteral("dnssec")));
                // RFC 7673 §3.2: a returned address RRset that is secure (a secure "no such
                // record" answer returns none).
                if (answer.value(QStringLiteral("dnssec")).toString() == QLatin1String("secure") &&
                    !answer.value(QStringLiteral("records")).toArray().isEmpty())
                    c.insert(QStringLiteral("addressSecure"), true);
                m_candidates[i] = c;
            });
        }
        // RFC 7673 §3: TLSA at _port._tcp.target.
        query(
            QStringLiteral("_%1._tcp.%2").arg(c.value(QStringLiteral("port")).toInt()).arg(target),
            TypeTLSA, [this, i](const QJsonObject &answer) {
                QJsonObject c = m_candidates.at(i).toObject();
                c.insert(QStringLiteral("tlsa"), answer.value(QStringLiteral("records")));
                c.insert(QStringLiteral("dnssecTlsa"), answer.value(QStringLiteral("dnssec")));
                m_candidates[i] = c;
            });
    }
    checkDone();
}

void DnsLookup::checkDone()
{
    if (m_done || m_pending > 0 || !m_result.contains(QStringLiteral("noService")))
        return;
    m_done = true;
    for (int i = 0; i < m_candidates.size(); ++i) {
        QJsonObject c = m_candidates.at(i).toObject();
        // RFC 7673 §3.2, §3.3: a target whose address or TLSA answer is bogus is not
        // connected to at all, whatever its other address family says.
        for (const char *key : {"dnssecA", "dnssecAAAA", "dnssecTlsa"}) {
            if (c.value(QLatin1String(key)).toString() == QLatin1String("bogus")) {
                c.insert(
                    QStringLiteral("rejected"),
                    QString(QString::fromLatin1(key + 6).toUpper() + QStringLiteral(" bogus")));
                c.insert(QStringLiteral("addresses"), QJsonArray());
                break;
            }
        }
        // RFC 7673 §3.1-3.3: DANE applies when the SRV answer (or, without SRV, nothing to
        // follow), at least one of the target's address answers and the TLSA answer are all
        // secure. An address reached through a CNAME into an unsigned zone is not: its TLSA
        // records are then not relied upon (§3.2), however secure they are themselves.
        const QString srv = c.value(QStringLiteral("dnssecSrv")).toString();
        const bool secureAddress = c.value(QStringLiteral("addressSecure")).toBool();
        c.remove(QStringLiteral("addressSecure"));
        const bool secureTlsa =
            c.value(QStringLiteral("dnssecTlsa")).toString() == QLatin1String("secure") &&
            !c.value(QStringLiteral("tlsa")).toArray().isEmpty();
        const bool secureSrv =
            srv == QLatin1String("secure") ||
            c.value(QStringLiteral("source")).toString() == QLatin1String("fallback");
        c.insert(QStringLiteral("daneUsable"), secureTlsa && secureSrv && secureAddress &&
                                                   !c.contains(QStringLiteral("rejected")));
        if (secureTlsa && secureSrv && !secureAddress && !c.contains(QStringLiteral("rejected")))
            c.insert(QStringLiteral("daneNotApplied"), QStringLiteral("address-insecure"));
        m_candidates[i] = c;
    }
    QString dnssec = m_validation == QLatin1String("off")        ? QStringLiteral("unvalidated")
                     : m_validation == QLatin1String("stripped") ? QStringLiteral("stripped")
                                                                 : QStringLiteral("insecure");
    for (const QJsonValue &v : std::as_const(m_answers)) {
        const QString s = v.toObject().value(QStringLiteral("dnssec")).toString();
        if (s == QLatin1String("bogus"))
            dnssec = s;
        else if (s == QLatin1String("secure") && dnssec == QLatin1String("insecure"))
            dnssec = s;
    }
    m_result.insert(QStringLiteral("domain"), m_domain);
    m_result.insert(QStringLiteral("service"),
                    m_client ? QStringLiteral("client") : QStringLiteral("server"));
    m_result.insert(QStringLiteral("server"),
                    m_settings.server.isEmpty() ? QStringLiteral("system") : m_settings.server);
    m_result.insert(QStringLiteral("trustAnchors"), QJsonArray::fromStringList(m_anchors));
    m_result.insert(QStringLiteral("validation"), m_validation);
    m_result.insert(QStringLiteral("srvSeed"), qint64(m_seed));
    m_result.insert(QStringLiteral("candidates"), m_candidates);
    m_result.insert(QStringLiteral("dnssec"), dnssec);
    if (!m_bogus.isEmpty())
        m_result.insert(QStringLiteral("bogus"), m_bogus);
    m_result.insert(QStringLiteral("answers"), m_answers);
    Q_EMIT finished(m_result);
}

} // namespace Inspector
