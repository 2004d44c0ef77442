// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsessiondialog.h"

#include "c2sform.h"
#include "sessionform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Inspector {

NewSessionDialog::NewSessionDialog(QWidget *parent)
    : QDialog(parent)
    , m_kinds(new QTabWidget(this))
    , m_form(new SessionForm(this))
    , m_client(new C2sForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New session"));
    m_kinds->setObjectName(QStringLiteral("sessionKinds"));
    m_kinds->addTab(m_form, tr("Server to server"));
    m_kinds->addTab(m_client, tr("Client (log in as a user)"));
    m_start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    connect(m_form, &SessionForm::validityChanged, this, &NewSessionDialog::updateStart);
    connect(m_client, &C2sForm::validityChanged, this, &NewSessionDialog::updateStart);
    connect(m_kinds, &QTabWidget::currentChanged, this, &NewSessionDialog::updateStart);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kinds);
    layout->addWidget(m_buttons);
    updateStart();
}

void NewSessionDialog::updateStart()
{
    m_start->setEnabled(kind() == Kind::ServerToServer ? m_form->isValid() : m_client->isValid());
}

NewSessionDialog::Kind NewSessionDialog::kind() const
{
    return m_kinds->currentIndex() == 1 ? Kind::Client : Kind::ServerToServer;
}

void NewSessionDialog::setKind(Kind kind)
{
    m_kinds->setCurrentIndex(kind == Kind::Client ? 1 : 0);
}

S2sOptions NewSessionDialog::options() const
{
    return m_form->options();
}

C2sOptions NewSessionDialog::clientOptions() const
{
    return m_client->options();
}

} // namespace Inspector
