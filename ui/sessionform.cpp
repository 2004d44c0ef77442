// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionform.h"

#include "protocol/jid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Inspector {

SessionForm::SessionForm(QWidget *parent)
    : QWidget(parent)
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_portLabel(new QLabel(this))
    , m_tlsLabel(new QLabel(this))
    , m_timeoutLabel(new QLabel(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_strict(new QCheckBox(this))
    , m_message(new QLabel(this))
{
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_port->setRange(0, 65535);
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(10);
    for (int i = 0; i < 4; ++i)
        m_tls->addItem(QString());
    m_message->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_tlsLabel, m_tls);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(QString(), m_strict);
    form->addRow(m_message);
    for (QLineEdit *e : {m_from, m_to, m_host})
        connect(e, &QLineEdit::textChanged, this, &SessionForm::validate);
    retranslate();
    validate();
}

void SessionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionForm::retranslate()
{
    m_fromLabel->setText(tr("&From domain:"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setText(tr("&To domain:"));
    m_toLabel->setBuddy(m_to);
    m_hostLabel->setText(tr("&Host (optional):"));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setText(tr("&Port:"));
    m_portLabel->setBuddy(m_port);
    m_port->setSpecialValueText(tr("default (5269, 5270 for direct TLS)"));
    m_tlsLabel->setText(tr("T&LS:"));
    m_tlsLabel->setBuddy(m_tls);
    m_tls->setItemText(0, tr("STARTTLS when offered"));
    m_tls->setItemText(1, tr("Require STARTTLS"));
    m_tls->setItemText(2, tr("Direct TLS (XEP-0368)"));
    m_tls->setItemText(3, tr("No TLS"));
    m_timeoutLabel->setText(tr("Step &timeout:"));
    m_timeoutLabel->setBuddy(m_timeout);
    m_timeout->setSuffix(tr(" s"));
    m_strict->setText(tr("Abort on certificate errors"));
    m_from->setPlaceholderText(tr("e.g. inspector.example"));
    m_to->setPlaceholderText(tr("e.g. example.org"));
    m_host->setPlaceholderText(tr("address or name; empty: the To domain"));
    validate();
}

void SessionForm::validate()
{
    QString problem;
    const Jid from = Jid::domain(m_from->text().trimmed());
    const Jid to = Jid::domain(m_to->text().trimmed());
    if (m_from->text().trimmed().isEmpty())
        problem = tr("Enter the domain this session speaks for.");
    else if (!from.isValid())
        problem = tr("From domain: %1").arg(from.error());
    else if (m_to->text().trimmed().isEmpty())
        problem = tr("Enter the remote domain.");
    else if (!to.isValid())
        problem = tr("To domain: %1").arg(to.error());
    else if (m_host->text().contains(QLatin1Char(' ')))
        problem = tr("The host cannot contain spaces.");
    const bool changed = (problem.isEmpty() != m_problem.isEmpty());
    m_problem = problem;
    m_message->setText(problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}

S2sOptions SessionForm::options() const
{
    S2sOptions o;
    o.from = Jid::domain(m_from->text().trimmed()).domainPart();
    o.to = Jid::domain(m_to->text().trimmed()).domainPart();
    o.host = m_host->text().trimmed();
    o.port = quint16(m_port->value());
    const S2sOptions::Tls modes[] = {S2sOptions::Tls::Auto, S2sOptions::Tls::StartTls,
                                     S2sOptions::Tls::Direct, S2sOptions::Tls::None};
    o.tls = modes[qBound(0, m_tls->currentIndex(), 3)];
    o.timeoutMs = m_timeout->value() * 1000;
    o.strictTls = m_strict->isChecked();
    return o;
}

} // namespace Inspector
