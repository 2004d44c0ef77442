// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/s2soptions.h"

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

/// The S2S session form, every option of the CLI's `s2s` command, validated as the user types:
/// isValid() and problem() say whether a session can start and, if not, why (shown inline).
class SessionForm : public QWidget
{
    Q_OBJECT
public:
    explicit SessionForm(QWidget *parent = nullptr);
    /// The texts of a TLS-mode combo box (auto, starttls, direct, none), for both forms.
    static void setTlsItemTexts(QComboBox *combo);
    /// The mode of such a combo box's item, and the item of a mode.
    static S2sOptions::Tls tlsMode(int index);
    static int tlsIndex(S2sOptions::Tls mode);

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    /// The session the fields describe, completed by Specifications::check().
    S2sOptions options() const;
    /// Shows `options` in the fields (files by their names), except the dialback secret,
    /// which is never filled in.
    void setOptions(const S2sOptions &options);
    /// Reads the fields, and the files they name, again: isValid() and problem() follow.
    void validate();
    /// For a scan's options: no peer domain, host or stanzas to send (each domain of the list
    /// is the peer in turn); options() then has no `to`.
    void setForScan();

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void layOutRows();
    void connectFields();
    void retranslate();
    void retranslateFiles();
    /// The fields as they are, files read, before Specifications::check(); the first problem
    /// only a form has (a file that cannot be read, a malformed entry), or empty.
    QString read(S2sOptions *o) const;
    QString readResolve(QHash<QString, HostPort> *out) const;
    QString readIdentity(S2sOptions *o) const;

    enum Label {
        From,
        To,
        Host,
        Port,
        Resolve,
        Timeout,
        StopAfter,
        Tls,
        Ca,
        Auth,
        Authoritative,
        Secret,
        Cert,
        Key,
        Send,
        Stay,
        LabelCount
    };
    QLabel *m_labels[LabelCount];
    QGroupBox *m_connection;
    QGroupBox *m_dnsBox;
    QGroupBox *m_tlsBox;
    QGroupBox *m_authBox;
    QGroupBox *m_after;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_resolve;
    DnsFields *m_dns;
    QSpinBox *m_timeout;
    QComboBox *m_stopAfter;
    QComboBox *m_tls;
    QCheckBox *m_strict;
    FileField *m_ca;
    QComboBox *m_auth;
    QLineEdit *m_authoritative;
    QLineEdit *m_secret;
    FileField *m_cert;
    FileField *m_key;
    QCheckBox *m_bidi;
    QCheckBox *m_sm;
    QCheckBox *m_ping;
    QCheckBox *m_disco;
    QCheckBox *m_version;
    FileField *m_send;
    QSpinBox *m_stay;
    QLabel *m_message;
    QString m_problem;
    bool m_forScan = false;
};

} // namespace Inspector
