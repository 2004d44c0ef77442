// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Inspector {

class DnsFields;

/// The client-session form: account, password (typed here, never saved), server, how it is
/// found (DNS server, DNSSEC trust anchors), its trust (CA file, strict TLS, the unsaved
/// opt-in to send credentials to an unverified server) and actions.
class C2sForm : public QWidget
{
    Q_OBJECT
public:
    explicit C2sForm(QWidget *parent = nullptr);

    bool isValid() const { return m_problem.isEmpty(); }
    C2sOptions options() const;

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void layOutRows();
    void connectFields();
    void retranslate();
    void validate();
    /// The fields as they are, before Specifications::check().
    C2sOptions read() const;
    void browseCa();

    QLabel *m_labels[9];
    QLineEdit *m_jid;
    QLineEdit *m_password;
    QLineEdit *m_host;
    DnsFields *m_dns;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QCheckBox *m_strict;
    QCheckBox *m_insecureCredentials;
    QLabel *m_insecureWarning;
    QLineEdit *m_sendTo;
    QLineEdit *m_ping;
    QLineEdit *m_body;
    QCheckBox *m_roster;
    QCheckBox *m_allowPlaintext;
    QSpinBox *m_stay;
    QLabel *m_message;
    QString m_problem;
};

} // namespace Inspector
