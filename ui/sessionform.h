// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/s2soptions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace Inspector {

/// The S2S session form, validated as the user types: the start button follows isValid().
class SessionForm : public QWidget
{
    Q_OBJECT
public:
    explicit SessionForm(QWidget *parent = nullptr);

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    S2sOptions options() const;

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_hostLabel;
    QLabel *m_portLabel;
    QLabel *m_tlsLabel;
    QLabel *m_timeoutLabel;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QSpinBox *m_timeout;
    QCheckBox *m_strict;
    QLabel *m_message;
    QString m_problem;
};

} // namespace Inspector
