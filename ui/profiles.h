// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QWidget;

namespace Inspector {

/**
 * Named session profiles: what a session form holds, saved in the settings under "profiles/"
 * so the same session can be started again. A field marked with the property secret=true (the
 * dialback secret, a password) is never written there: a profile only records whether its
 * secret was kept in the system keychain (Secrets). Nor is a field marked notSaved=true: an
 * opt-in that weakens safety (sending credentials to an unverified server) holds for one session.
 */
namespace Profiles {

QStringList names();
bool exists(const QString &name);
/// `kind` says which form the fields belong to ("s2s" or "c2s").
void save(const QString &name, const QString &kind, const QVariantMap &fields,
          bool secretInKeychain);
bool load(const QString &name, QString *kind, QVariantMap *fields, bool *secretInKeychain);
void remove(const QString &name);

/// Every named input of a form (line edits, spin boxes, combo boxes, check boxes), secrets
/// left out; apply() puts such values back.
QVariantMap capture(const QWidget *form);
void apply(QWidget *form, const QVariantMap &fields);
/// The form's secret field, if it has one.
QWidget *secretField(const QWidget *form);

} // namespace Profiles

/**
 * A profile's secret in the system keychain (Secret Service, KWallet, … through QtKeychain),
 * asynchronously: `done` gets an empty error on success. Where no keychain is reachable, the
 * error says so and nothing is stored anywhere.
 */
namespace Secrets {
void write(const QString &profile, const QString &secret, QObject *context,
           std::function<void(const QString &error)> done);
void read(const QString &profile, QObject *context,
          std::function<void(const QString &secret, const QString &error)> done);
void remove(const QString &profile);
} // namespace Secrets

} // namespace Inspector
