// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnslookup.h"

#include "dnsanswer.h"
#include "dnscandidates.h"
#include "dnscontext.h"
#include "srvorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
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
using DnsAnswer::typeName;

/// The owner names of the DS/DNSKEY records of a trust anchor file (zone-file format).
QStringList anchorOwners(const QString &file, Phrase *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Phrase("DnsLookup", QT_TRANSLATE_NOOP("DnsLookup", "cannot read %1: %2"),
                        {file, f.errorString()});
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
        *error = Phrase("DnsLookup",
                        QT_TRANSLATE_NOOP("DnsLookup", "%1 holds no DS or DNSKEY record"), {file});
    return owners;
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

bool DnsSettings::checkAnchorFile(const QString &file, Phrase *error)
{
    return !anchorOwners(file, error).isEmpty();
}

struct DnsLookup::Query
{
    DnsLookup *owner;
    QString name;
    int type;
    QElapsedTimer clock;
    std::function<void(const DnsAnswerFact &)> done;
    int asyncId = 0;
};

void DnsLookup::deleteContext()
{
    if (!m_ctx)
        return;
    // No callback comes after the context is gone, or after a question is cancelled in a
    // shared one: the questions still out are freed here.
    if (m_own) {
        m_own.reset();
    } else {
        for (Query *q : std::as_const(m_outstanding))
            ub_cancel(m_ctx, q->asyncId);
    }
    m_ctx = nullptr;
    qDeleteAll(m_outstanding);
    m_outstanding.clear();
}

DnsLookup::DnsLookup(const QString &domain, bool client, const DnsSettings &settings,
                     QObject *parent)
    : QObject(parent)
    , m_domain(domain.toLower())
    , m_client(client)
    , m_settings(settings)
{}

DnsLookup::~DnsLookup()
{
    deleteContext();
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

void DnsLookup::fail(const Phrase &error)
{
    if (m_done)
        return; // one result per lookup
    m_done = true;
    DnsFact failed;
    failed.domain = m_domain;
    failed.error = error;
    m_result = failed;
    Q_EMIT finished(m_result);
}

bool DnsLookup::createContext(bool validate)
{
    deleteContext();
    if (m_shared && m_shared->validates() == validate) {
        m_ctx = m_shared->context();
        return true;
    }
    QString error;
    m_own = DnsContext::create(m_settings, m_anchors, validate, &error);
    if (!m_own) {
        fail(error);
        return false;
    }
    m_ctx = m_own->context();
    return true;
}

void DnsLookup::start()
{
    m_started = true;
    const QString ace = aLabel(m_domain);
    if (ace.isEmpty()) {
        fail(Phrase(
            "DnsLookup",
            QT_TRANSLATE_NOOP("DnsLookup", "'%1' cannot be converted to an A-label (UTS #46)."),
            {m_domain}));
        return;
    }
    if (ace != m_domain)
        m_fact.aLabel = ace;
    m_domain = ace;
    m_seed = m_settings.srvSeed >= 0 ? quint32(m_settings.srvSeed)
                                     : QRandomGenerator::global()->generate();
    m_anchors = m_settings.effectiveAnchors();
    for (const QString &file : std::as_const(m_anchors)) {
        Phrase why;
        if (!DnsSettings::checkAnchorFile(file, &why)) {
            fail(Phrase("DnsLookup", QT_TRANSLATE_NOOP("DnsLookup", "Trust anchor: %1."), {why}));
            return;
        }
    }
    m_validation = m_anchors.isEmpty() ? QStringLiteral("off") : QStringLiteral("on");
    if (!createContext(!m_anchors.isEmpty()))
        return;
    QTimer::singleShot(m_settings.timeoutMs, this, [this] {
        if (m_done)
            return;
        fail(Phrase(
            "DnsLookup",
            QT_TRANSLATE_N_NOOP(
                "DnsLookup",
                "No complete DNS answer within %1 s from %2 (%n question(s) unanswered)."),
            {QString::number(m_settings.timeoutMs / 1000.0),
             m_settings.server.isEmpty()
                 ? Phrase("DnsLookup", QT_TRANSLATE_NOOP("DnsLookup", "the system's resolver"))
                 : Phrase(m_settings.server)},
            m_pending));
    });
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
    auto verdicts = std::make_shared<QList<DnsAnswerFact>>();
    QStringList owners;
    for (const QString &file : std::as_const(m_anchors)) {
        Phrase why; // a file that cannot be read was refused when the lookup began
        for (const QString &o : anchorOwners(file, &why))
            owners << o;
    }
    owners.removeDuplicates();
    const int total = int(owners.size());
    for (const QString &owner : std::as_const(owners)) {
        query(owner, DnsAnswer::DNSKEY, [this, verdicts, total](const DnsAnswerFact &answer) {
            verdicts->append(answer);
            if (verdicts->size() < total)
                return;
            bool validates = false, present = false;
            for (const DnsAnswerFact &a : std::as_const(*verdicts)) {
                validates = validates || a.dnssec == QLatin1String("secure");
                present = present || a.keys > 0;
            }
            m_fact.answers.clear(); // the probes are not part of the service's answers
            if (validates || present) {
                lookUpServices();
                return;
            }
            // Not from inside libunbound's callback: the context is replaced.
            QMetaObject::invokeMethod(
                this,
                [this, verdicts] {
                    m_validation = QStringLiteral("stripped");
                    const DnsAnswerFact &first = verdicts->first();
                    // An answer that never came has no rcode: 0, as it always read.
                    m_fact.strippedReason =
                        Phrase("DnsLookup",
                               QT_TRANSLATE_NOOP("DnsLookup", "no DNSKEY record for %1, rcode %2"),
                               {first.name, first.answered ? first.rcode : 0});
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
    if (m_addressPort) {
        DnsCandidateFact c;
        c.target = m_domain;
        c.port = m_addressPort;
        c.source = QStringLiteral("address");
        m_fact.candidates = {c};
        m_srvDone = true;
        resolveTargets();
        return;
    }
    const QString kind = m_client ? QStringLiteral("client") : QStringLiteral("server");
    // XEP-0368 §3: both kinds are looked up; direct-TLS targets first among equal priorities.
    for (const bool direct : {true, false}) {
        const QString name = QStringLiteral("_xmpp%1-%2._tcp.%3")
                                 .arg(direct ? QStringLiteral("s") : QString(), kind, m_domain);
        query(name, DnsAnswer::SRV,
              [this, direct](const DnsAnswerFact &answer) { onSrvAnswer(answer, direct); });
    }
}

void DnsLookup::onSrvAnswer(const DnsAnswerFact &answer, bool direct)
{
    QVector<DnsCandidateFact> &list = direct ? m_srvDirect : m_srvStarttls;
    // Neither records nor "no such record" (NOERROR, NXDOMAIN): the lookup failed, which is
    // not the same as a domain without SRV records.
    if (!answer.error.isEmpty() || (answer.rcode != 0 && answer.rcode != 3))
        m_fact.srvFailures.append({answer.name, answer.rcode, answer.error});
    // The SRV set's status is its weakest answer's (an empty insecure answer counts).
    if (m_srvDnssec.isEmpty() || m_srvDnssec == QLatin1String("secure"))
        m_srvDnssec = answer.dnssec;
    for (const SrvRecord &r : answer.srv) {
        DnsCandidateFact c;
        c.target = r.target;
        c.port = r.port;
        c.priority = r.priority;
        c.weight = r.weight;
        c.directTls = direct;
        c.source = answer.name.section(QLatin1Char('.'), 0, 1);
        c.dnssecSrv = answer.dnssec;
        list.append(c);
    }
    onSrvDone();
}

void DnsLookup::query(const QString &name, int type,
                      std::function<void(const DnsAnswerFact &)> done)
{
    auto *q = new Query{this, name, type, {}, std::move(done)};
    q->clock.start();
    ++m_pending;
    m_outstanding.insert(q);
    const int rc = ub_resolve_async(m_ctx, name.toUtf8().constData(), type, 1, q,
                                    &DnsLookup::callback, &q->asyncId);
    if (rc != 0) {
        --m_pending;
        DnsAnswerFact failed;
        failed.name = name;
        failed.type = typeName(type);
        failed.error = QString::fromUtf8(ub_strerror(rc));
        m_fact.answers.append(failed);
        m_outstanding.remove(q);
        q->done(failed);
        delete q;
    }
}

void DnsLookup::callback(void *data, int err, ::ub_result *result)
{
    std::unique_ptr<Query> q(static_cast<Query *>(data));
    DnsLookup *self = q->owner;
    self->m_outstanding.remove(q.get());
    DnsAnswerFact answer;
    answer.name = q->name;
    answer.type = typeName(q->type);
    answer.ms = double(q->clock.nsecsElapsed() / 1000) / 1000.0;
    if (err != 0 || !result)
        answer.error = QString::fromUtf8(ub_strerror(err));
    else
        DnsAnswer::decode(result, q->type, q->name, self->m_validation, &answer);
    // RFC 7673 §3.1-3.3: the data of a bogus answer is never used.
    if (answer.dnssec == QLatin1String("bogus")) {
        answer.discarded = int(answer.recordCount());
        answer.srv.clear();
        answer.addresses.clear();
        answer.tlsa.clear();
        if (self->m_servicesAsked)
            self->m_fact.bogus.append({q->name, typeName(q->type), answer.whyBogus});
    }
    if (result)
        ub_resolve_free(result);
    self->m_fact.answers.append(answer);
    --self->m_pending;
    if (self->m_done)
        return; // past the deadline: the lookup has ended, nothing more is asked
    q->done(answer);
    self->checkDone();
}

void DnsLookup::onSrvDone()
{
    if (m_pending > 0)
        return;
    using DnsCandidates::saysNoService;
    // XEP-0368 §5: "." for _xmpps- with no _xmpp- record at all is "no service" as well; with
    // _xmpp- records it only says that direct TLS is not offered.
    m_fact.noService =
        saysNoService(m_srvStarttls) || (saysNoService(m_srvDirect) && m_srvStarttls.isEmpty());
    m_fact.noDirectTls = saysNoService(m_srvDirect);
    m_srvDone = true;
    const QVector<DnsCandidateFact> all =
        DnsCandidates::targets(m_srvDirect, m_srvStarttls, m_fact.noService,
                               !m_fact.bogus.isEmpty(), m_domain, m_client, m_srvDnssec);
    m_fact.candidates = SrvOrder::order(all, m_seed);
    resolveTargets();
}

void DnsLookup::resolveTargets()
{
    for (int i = 0; i < int(m_fact.candidates.size()); ++i) {
        const DnsCandidateFact &c = m_fact.candidates.at(i);
        for (const int type : {DnsAnswer::AAAA, DnsAnswer::A}) {
            query(c.target, type, [this, i, type](const DnsAnswerFact &answer) {
                DnsCandidates::addAddresses(&m_fact.candidates[i], type == DnsAnswer::AAAA,
                                            answer.addresses, answer.dnssec);
            });
        }
        if (m_addressPort)
            continue; // addresses only
        // RFC 7673 §3: TLSA at _port._tcp.target.
        query(QStringLiteral("_%1._tcp.%2").arg(c.port).arg(c.target), DnsAnswer::TLSA,
              [this, i](const DnsAnswerFact &answer) {
                  DnsCandidateFact &c = m_fact.candidates[i];
                  c.tlsa = answer.tlsa;
                  c.dnssecTlsa = answer.dnssec;
              });
    }
    checkDone();
}

void DnsLookup::checkDone()
{
    if (m_done || m_pending > 0 || !m_srvDone)
        return;
    m_done = true;
    for (DnsCandidateFact &c : m_fact.candidates)
        DnsCandidates::settle(&c);
    QStringList statuses;
    for (const DnsAnswerFact &a : std::as_const(m_fact.answers))
        statuses << a.dnssec;
    m_fact.dnssec = DnsCandidates::overallStatus(m_validation, statuses);
    m_fact.domain = m_domain;
    m_fact.service = m_addressPort ? QStringLiteral("address")
                     : m_client    ? QStringLiteral("client")
                                   : QStringLiteral("server");
    m_fact.server = m_settings.server.isEmpty() ? QStringLiteral("system") : m_settings.server;
    m_fact.trustAnchors = m_anchors;
    m_fact.validation = m_validation;
    m_fact.srvSeed = qint64(m_seed);
    // The JSON edge: what is recorded as the DNS event's payload.
    m_result = m_fact;
    Q_EMIT finished(m_result);
}

} // namespace Inspector
