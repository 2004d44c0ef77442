// SPDX-License-Identifier: GPL-3.0-or-later
// <stream:error/> and stanza <error/> on arbitrary input: the bytes are the content of a server
// stream; each top-level element is read as a stream error, and it and every element below it
// named "error" as a stanza error, each with its explanation and JSON.
#include "fuzzsupport.h"
#include "protocol/streamerror.h"

#include <QJsonDocument>

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QVector<ElementPtr> elements = Fuzz::elementsIn(Fuzz::toByteArray(data, size));
    for (const ElementPtr &e : elements) {
        const StreamError error = StreamError::fromElement(*e);
        Fuzz::require(!error.condition.isEmpty(), "a stream error always has a condition");
        // Without a condition element it is "undefined-condition": defined, but not recognised.
        const bool defined = StreamError::definedConditions().contains(error.condition);
        Fuzz::require(!error.knownCondition || defined, "a recognised condition is defined");
        Fuzz::require(error.knownCondition || !defined ||
                          error.condition == QLatin1String("undefined-condition"),
                      "a defined condition is recognised");
        Fuzz::require(defined != StreamError::section(error.condition).isEmpty(),
                      "every defined condition has its section of RFC 6120");
        Fuzz::require(!StreamError::explanation(error.condition).isEmpty(),
                      "every condition has an explanation");
        QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);

        Fuzz::forEachElement(e, [](const Element &x) {
            if (x.name() != QLatin1String("error"))
                return;
            const StanzaError stanzaError = StanzaError::fromElement(x);
            Fuzz::require(!stanzaError.condition.isEmpty(), "a stanza error has a condition");
            QJsonDocument(stanzaError.toJson()).toJson(QJsonDocument::Compact);
        });
    }
    return 0;
}
