// SPDX-License-Identifier: GPL-3.0-or-later
#include "caps.h"

#include "protocol/queries.h"
#include "xml/namespaces.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace Inspector::Caps {

namespace {
const QString DataForms = QStringLiteral("jabber:x:data");

/// Sorted by octets (i;octet, XEP-0115 §5.1) as UTF-8, then each followed by '<': the bare
/// strings are sorted, so "a" comes before "a#b".
QString sortedJoined(QStringList list)
{
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QString out;
    for (const QString &s : std::as_const(list))
        out += s + QLatin1Char('<');
    return out;
}

/// The FORM_TYPE values of a form (one, when it is well formed).
QStringList formTypes(const Element &form)
{
    QStringList types;
    for (const ElementPtr &field : form.childrenNamed(DataForms, u"field")) {
        if (field->attribute(u"var") == QLatin1String("FORM_TYPE")) {
            for (const ElementPtr &v : field->childrenNamed(DataForms, u"value"))
                types << v->text();
        }
    }
    return types;
}

/// §5.1 steps 6 and 7: one extended form, FORM_TYPE first, then each field (by var) with its
/// values, everything followed by '<'.
QString formString(const Element &form)
{
    QList<std::pair<QString, QString>> fields; // var, the field's string
    for (const ElementPtr &field : form.childrenNamed(DataForms, u"field")) {
        const QString var = field->attribute(u"var");
        if (var == QLatin1String("FORM_TYPE"))
            continue;
        QStringList values;
        for (const ElementPtr &v : field->childrenNamed(DataForms, u"value"))
            values << v->text();
        fields.append({var, var + QLatin1Char('<') + sortedJoined(values)});
    }
    std::sort(fields.begin(), fields.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QString out = formTypes(form).value(0) + QLatin1Char('<');
    for (const auto &f : std::as_const(fields))
        out += f.second;
    return out;
}

QString identityString(const Element &i)
{
    return i.attribute(u"category") + QLatin1Char('/') + i.attribute(u"type") + QLatin1Char('/') +
           i.attributeNs(Ns::Xml, u"lang") + QLatin1Char('/') + i.attribute(u"name");
}
} // namespace

QString verificationString(const Element &query)
{
    QStringList identities, features;
    for (const ElementPtr &i : query.childrenNamed(Queries::DiscoInfo, u"identity"))
        identities << identityString(*i);
    for (const ElementPtr &f : query.childrenNamed(Queries::DiscoInfo, u"feature"))
        features << f->attribute(u"var");
    QList<std::pair<QString, QString>> forms; // FORM_TYPE, the form's string
    for (const ElementPtr &x : query.childrenNamed(DataForms, u"x")) {
        // §5.4: a form without FORM_TYPE is left out.
        if (!formTypes(*x).isEmpty())
            forms.append({formTypes(*x).first(), formString(*x)});
    }
    std::sort(forms.begin(), forms.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QString out = sortedJoined(identities) + sortedJoined(features);
    for (const auto &f : std::as_const(forms))
        out += f.second;
    return out;
}

Phrase illFormed(const Element &query)
{
    const auto phrase = [](const char *source, QList<Phrase> args) {
        return Phrase("Inspector::Caps", source, std::move(args));
    };
    // §5.4: an answer with the same identity or feature twice, or a form with more than one
    // FORM_TYPE value or two forms of one FORM_TYPE, cannot be checked: its ver is refused.
    QStringList identities, features, types;
    for (const ElementPtr &i : query.childrenNamed(Queries::DiscoInfo, u"identity")) {
        if (identities.contains(identityString(*i)))
            return phrase(QT_TRANSLATE_NOOP("Inspector::Caps", "the identity %1 twice"),
                          {identityString(*i)});
        identities << identityString(*i);
    }
    for (const ElementPtr &f : query.childrenNamed(Queries::DiscoInfo, u"feature")) {
        if (features.contains(f->attribute(u"var")))
            return phrase(QT_TRANSLATE_NOOP("Inspector::Caps", "the feature %1 twice"),
                          {f->attribute(u"var")});
        features << f->attribute(u"var");
    }
    for (const ElementPtr &x : query.childrenNamed(DataForms, u"x")) {
        const QStringList t = formTypes(*x);
        if (t.size() > 1)
            return phrase(QT_TRANSLATE_NOOP("Inspector::Caps", "a form with %1 FORM_TYPE values"),
                          {t.size()});
        if (!t.isEmpty() && types.contains(t.first()))
            return phrase(QT_TRANSLATE_NOOP("Inspector::Caps", "two forms of FORM_TYPE %1"),
                          {t.first()});
        types << t;
    }
    return {};
}

std::optional<QString> ver(const QString &verificationString, const QString &hash)
{
    static const QHash<QString, QCryptographicHash::Algorithm> functions{
        {QStringLiteral("sha-1"), QCryptographicHash::Sha1},
        {QStringLiteral("sha-224"), QCryptographicHash::Sha224},
        {QStringLiteral("sha-256"), QCryptographicHash::Sha256},
        {QStringLiteral("sha-384"), QCryptographicHash::Sha384},
        {QStringLiteral("sha-512"), QCryptographicHash::Sha512},
        {QStringLiteral("md5"), QCryptographicHash::Md5},
    };
    const auto f = functions.constFind(hash.toLower());
    if (f == functions.cend())
        return std::nullopt;
    return QString::fromLatin1(
        QCryptographicHash::hash(verificationString.toUtf8(), *f).toBase64());
}

} // namespace Inspector::Caps
