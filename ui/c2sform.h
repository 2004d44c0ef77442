// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Inspector {

class DnsFields;
class FileField;

/// The client-session form, every option of the CLI's `c2s` command: account, password (typed
/// here, never saved), SASL mechanism and limits, server, how it is found (DNS server, DNSSEC
/// trust anchors, SRV seed), its trust (CA file, strict TLS, the unsaved opt-in to send
/// credentials to an unverified server) and actions.
class C2sForm : public QWidget
{
    Q_OBJECT
public:
    explicit C2sForm(QWidget *parent = nullptr);

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    /// The session the fields describe, completed by Specifications::check().
    C2sOptions options() const;
    /// Shows `options` in the fields (files by their names), except the password and the
    /// opt-in to send credentials to an unverified server, which are never filled in.
    void setOptions(const C2sOptions &options);
    /// Reads the fields, and the files they name, again: isValid() and problem() follow.
    void validate();

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void layOutRows();
    void connectFields();
    void retranslate();
    void retranslateTips();
    /// A WebSocket or BOSH URL says where to connect: host, port, TLS mode and DNS do not
    /// apply, nor the other URL.
    void followPath();
    /// The fields as they are, files read, before Specifications::check(); the first problem
    /// only a form has (a file that cannot be read), or empty.
    QString read(C2sOptions *o) const;

    enum Label {
        Account,
        Password,
        Resource,
        Mechanism,
        MinIterations,
        WebSocket,
        Bosh,
        Origin,
        Routes,
        Host,
        Port,
        Timeout,
        Tls,
        Ca,
        SendTo,
        Body,
        Ping,
        Send,
        Stay,
        LabelCount
    };
    QLabel *m_labels[LabelCount];
    QGroupBox *m_accountBox;
    QGroupBox *m_connection;
    QGroupBox *m_dnsBox;
    QGroupBox *m_tlsBox;
    QGroupBox *m_actions;
    QLineEdit *m_jid;
    QLineEdit *m_password;
    QCheckBox *m_probe;
    QLineEdit *m_resource;
    QComboBox *m_mechanism;
    QSpinBox *m_minIterations;
    QCheckBox *m_allowPlaintext;
    QLineEdit *m_webSocket;
    QLineEdit *m_bosh;
    QLineEdit *m_origin;
    QCheckBox *m_probeAll;
    QLineEdit *m_routes;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QSpinBox *m_timeout;
    DnsFields *m_dns;
    QComboBox *m_tls;
    FileField *m_ca;
    QCheckBox *m_strict;
    QCheckBox *m_insecureCredentials;
    QLabel *m_insecureWarning;
    QCheckBox *m_roster;
    QCheckBox *m_disco;
    QLineEdit *m_sendTo;
    QLineEdit *m_body;
    QLineEdit *m_ping;
    FileField *m_send;
    QSpinBox *m_stay;
    QCheckBox *m_streamManagement;
    QCheckBox *m_smResumeTest;
    QLabel *m_message;
    QString m_problem;
};

} // namespace Inspector
