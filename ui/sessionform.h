// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/s2soptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Inspector {

class DnsFields;

/// The S2S session form, validated as the user types: isValid() and problem() say whether a
/// session can start and, if not, why (shown inline).
class SessionForm : public QWidget
{
    Q_OBJECT
public:
    explicit SessionForm(QWidget *parent = nullptr);
    /// The texts of a TLS-mode combo box (auto, starttls, direct, none), for both forms.
    static void setTlsItemTexts(QComboBox *combo);

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    S2sOptions options() const;

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void layOutRows();
    void retranslate();
    void validate();

    QLabel *m_labels[12];
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_host;
    DnsFields *m_dns;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QSpinBox *m_timeout;
    QCheckBox *m_strict;
    QComboBox *m_auth;
    QLineEdit *m_authoritative;
    QLineEdit *m_secret;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QCheckBox *m_bidi;
    QCheckBox *m_ping;
    QCheckBox *m_disco;
    QCheckBox *m_version;
    QSpinBox *m_stay;
    QLabel *m_message;
    QString m_problem;
    S2sOptions m_parsed;
};

} // namespace Inspector
