// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Inspector {

/// The DNS rows of the session forms: the DNS server to ask and the DNSSEC trust anchor files.
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

Q_SIGNALS:
    void changed();

private:
    QLabel *m_serverLabel;
    QLabel *m_anchorsLabel;
    QLineEdit *m_server;
    QLineEdit *m_anchors;
};

} // namespace Inspector
