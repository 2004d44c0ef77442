// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace Inspector {

namespace {
const QString Group = QStringLiteral("profiles");
const QString KeychainService = QStringLiteral(INSPECTOR_APP_ID);

QString key(const QString &name)
{
    // Any name the user types is one settings group: '/' and friends are escaped.
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString keychainKey(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}

bool isSecret(const QObject *o)
{
    return o->property("secret").toBool();
}

const QString DataPrefix = QStringLiteral("data:");

/// A choice saved by capture(): an item's name (one no longer offered: the first item, the
/// default), or an older profile's position.
void applyChoice(QComboBox *c, const QVariant &saved)
{
    const QString text = saved.toString();
    if (text.startsWith(DataPrefix))
        c->setCurrentIndex(qMax(0, c->findData(text.mid(DataPrefix.size()))));
    else
        c->setCurrentIndex(qBound(0, saved.toInt(), c->count() - 1));
}

/// A secret, or an opt-in that holds for one session only (notSaved=true): never in a profile.
bool isKeptOut(const QObject *o)
{
    return isSecret(o) || o->property("notSaved").toBool();
}
} // namespace

QStringList Profiles::names()
{
    QSettings settings;
    settings.beginGroup(Group);
    QStringList out;
    for (const QString &g : settings.childGroups())
        out << QUrl::fromPercentEncoding(g.toLatin1());
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool Profiles::exists(const QString &name)
{
    return names().contains(name);
}

void Profiles::save(const QString &name, const QString &kind, const QVariantMap &fields,
                    bool secretInKeychain)
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.remove(key(name));
    settings.beginGroup(key(name));
    settings.setValue(QStringLiteral("kind"), kind);
    settings.setValue(QStringLiteral("secretInKeychain"), secretInKeychain);
    // One key per field, in plain text: the file can be read (and checked) by a person.
    settings.beginGroup(QStringLiteral("fields"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

bool Profiles::load(const QString &name, QString *kind, QVariantMap *fields, bool *secretInKeychain)
{
    if (!exists(name))
        return false;
    QSettings settings;
    settings.beginGroup(Group);
    settings.beginGroup(key(name));
    *kind = settings.value(QStringLiteral("kind")).toString();
    *secretInKeychain = settings.value(QStringLiteral("secretInKeychain")).toBool();
    settings.beginGroup(QStringLiteral("fields"));
    fields->clear();
    for (const QString &k : settings.childKeys())
        fields->insert(k, settings.value(k));
    return true;
}

void Profiles::remove(const QString &name)
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.remove(key(name));
}

QVariantMap Profiles::capture(const QWidget *form)
{
    QVariantMap out;
    for (const QLineEdit *e : form->findChildren<QLineEdit *>()) {
        if (!e->objectName().isEmpty() && !isKeptOut(e) && !qobject_cast<QSpinBox *>(e->parent()))
            out.insert(e->objectName(), e->text());
    }
    for (const QSpinBox *s : form->findChildren<QSpinBox *>()) {
        if (!s->objectName().isEmpty() && !isKeptOut(s))
            out.insert(s->objectName(), s->value());
    }
    for (const QComboBox *c : form->findChildren<QComboBox *>()) {
        if (c->objectName().isEmpty() || isKeptOut(c))
            continue;
        // Items that carry a name are kept by that name, so that a list that grows (a new
        // mechanism, a new phase) does not shift what a profile chose; the others by position.
        if (c->currentData().isValid())
            out.insert(c->objectName(), QString(DataPrefix + c->currentData().toString()));
        else
            out.insert(c->objectName(), c->currentIndex());
    }
    for (const QCheckBox *c : form->findChildren<QCheckBox *>()) {
        if (!c->objectName().isEmpty() && !isKeptOut(c))
            out.insert(c->objectName(), c->isChecked());
    }
    return out;
}

void Profiles::apply(QWidget *form, const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QObject *o = form->findChild<QObject *>(it.key());
        if (!o || isKeptOut(o))
            continue;
        if (auto *e = qobject_cast<QLineEdit *>(o))
            e->setText(it.value().toString());
        else if (auto *s = qobject_cast<QSpinBox *>(o))
            s->setValue(it.value().toInt());
        else if (auto *c = qobject_cast<QComboBox *>(o))
            applyChoice(c, it.value());
        else if (auto *c = qobject_cast<QCheckBox *>(o))
            c->setChecked(it.value().toBool());
    }
}

QWidget *Profiles::secretField(const QWidget *form)
{
    for (QLineEdit *e : form->findChildren<QLineEdit *>()) {
        if (isSecret(e))
            return e;
    }
    return nullptr;
}

void Secrets::write(const QString &profile, const QString &secret, QObject *context,
                    std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(KeychainService);
    job->setKey(keychainKey(profile));
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void Secrets::read(const QString &profile, QObject *context,
                   std::function<void(const QString &secret, const QString &error)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(KeychainService);
    job->setKey(keychainKey(profile));
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        const auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(r->error() == QKeychain::NoError ? r->textData() : QString(),
             r->error() == QKeychain::NoError ? QString() : r->errorString());
    });
    job->start();
}

void Secrets::remove(const QString &profile)
{
    auto *job = new QKeychain::DeletePasswordJob(KeychainService);
    job->setKey(keychainKey(profile));
    job->start();
}

} // namespace Inspector
