// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Inspector {

class FileField;

/// The DNS rows of the session forms: the DNS server to ask, the DNSSEC trust anchor files
/// and the seed of the SRV order (--dns-server, --trust-anchor, --srv-seed).
class DnsFields : public QObject
{
    Q_OBJECT
public:
    /// `prefix` makes the object names unique per form ("" or "c2s").
    DnsFields(const QString &prefix, QWidget *parent);
    void addRows(QFormLayout *form);
    void retranslate();
    /// Reads the fields into `out`; the problem with them, or empty.
    QString read(DnsSettings *out) const;
    /// Shows `settings` (a server in unbound's "IP@PORT" form as IP:PORT).
    void write(const DnsSettings &settings);
    /// Whether the server or the trust anchors are given (they apply only without a host).
    bool asksDns() const;

Q_SIGNALS:
    void changed();

private:
    QLabel *m_serverLabel;
    QLabel *m_anchorsLabel;
    QLabel *m_seedLabel;
    QLineEdit *m_server;
    FileField *m_anchors;
    QLineEdit *m_seed;
};

} // namespace Inspector
