// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamerror.h"

#include "xml/namespaces.h"

#include <QCoreApplication>

namespace Inspector {

namespace {
struct ConditionInfo
{
    const char *name;
    const char *explanation;
};

// RFC 6120 §4.9.3.1–§4.9.3.25, in order.
const ConditionInfo StreamConditions[] = {
    {"bad-format", QT_TRANSLATE_NOOP("StreamError", "The peer could not process the XML we sent.")},
    {"bad-namespace-prefix",
     QT_TRANSLATE_NOOP("StreamError",
                       "A namespace prefix is missing or not supported (is db: declared?).")},
    {"conflict",
     QT_TRANSLATE_NOOP("StreamError",
                       "A new stream replaced this one, or an existing stream blocks it.")},
    {"connection-timeout",
     QT_TRANSLATE_NOOP("StreamError", "The peer thinks we are gone: no traffic for too long.")},
    {"host-gone",
     QT_TRANSLATE_NOOP("StreamError", "The peer no longer serves the domain in our 'to'.")},
    {"host-unknown",
     QT_TRANSLATE_NOOP("StreamError",
                       "The peer does not serve the domain in our 'to' (missing virtual host?).")},
    {"improper-addressing",
     QT_TRANSLATE_NOOP("StreamError", "A 'to' or 'from' address is missing or invalid.")},
    {"internal-server-error",
     QT_TRANSLATE_NOOP("StreamError", "The peer hit an internal error or misconfiguration.")},
    {"invalid-from",
     QT_TRANSLATE_NOOP("StreamError", "Our 'from' is not authorised on this stream.")},
    {"invalid-namespace",
     QT_TRANSLATE_NOOP("StreamError", "The stream or content namespace is wrong.")},
    {"invalid-xml",
     QT_TRANSLATE_NOOP("StreamError", "The peer validates XML and ours was invalid.")},
    {"not-authorized",
     QT_TRANSLATE_NOOP("StreamError", "Not allowed before authentication, or refused by policy.")},
    {"not-well-formed",
     QT_TRANSLATE_NOOP("StreamError", "The peer found our XML not well-formed.")},
    {"policy-violation",
     QT_TRANSLATE_NOOP("StreamError",
                       "A local policy of the peer was violated (size, encryption, …).")},
    {"remote-connection-failed",
     QT_TRANSLATE_NOOP("StreamError", "The peer could not reach a remote server it needed.")},
    {"reset", QT_TRANSLATE_NOOP("StreamError", "The security context must be renegotiated.")},
    {"resource-constraint",
     QT_TRANSLATE_NOOP("StreamError",
                       "The peer lacks resources (overloaded or connection limits).")},
    {"restricted-xml",
     QT_TRANSLATE_NOOP("StreamError", "Comments, PIs, DTDs or entity references are not allowed.")},
    {"see-other-host", QT_TRANSLATE_NOOP("StreamError", "The peer redirects us to another host.")},
    {"system-shutdown", QT_TRANSLATE_NOOP("StreamError", "The peer is shutting down.")},
    {"undefined-condition",
     QT_TRANSLATE_NOOP("StreamError",
                       "No defined condition applies; see the application condition.")},
    {"unsupported-encoding", QT_TRANSLATE_NOOP("StreamError", "The encoding is not UTF-8.")},
    {"unsupported-feature",
     QT_TRANSLATE_NOOP("StreamError", "A feature the peer requires is not supported.")},
    {"unsupported-stanza-type",
     QT_TRANSLATE_NOOP("StreamError", "The peer does not understand a top-level element.")},
    {"unsupported-version",
     QT_TRANSLATE_NOOP("StreamError", "The peer does not support our stream version.")},
};

// RFC 6120 §8.3.3.1–§8.3.3.22.
const char *const StanzaConditions[] = {
    "bad-request",
    "conflict",
    "feature-not-implemented",
    "forbidden",
    "gone",
    "internal-server-error",
    "item-not-found",
    "jid-malformed",
    "not-acceptable",
    "not-allowed",
    "not-authorized",
    "policy-violation",
    "recipient-unavailable",
    "redirect",
    "registration-required",
    "remote-server-not-found",
    "remote-server-timeout",
    "resource-constraint",
    "service-unavailable",
    "subscription-required",
    "undefined-condition",
    "unexpected-request",
};

QStringList namesOf(const char *const *begin, const char *const *end)
{
    QStringList out;
    for (auto it = begin; it != end; ++it)
        out.append(QString::fromLatin1(*it));
    return out;
}

/// RFC 6120 §4.9.2 / §8.3.2: one defined condition and an optional <text/> in the error
/// namespace; any other child is an application-specific condition.
template<typename Error>
void readConditions(const Element &error, const QString &ns, const QStringList &known, Error *e,
                    ElementPtr *conditionElement)
{
    for (const ElementPtr &c : error.children()) {
        if (c->namespaceUri() == ns) {
            if (c->name() == QLatin1String("text")) {
                e->text = c->text();
                e->textLang = c->attributeNs(Ns::Xml, u"lang");
            } else if (e->condition.isEmpty()) {
                e->condition = c->name();
                e->knownCondition = known.contains(c->name());
                *conditionElement = c;
            }
        } else if (e->appCondition.isEmpty()) {
            e->appNamespace = c->namespaceUri();
            e->appCondition = c->name();
        }
    }
    if (e->condition.isEmpty())
        e->condition = QStringLiteral("undefined-condition");
}
} // namespace

StreamError StreamError::fromElement(const Element &error)
{
    StreamError e;
    ElementPtr condition;
    readConditions(error, Ns::StreamErrors, definedConditions(), &e, &condition);
    if (condition && condition->name() == QLatin1String("see-other-host"))
        e.seeOtherHost = condition->text().trimmed();
    return e;
}

const QStringList &StreamError::definedConditions()
{
    static const QStringList names = [] {
        QStringList out;
        for (const ConditionInfo &c : StreamConditions)
            out.append(QString::fromLatin1(c.name));
        return out;
    }();
    return names;
}

QString StreamError::section(const QString &condition)
{
    const int i = definedConditions().indexOf(condition);
    return i < 0 ? QString() : QStringLiteral("RFC 6120 §4.9.3.%1").arg(i + 1);
}

Phrase StreamError::explanationPhrase(const QString &condition)
{
    const int i = definedConditions().indexOf(condition);
    return Phrase("StreamError",
                  i < 0 ? QT_TRANSLATE_NOOP("StreamError", "A condition not defined by RFC 6120.")
                        : StreamConditions[i].explanation);
}

QString StreamError::explanation(const QString &condition)
{
    // In the interface's language where a translation is loaded (not in the command-line tool).
    return explanationPhrase(condition).display();
}

QJsonObject StreamError::toJson() const
{
    QJsonObject o{{QStringLiteral("condition"), condition},
                  {QStringLiteral("text"), text.isEmpty() ? QJsonValue() : QJsonValue(text)},
                  {QStringLiteral("known"), knownCondition},
                  {QStringLiteral("spec"), section(condition)}};
    if (!appCondition.isEmpty()) {
        o.insert(QStringLiteral("application"),
                 QJsonObject{{QStringLiteral("namespace"), appNamespace},
                             {QStringLiteral("condition"), appCondition}});
    }
    if (!seeOtherHost.isEmpty())
        o.insert(QStringLiteral("seeOtherHost"), seeOtherHost);
    return o;
}

StanzaError StanzaError::fromElement(const Element &error)
{
    StanzaError e;
    e.type = error.attribute(u"type");
    e.by = error.attribute(u"by");
    ElementPtr condition;
    readConditions(error, Ns::StanzaErrors, definedConditions(), &e, &condition);
    return e;
}

const QStringList &StanzaError::definedConditions()
{
    static const QStringList names =
        namesOf(std::begin(StanzaConditions), std::end(StanzaConditions));
    return names;
}

} // namespace Inspector
