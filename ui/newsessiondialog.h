// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/s2soptions.h"

#include <QDialog>

class QDialogButtonBox;

namespace Inspector {

class SessionForm;

/// Asks for a new server-to-server session; Start is enabled only when the form is valid.
class NewSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewSessionDialog(QWidget *parent = nullptr);

    SessionForm *form() const { return m_form; }
    S2sOptions options() const;

private:
    SessionForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Inspector
