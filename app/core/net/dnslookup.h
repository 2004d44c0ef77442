// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>

#include <functional>

struct ub_ctx;
struct ub_result;

namespace Inspector {

/**
 * How a domain's XMPP service is found (RFC 6120 §3.2, XEP-0368, RFC 7673), with libunbound:
 * SRV records of both kinds (_xmpps-server and _xmpp-server, or the client ones), the addresses
 * of every target, TLSA for every target, and the DNSSEC status of each answer. Asynchronous on
 * the event loop (libunbound's descriptor in a QSocketNotifier). A DNS server given as
 * "IP" or "IP:PORT" is the only one asked; otherwise the system's resolver configuration.
 *
 * (Qt 6.4's QDnsLookup has no TLSA, no DNSSEC status and no way to set a server's port.)
 */
class DnsLookup : public QObject
{
    Q_OBJECT
public:
    DnsLookup(const QString &domain, bool client, const QString &server, QObject *parent = nullptr);
    ~DnsLookup() override;

    void start();
    const QJsonObject &result() const { return m_result; }
    /// "IP", "IP:PORT", "[v6]:PORT"; false with an explanation.
    static bool parseServer(const QString &text, QString *unboundAddress, QString *error);
    /// RFC 2782 / XEP-0368 order: lowest priority first, direct TLS first among equals, then
    /// heavier weight first (connection attempts follow this order; RFC 2782 randomises by
    /// weight, which a diagnostic tool avoids so that runs compare).
    static QJsonArray order(QJsonArray candidates);

Q_SIGNALS:
    void finished(const QJsonObject &result);

private:
    struct Query;
    void query(const QString &name, int type, std::function<void(const QJsonObject &)> done);
    static void callback(void *data, int err, ::ub_result *result);
    void onSrvDone();
    void resolveTargets();
    void checkDone();

    QString m_domain;
    bool m_client;
    QString m_server;
    ub_ctx *m_ctx = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    int m_pending = 0;
    bool m_started = false;
    bool m_done = false;
    QJsonObject m_result;
    QJsonArray m_answers;
    QJsonArray m_srvDirect;
    QJsonArray m_srvStarttls;
    QJsonArray m_candidates;
    QString m_error;
};

} // namespace Inspector
