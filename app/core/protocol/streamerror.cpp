// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamerror.h"

#include "namespaces.h"

namespace Inspector {

namespace {
struct ConditionInfo
{
    const char *name;
    const char *explanation;
};

// RFC 6120 §4.9.3.1–§4.9.3.25, in order.
const ConditionInfo StreamConditions[] = {
    {"bad-format", "The peer could not process the XML we sent."},
    {"bad-namespace-prefix", "A namespace prefix is missing or not supported (is db: declared?)."},
    {"conflict", "A new stream replaced this one, or an existing stream blocks it."},
    {"connection-timeout", "The peer thinks we are gone: no traffic for too long."},
    {"host-gone", "The peer no longer serves the domain in our 'to'."},
    {"host-unknown", "The peer does not serve the domain in our 'to' (missing virtual host?)."},
    {"improper-addressing", "A 'to' or 'from' address is missing or invalid."},
    {"internal-server-error", "The peer hit an internal error or misconfiguration."},
    {"invalid-from", "Our 'from' is not authorised on this stream."},
    {"invalid-namespace", "The stream or content namespace is wrong."},
    {"invalid-xml", "The peer validates XML and ours was invalid."},
    {"not-authorized", "Not allowed before authentication, or refused by policy."},
    {"not-well-formed", "The peer found our XML not well-formed."},
    {"policy-violation", "A local policy of the peer was violated (size, encryption, …)."},
    {"remote-connection-failed", "The peer could not reach a remote server it needed."},
    {"reset", "The security context must be renegotiated."},
    {"resource-constraint", "The peer lacks resources (overloaded or connection limits)."},
    {"restricted-xml", "Comments, PIs, DTDs or entity references are not allowed."},
    {"see-other-host", "The peer redirects us to another host."},
    {"system-shutdown", "The peer is shutting down."},
    {"undefined-condition", "No defined condition applies; see the application condition."},
    {"unsupported-encoding", "The encoding is not UTF-8."},
    {"unsupported-feature", "A feature the peer requires is not supported."},
    {"unsupported-stanza-type", "The peer does not understand a top-level element."},
    {"unsupported-version", "The peer does not support our stream version."},
};

// RFC 6120 §8.3.3.1–§8.3.3.22.
const char *const StanzaConditions[] = {
    "bad-request", "conflict", "feature-not-implemented", "forbidden", "gone",
    "internal-server-error", "item-not-found", "jid-malformed", "not-acceptable", "not-allowed",
    "not-authorized", "policy-violation", "recipient-unavailable", "redirect",
    "registration-required", "remote-server-not-found", "remote-server-timeout",
    "resource-constraint", "service-unavailable", "subscription-required", "undefined-condition",
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

QString StreamError::explanation(const QString &condition)
{
    const int i = definedConditions().indexOf(condition);
    return i < 0 ? QStringLiteral("A condition not defined by RFC 6120.")
                 : QString::fromLatin1(StreamConditions[i].explanation);
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

QJsonObject StanzaError::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("condition"), condition},
                  {QStringLiteral("text"), text.isEmpty() ? QJsonValue() : QJsonValue(text)},
                  {QStringLiteral("known"), knownCondition}};
    if (!by.isEmpty())
        o.insert(QStringLiteral("by"), by);
    if (!appCondition.isEmpty()) {
        o.insert(QStringLiteral("application"),
                 QJsonObject{{QStringLiteral("namespace"), appNamespace},
                             {QStringLiteral("condition"), appCondition}});
    }
    return o;
}

} // namespace Inspector
