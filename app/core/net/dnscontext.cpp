// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnscontext.h"

#include "dnslookup.h"

#include <QFile>
#include <QSocketNotifier>

#include <unbound.h>

namespace Inspector {

std::unique_ptr<DnsContext> DnsContext::create(const DnsSettings &settings,
                                               const QStringList &anchors, bool validate,
                                               QString *error)
{
    ub_ctx *ctx = ub_ctx_create();
    if (!ctx) {
        *error = QStringLiteral("libunbound could not create a context");
        return nullptr;
    }
    int rc = 0;
    if (settings.server.isEmpty()) {
        rc = ub_ctx_resolvconf(ctx, nullptr);
        if (rc == 0)
            rc = ub_ctx_hosts(ctx, nullptr);
    } else {
        // Only this server is asked; it may be on loopback, and it may serve the special-use
        // zones that libunbound would otherwise answer itself (RFC 6761: test., localhost.).
        rc = ub_ctx_set_fwd(ctx, settings.server.toLatin1().constData());
        if (rc == 0)
            ub_ctx_set_option(ctx, "do-not-query-localhost:", "no");
        for (const char *zone :
             {"test. transparent", "localhost. transparent", "invalid. transparent"})
            ub_ctx_set_option(ctx, "local-zone:", zone);
    }
    for (const QString &file : anchors) {
        if (rc == 0 && validate)
            rc = ub_ctx_add_ta_file(ctx, QFile::encodeName(file).constData());
    }
    if (rc == 0)
        rc = ub_ctx_async(ctx, 1);
    if (rc != 0) {
        *error = QString::fromUtf8(ub_strerror(rc));
        ub_ctx_delete(ctx);
        return nullptr;
    }
    return std::unique_ptr<DnsContext>(new DnsContext(ctx, validate));
}

DnsContext::DnsContext(ub_ctx *ctx, bool validates)
    : m_ctx(ctx)
    , m_validates(validates)
    , m_notifier(new QSocketNotifier(ub_fd(ctx), QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { ub_process(m_ctx); });
}

DnsContext::~DnsContext()
{
    m_notifier->setEnabled(false);
    // No callback comes after the context is gone: its lookups have cancelled theirs.
    ub_ctx_delete(m_ctx);
}

} // namespace Inspector
