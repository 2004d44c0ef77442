// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

struct ub_ctx;

class QSocketNotifier;

namespace Inspector {

struct DnsSettings;

/**
 * A libunbound context on the event loop: the server asked (or the system's resolver), the
 * trust anchors when it validates, and one resolver thread whose answers arrive through a
 * QSocketNotifier. A lookup makes one of its own; a scan shares one among all its lookups,
 * so that a thousand domains need one thread and one cache, not one each.
 */
class DnsContext : public QObject
{
    Q_OBJECT
public:
    /// nullptr, with libunbound's reason, when it refuses the settings.
    static std::unique_ptr<DnsContext>
    create(const DnsSettings &settings, const QStringList &anchors, bool validate, QString *error);
    ~DnsContext() override;

    ub_ctx *context() const { return m_ctx; }
    /// Whether it was made with the trust anchors (answers get a DNSSEC verdict).
    bool validates() const { return m_validates; }

private:
    DnsContext(ub_ctx *ctx, bool validates);

    ub_ctx *m_ctx;
    bool m_validates;
    QSocketNotifier *m_notifier;
};

} // namespace Inspector
