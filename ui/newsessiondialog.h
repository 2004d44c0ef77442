// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"
#include "session/s2soptions.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QTabWidget;

namespace Inspector {

class C2sForm;
class SessionForm;

/// Asks for a new server-to-server session; Start is enabled only when the form is valid.
class NewSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewSessionDialog(QWidget *parent = nullptr);

    enum class Kind { ServerToServer, Client };
    SessionForm *form() const { return m_form; }
    C2sForm *clientForm() const { return m_client; }
    Kind kind() const;
    void setKind(Kind kind);
    S2sOptions options() const;
    C2sOptions clientOptions() const;

private:
    void updateStart();

    QTabWidget *m_kinds;
    SessionForm *m_form;
    C2sForm *m_client;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
};

} // namespace Inspector
