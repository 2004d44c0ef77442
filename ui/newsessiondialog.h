// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/specification.h"

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

/// Asks for a new server-to-server or client session, every option of the CLI's `s2s` and `c2s`
/// commands; Start is enabled only when the form is valid. It opens as the last session started
/// from it was (secrets excepted, see LastSession). Forms are saved and loaded as named
/// profiles; secrets only in the system keychain, and only when the user asks.
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
    /// The session of the kind shown.
    Specification specification() const;
    /// Shows a specification in its form (secrets excepted: they are typed again), for "Edit
    /// and run again"; other kinds than s2s and c2s are left alone (see canEdit()).
    void setSpecification(const Specification &spec);
    static bool canEdit(const Specification &spec);

    /// Starts, once the form (its files read again) is still valid: the session is kept as
    /// accepted() and as the last one of its kind (LastSession).
    void accept() override;
    /// The session started with accept(), as checked then.
    const Specification &accepted() const { return m_accepted; }

    /// Saves the current form as a profile; its secret goes to the keychain only if "remember"
    /// is ticked (the outcome appears in the profile message).
    bool saveProfile(const QString &name);
    /// Fills the form from a profile (its secret, if kept, arrives from the keychain later).
    bool loadProfile(const QString &name);
    void deleteProfile(const QString &name);
    QString profileMessage() const;

private:
    void updateStart();
    /// Both forms as the last session of their kind left them, on the kind started last.
    void showLastSessions();
    void refreshProfiles(const QString &current = {});
    void setProfileMessage(const QString &message);
    QWidget *currentForm() const;

    Specification m_accepted;

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
