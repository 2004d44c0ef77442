// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace Inspector::Test {

/// The data of a test that runs once per language of the interface (column "language").
inline void languageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Preferences::languages())
        QTest::newRow(qPrintable(l)) << l;
}

/// Removes every installed translation: the interface is in English again.
inline void removeTranslations()
{
    const QList<QTranslator *> translators =
        QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

/// A language's translations for a scope; English again when it ends, also when a check fails
/// and returns early.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
    {
        Preferences p;
        p.language = language;
        m_installed = p.installTranslations();
    }
    ~LanguageScope() { removeTranslations(); }
    Q_DISABLE_COPY_MOVE(LanguageScope)
    /// The language installed ("en" when there is no translation for the one asked).
    QString installed() const { return m_installed; }

private:
    QString m_installed;
};

} // namespace Inspector::Test
