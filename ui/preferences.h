// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Inspector {

/// The user's preferences, kept with QSettings under "preferences/".
struct Preferences
{
    enum class Theme { System, Light, Dark };
    Theme theme = Theme::System;
    int timeoutSeconds = 10;  // the default step timeout of new sessions
    QString transcriptFolder; // where save, open and export dialogs start
    bool autosave = true;     // sessions written to disk as they run (crash recovery)
    QString language;         // "" follows the system; else "en", "de", "fr"

    static Preferences load();
    void save() const;
    /// The folder dialogs start in: the preference, else the user's documents.
    QString startFolder() const;
    /// Applies the theme to the running application (Fusion with a light or dark palette,
    /// or the platform's own style and palette).
    void applyTheme() const;
    /// Installs the translators for the language (the application's and Qt's own) on the
    /// application; returns the language used ("en" when none applies).
    QString installTranslations() const;
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    }
};

/// Shows `label`'s text in a warning red that stays readable on the light and the dark
/// theme, and follows later theme changes.
void showAsWarning(QLabel *label);

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_timeout;
    QLineEdit *m_folder;
    QCheckBox *m_autosave;
};

} // namespace Inspector
