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

/// Sorted by octets (i;octet, XEP-0115 §5.1), as UTF-8.
void sortOctets(QStringList *list)
{
    std::sort(list->begin(), list->end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
}

QString fieldValue(const Element &field)
{
    const ElementPtr value = field.firstChild(DataForms, u"value");
    return value ? value->text() : QString();
}

/// §5.1 steps 6 and 7: one extended form, FORM_TYPE first, then each field and its values.
QString formString(const Element &form, QString *formType)
{
    QStringList fields;
    for (const ElementPtr &field : form.childrenNamed(DataForms, u"field")) {
        const QString var = field->attribute(u"var");
        if (var == QLatin1String("FORM_TYPE")) {
            *formType = fieldValue(*field);
            continue;
        }
        QStringList values;
        for (const ElementPtr &v : field->childrenNamed(DataForms, u"value"))
            values << v->text() + QLatin1Char('<');
        sortOctets(&values);
        fields << var + QLatin1Char('<') + values.join(QString());
    }
    sortOctets(&fields);
    return *formType + QLatin1Char('<') + fields.join(QString());
}
} // namespace

QString verificationString(const Element &query)
{
    QStringList identities, features;
    for (const ElementPtr &i : query.childrenNamed(Queries::DiscoInfo, u"identity"))
        identities << i->attribute(u"category") + QLatin1Char('/') + i->attribute(u"type") +
                          QLatin1Char('/') + i->attributeNs(Ns::Xml, u"lang") + QLatin1Char('/') +
                          i->attribute(u"name") + QLatin1Char('<');
    for (const ElementPtr &f : query.childrenNamed(Queries::DiscoInfo, u"feature"))
        features << f->attribute(u"var") + QLatin1Char('<');
    sortOctets(&identities);
    sortOctets(&features);
    QList<std::pair<QString, QString>> forms; // FORM_TYPE, its string
    for (const ElementPtr &x : query.childrenNamed(DataForms, u"x")) {
        QString type;
        const QString s = formString(*x, &type);
        forms.append({type, s});
    }
    std::sort(forms.begin(), forms.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QString out = identities.join(QString()) + features.join(QString());
    for (const auto &f : std::as_const(forms))
        out += f.second;
    return out;
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
