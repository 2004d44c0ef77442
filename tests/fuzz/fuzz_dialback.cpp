// SPDX-License-Identifier: GPL-3.0-or-later
// Server Dialback elements on arbitrary input: the bytes are the content of a server stream
// (db: declared); each top-level element that is <db:result/> or <db:verify/> is read, written
// back, read again, and its key checked as a receiving server would.
#include "fuzzsupport.h"
#include "protocol/dialback.h"

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QVector<ElementPtr> elements = Fuzz::elementsIn(Fuzz::toByteArray(data, size));
    for (const ElementPtr &e : elements) {
        if (!Dialback::Message::isDialback(*e))
            continue;
        const Dialback::Message m = Dialback::Message::fromElement(*e);
        const QString expected = Dialback::key("fuzz-secret", m.to, m.from, m.id);
        Dialback::keysEqual(m.key, expected);
        Fuzz::require(Dialback::keysEqual(expected, expected), "a key equals itself");

        // What this tool sends is what it reads back.
        const Element written = m.toElement();
        const QVector<ElementPtr> again = Fuzz::elementsIn(written.toXml());
        Fuzz::require(again.size() == 1, "a written dialback element parses");
        Fuzz::require(Dialback::Message::isDialback(*again.first()), "it is still dialback");
        const Dialback::Message read = Dialback::Message::fromElement(*again.first());
        Fuzz::require(read.kind == m.kind && read.from == m.from && read.to == m.to &&
                          read.id == m.id && read.type == m.type,
                      "a written dialback element reads back the same");
    }
    return 0;
}
