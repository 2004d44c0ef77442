// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Inspector {

/// The user's preferences, kept with QSettings under "preferences/".
struct Preferences
{
    enum class Theme { System, Light, Dark };
    Theme theme = Theme::System;
    int timeoutSeconds = 10;   // the default step timeout of new sessions
    QString transcriptFolder;  // where save, open and export dialogs start
    bool autosave = true;      // sessions written to disk as they run (crash recovery)

    static Preferences load();
    void save() const;
    /// The folder dialogs start in: the preference, else the user's documents.
    QString startFolder() const;
    /// Applies the theme to the running application (Fusion with a light or dark palette,
    /// or the platform's own style and palette).
    void applyTheme() const;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_theme;
    QSpinBox *m_timeout;
    QLineEdit *m_folder;
    QCheckBox *m_autosave;
};

} // namespace Inspector
