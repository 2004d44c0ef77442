// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"

#include "xml/element.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Inspector {

/// `<stream:error/>` (RFC 6120 §4.9).
struct StreamError
{
    QString condition; // e.g. "host-unknown"; "undefined-condition" if none was recognised
    bool knownCondition = false;
    QString text;
    QString textLang;
    QString appNamespace; // application-specific condition, if any (§4.9.4)
    QString appCondition;
    QString seeOtherHost; // content of <see-other-host/> (§4.9.3.19)

    static StreamError fromElement(const Element &error);
    /// The 25 defined conditions, in RFC 6120 §4.9.3 order.
    static const QStringList &definedConditions();
    /// "§4.9.3.6" for host-unknown; empty for unknown conditions.
    static QString section(const QString &condition);
    /// A one-line explanation for an admin, translated when shown.
    static Phrase explanationPhrase(const QString &condition);
    /// The same in the interface's language.
    static QString explanation(const QString &condition);
    QJsonObject toJson() const;
};

/// A stanza `<error/>` child (RFC 6120 §8.3).
struct StanzaError
{
    QString type; // auth | cancel | continue | modify | wait
    QString condition;
    bool knownCondition = false;
    QString text;
    QString textLang;
    QString by;
    QString appNamespace;
    QString appCondition;

    static StanzaError fromElement(const Element &error);
    static const QStringList &definedConditions();
    QJsonObject toJson() const;
    static StanzaError fromJson(const QJsonObject &o);
};

} // namespace Inspector
