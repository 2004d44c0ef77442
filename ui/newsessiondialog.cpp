// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"

#include "sessionform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Inspector {

NewSessionDialog::NewSessionDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new SessionForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New server-to-server session"));
    QPushButton *start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    start->setDefault(true);
    start->setEnabled(m_form->isValid());
    connect(m_form, &SessionForm::validityChanged, start, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_buttons);
}

S2sOptions NewSessionDialog::options() const
{
    return m_form->options();
}

} // namespace Inspector
