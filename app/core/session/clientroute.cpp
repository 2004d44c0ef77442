// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientroute.h"

#include "session/streamconnection.h"
#include "trace/eventlog.h"

namespace Inspector {

ClientRoute::ClientRoute(EventLog *log, StreamConnection *connection, QString domain,
                         DnsSettings dns, S2sOptions::Tls asked, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_connection(connection)
    , m_domain(std::move(domain))
    , m_dns(std::move(dns))
    , m_asked(asked)
{}

void ClientRoute::start()
{
    m_lookup = new DnsLookup(m_domain, true, m_dns, this);
    connect(m_lookup, &DnsLookup::finished, this, &ClientRoute::onDns);
    m_lookup->start();
}

void ClientRoute::onDns(const QJsonObject &result)
{
    Event e;
    e.kind = EventKind::Dns;
    e.data = result;
    m_log->append(std::move(e));
    for (const QJsonValue &v : result.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        const bool direct = c.value(QStringLiteral("directTls")).toBool();
        if (direct && (m_asked == S2sOptions::Tls::None || m_asked == S2sOptions::Tls::StartTls))
            continue;
        for (const QJsonValue &address : c.value(QStringLiteral("addresses")).toArray()) {
            m_attempts.append(
                QJsonObject{{QStringLiteral("target"), c.value(QStringLiteral("target"))},
                            {QStringLiteral("address"), address},
                            {QStringLiteral("port"), c.value(QStringLiteral("port"))},
                            {QStringLiteral("directTls"), direct},
                            {QStringLiteral("source"), c.value(QStringLiteral("source"))},
                            {QStringLiteral("tlsa"), c.value(QStringLiteral("tlsa"))},
                            {QStringLiteral("dnssecTlsa"), c.value(QStringLiteral("dnssecTlsa"))},
                            {QStringLiteral("daneUsable"), c.value(QStringLiteral("daneUsable"))}});
        }
    }
    if (next())
        return;
    if (!result.value(QStringLiteral("bogus")).toArray().isEmpty()) {
        Q_EMIT noCandidate(QStringLiteral("DNSSEC-BOGUS"),
                           tr("The DNSSEC validation of %1 failed: no candidate can be used "
                              "(RFC 7673 §3.1).")
                               .arg(m_domain));
        return;
    }
    const bool noService = result.value(QStringLiteral("noService")).toBool();
    Q_EMIT noCandidate(
        noService ? QStringLiteral("dns-no-service") : QStringLiteral("dns-no-address"),
        noService ? tr("%1 declares no XMPP client service (SRV target \".\", RFC 6120 §3.2.1).")
                        .arg(m_domain)
                  : tr("No address found for %1 (%2).")
                        .arg(m_domain, result.value(QStringLiteral("error"))
                                           .toString(tr("no SRV, A or AAAA record"))));
}

void ClientRoute::record(const QString &result, const QString &error)
{
    if (m_current < 0)
        return;
    QJsonObject v = m_attempts.at(m_current).toObject();
    for (const char *key : {"tlsa", "dnssecTlsa", "daneUsable"})
        v.remove(QLatin1String(key));
    v.insert(QStringLiteral("what"), QStringLiteral("attempt"));
    v.insert(QStringLiteral("result"), result);
    if (!error.isEmpty())
        v.insert(QStringLiteral("error"), error);
    m_connection->verdict(v);
}

Dane::Expectation ClientRoute::dane() const
{
    if (m_current < 0)
        return {};
    const QJsonObject a = m_attempts.at(m_current).toObject();
    return Dane::Expectation{a.value(QStringLiteral("tlsa")).toArray(),
                             a.value(QStringLiteral("dnssecTlsa")).toString(),
                             a.value(QStringLiteral("daneUsable")).toBool()};
}

void ClientRoute::connected()
{
    record(QStringLiteral("connected"), QString());
}

bool ClientRoute::failed(const QString &error)
{
    record(QStringLiteral("failed"), error);
    return next();
}

bool ClientRoute::next()
{
    if (m_current + 1 >= m_attempts.size())
        return false;
    const QJsonObject a = m_attempts.at(++m_current).toObject();
    const bool direct = a.value(QStringLiteral("directTls")).toBool();
    const S2sOptions::Tls tls = direct                               ? S2sOptions::Tls::Direct
                                : m_asked == S2sOptions::Tls::Direct ? S2sOptions::Tls::Auto
                                                                     : m_asked;
    m_connection->note(Phrase::of(staticMetaObject,
                                  QT_TR_NOOP("Connecting to %1 (%2, port %3, from %4)."),
                                  {a.value(QStringLiteral("address")).toString(),
                                   a.value(QStringLiteral("target")).toString(),
                                   QString::number(a.value(QStringLiteral("port")).toInt()),
                                   a.value(QStringLiteral("source")).toString()}));
    Q_EMIT attempt(a.value(QStringLiteral("address")).toString(),
                   quint16(a.value(QStringLiteral("port")).toInt()), tls);
    return true;
}

} // namespace Inspector
