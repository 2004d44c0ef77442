// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/streamparser.h"

#include <QByteArray>
#include <QVector>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Inspector::Fuzz {

inline QByteArray toByteArray(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A property the code under test promises for every input. When it does not hold, the run
/// stops like a crash, so libFuzzer keeps the input that broke it.
inline void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: property violated: %s\n", what);
    std::abort();
}

/// A server stream's header with the namespaces servers declare (content, streams, dialback):
/// what a peer would have sent before the elements a target is given.
inline const QByteArray ServerStreamHeader =
    "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams' "
    "xmlns:db='jabber:server:dialback' version='1.0'>";

/// The top-level elements of `body`, parsed as the content of a server stream.
inline QVector<ElementPtr> elementsIn(const QByteArray &body)
{
    StreamParser parser;
    QVector<ElementPtr> out;
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&out](const ElementPtr &e, const QByteArray &, qint64) { out.append(e); });
    parser.feed(ServerStreamHeader + body);
    return out;
}

/// Calls `visit` on `e` and every element below it, parents first.
template<typename Visit> void forEachElement(const ElementPtr &e, const Visit &visit)
{
    visit(*e);
    for (const ElementPtr &c : e->children())
        forEachElement(c, visit);
}

} // namespace Inspector::Fuzz
