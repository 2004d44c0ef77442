// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"
#include "session/s2soptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Inspector {

class C2sForm;
class SessionForm;

/// Asks for a new server-to-server or client session; Start is enabled only when the form is
/// valid. Forms are saved and loaded as named profiles; secrets only in the system keychain,
/// and only when the user asks.
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

    /// Saves the current form as a profile; its secret goes to the keychain only if "remember"
    /// is ticked (the outcome appears in the profile message).
    bool saveProfile(const QString &name);
    /// Fills the form from a profile (its secret, if kept, arrives from the keychain later).
    bool loadProfile(const QString &name);
    void deleteProfile(const QString &name);
    QString profileMessage() const;

private:
    void updateStart();
    void refreshProfiles(const QString &current = {});
    void setProfileMessage(const QString &message);
    QWidget *currentForm() const;

    QTabWidget *m_kinds;
    SessionForm *m_form;
    C2sForm *m_client;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QComboBox *m_profiles;
    QPushButton *m_saveProfile;
    QPushButton *m_deleteProfile;
    QCheckBox *m_remember;
    QLabel *m_profileMessage;
};

} // namespace Inspector
