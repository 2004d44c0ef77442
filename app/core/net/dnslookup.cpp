// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnslookup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>

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
} // namespace

struct DnsLookup::Query
{
    DnsLookup *owner;
    QString name;
    int type;
    QElapsedTimer clock;
    std::function<void(const QJsonObject &)> done;
};

DnsLookup::DnsLookup(const QString &domain, bool client, const QString &server, QObject *parent)
    : QObject(parent)
    , m_domain(domain.toLower())
    , m_client(client)
    , m_server(server)
{
}

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

void DnsLookup::start()
{
    m_started = true;
    m_ctx = ub_ctx_create();
    int rc = 0;
    if (m_server.isEmpty()) {
        rc = ub_ctx_resolvconf(m_ctx, nullptr);
        if (rc == 0)
            rc = ub_ctx_hosts(m_ctx, nullptr);
    } else {
        // Only this server is asked; it may be on loopback, and it may serve the special-use
        // zones that libunbound would otherwise answer itself (RFC 6761: test., localhost.).
        rc = ub_ctx_set_fwd(m_ctx, m_server.toLatin1().constData());
        if (rc == 0)
            ub_ctx_set_option(m_ctx, "do-not-query-localhost:", "no");
        for (const char *zone : {"test. transparent", "localhost. transparent", "invalid. transparent"})
            ub_ctx_set_option(m_ctx, "local-zone:", zone);
    }
    if (rc == 0)
        rc = ub_ctx_async(m_ctx, 1);
    if (rc != 0) {
        m_error = QString::fromUtf8(ub_strerror(rc));
        m_result = QJsonObject{{QStringLiteral("domain"), m_domain}, {QStringLiteral("error"), m_error},
                               {QStringLiteral("candidates"), QJsonArray()}};
        Q_EMIT finished(m_result);
        return;
    }
    m_notifier = new QSocketNotifier(ub_fd(m_ctx), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { ub_process(m_ctx); });
    const QString kind = m_client ? QStringLiteral("client") : QStringLiteral("server");
    // XEP-0368 §3: both kinds are looked up; direct-TLS targets first among equal priorities.
    for (const bool direct : {true, false}) {
        const QString name = QStringLiteral("_xmpp%1-%2._tcp.%3").arg(direct ? QStringLiteral("s") : QString(), kind, m_domain);
        query(name, TypeSRV, [this, direct, name](const QJsonObject &answer) {
            QJsonArray &list = direct ? m_srvDirect : m_srvStarttls;
            for (const QJsonValue &v : answer.value(QStringLiteral("records")).toArray()) {
                QJsonObject r = v.toObject();
                r.insert(QStringLiteral("directTls"), direct);
                r.insert(QStringLiteral("source"), name.section(QLatin1Char('.'), 0, 1));
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
    const int rc = ub_resolve_async(m_ctx, name.toUtf8().constData(), type, 1, q, &DnsLookup::callback, nullptr);
    if (rc != 0) {
        --m_pending;
        const QJsonObject failed{{QStringLiteral("name"), name}, {QStringLiteral("type"), typeName(type)},
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
    QJsonObject answer{{QStringLiteral("name"), q->name}, {QStringLiteral("type"), typeName(q->type)},
                       {QStringLiteral("ms"), double(q->clock.nsecsElapsed() / 1000) / 1000.0}};
    QJsonArray records;
    if (err != 0 || !result) {
        answer.insert(QStringLiteral("error"), QString::fromUtf8(ub_strerror(err)));
    } else {
        answer.insert(QStringLiteral("rcode"), result->rcode);
        answer.insert(QStringLiteral("nxdomain"), bool(result->nxdomain));
        // DNSSEC (RFC 4033): secure, bogus, or insecure (no chain of trust).
        answer.insert(QStringLiteral("dnssec"), result->secure ? QStringLiteral("secure")
                                                : result->bogus ? QStringLiteral("bogus")
                                                                : QStringLiteral("insecure"));
        if (result->bogus && result->why_bogus)
            answer.insert(QStringLiteral("whyBogus"), QString::fromUtf8(result->why_bogus));
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            const QByteArray d(result->data[i], result->len[i]);
            if (q->type == TypeSRV && d.size() >= 7) {
                records.append(QJsonObject{{QStringLiteral("priority"), be16(d, 0)},
                                           {QStringLiteral("weight"), be16(d, 2)},
                                           {QStringLiteral("port"), be16(d, 4)},
                                           {QStringLiteral("target"), wireName(d, 6)}});
            } else if (q->type == TypeA && d.size() == 4) {
                records.append(QHostAddress(quint32((quint8(d[0]) << 24) | (quint8(d[1]) << 16) | (quint8(d[2]) << 8) | quint8(d[3]))).toString());
            } else if (q->type == TypeAAAA && d.size() == 16) {
                records.append(QHostAddress(reinterpret_cast<const quint8 *>(d.constData())).toString());
            } else if (q->type == TypeTLSA && d.size() >= 3) {
                records.append(QJsonObject{{QStringLiteral("usage"), quint8(d[0])},
                                           {QStringLiteral("selector"), quint8(d[1])},
                                           {QStringLiteral("matchingType"), quint8(d[2])},
                                           {QStringLiteral("data"), QString::fromLatin1(d.mid(3).toHex())}});
            }
        }
        if (result->canonname && q->name.compare(QString::fromUtf8(result->canonname).chopped(1), Qt::CaseInsensitive) != 0)
            answer.insert(QStringLiteral("cname"), QString::fromUtf8(result->canonname));
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
        return list.size() == 1 && list.first().toObject().value(QStringLiteral("target")).toString() == QLatin1String(".");
    };
    QJsonArray all;
    const bool noService = none(m_srvStarttls);
    m_result.insert(QStringLiteral("noDirectTls"), none(m_srvDirect));
    m_result.insert(QStringLiteral("noService"), noService);
    for (const QJsonArray *list : {&m_srvDirect, &m_srvStarttls}) {
        if (none(*list))
            continue;
        for (const QJsonValue &v : *list)
            all.append(v);
    }
    if (noService) {
        all = QJsonArray();
    } else if (all.isEmpty()) {
        // RFC 6120 §3.2.2: no SRV record at all, so the domain itself on the default port.
        all.append(QJsonObject{{QStringLiteral("target"), m_domain},
                               {QStringLiteral("port"), m_client ? 5222 : 5269},
                               {QStringLiteral("priority"), 0},
                               {QStringLiteral("weight"), 0},
                               {QStringLiteral("directTls"), false},
                               {QStringLiteral("source"), QStringLiteral("fallback")}});
    }
    m_candidates = order(all);
    resolveTargets();
}

QJsonArray DnsLookup::order(QJsonArray candidates)
{
    QList<QJsonObject> list;
    for (const QJsonValue &v : candidates)
        list.append(v.toObject());
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int pa = a.value(QStringLiteral("priority")).toInt(), pb = b.value(QStringLiteral("priority")).toInt();
        if (pa != pb)
            return pa < pb;
        const bool da = a.value(QStringLiteral("directTls")).toBool(), db = b.value(QStringLiteral("directTls")).toBool();
        if (da != db)
            return da;
        return a.value(QStringLiteral("weight")).toInt() > b.value(QStringLiteral("weight")).toInt();
    });
    QJsonArray out;
    for (const QJsonObject &o : list)
        out.append(o);
    return out;
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
                m_candidates[i] = c;
            });
        }
        // RFC 7673 §3: TLSA at _port._tcp.target.
        query(QStringLiteral("_%1._tcp.%2").arg(c.value(QStringLiteral("port")).toInt()).arg(target), TypeTLSA,
              [this, i](const QJsonObject &answer) {
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
    QString dnssec = QStringLiteral("insecure");
    for (const QJsonValue &v : std::as_const(m_answers)) {
        const QString s = v.toObject().value(QStringLiteral("dnssec")).toString();
        if (s == QLatin1String("bogus"))
            dnssec = s;
        else if (s == QLatin1String("secure") && dnssec != QLatin1String("bogus"))
            dnssec = s;
    }
    m_result.insert(QStringLiteral("domain"), m_domain);
    m_result.insert(QStringLiteral("service"), m_client ? QStringLiteral("client") : QStringLiteral("server"));
    m_result.insert(QStringLiteral("server"), m_server.isEmpty() ? QStringLiteral("system") : m_server);
    m_result.insert(QStringLiteral("candidates"), m_candidates);
    m_result.insert(QStringLiteral("dnssec"), dnssec);
    m_result.insert(QStringLiteral("answers"), m_answers);
    Q_EMIT finished(m_result);
}

} // namespace Inspector
