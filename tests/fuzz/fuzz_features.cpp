// SPDX-License-Identifier: GPL-3.0-or-later
// <stream:features/> on arbitrary input: the bytes are the content of a server stream, and each
// top-level element is read as a feature set, listed, named and summarised as JSON.
#include "fuzzsupport.h"
#include "protocol/streamfeatures.h"

#include <QJsonDocument>

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QVector<ElementPtr> elements = Fuzz::elementsIn(Fuzz::toByteArray(data, size));
    for (const ElementPtr &e : elements) {
        const StreamFeatures f = StreamFeatures::fromElement(*e);
        const QVector<StreamFeatures::Entry> entries = f.entries();
        const QStringList names = f.names();
        Fuzz::require(!f.starttlsRequired || f.starttls, "STARTTLS required only if offered");
        Fuzz::require(f.saslMechanisms.isEmpty() || f.saslOffered, "mechanisms only with SASL");
        Fuzz::require(entries.size() >= f.unknown.size(), "every unknown feature is listed");
        for (const StreamFeatures::Entry &entry : entries)
            Fuzz::require(!entry.name.isEmpty(), "every listed feature has a name");
        const QByteArray json = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
        Fuzz::require(!json.isEmpty(), "the summary is a JSON object");
    }
    return 0;
}
