// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/streamparser.h"

#include <QVector>

namespace Inspector::Test {

/// Parses a captured stream (header first) and returns its top-level elements.
inline QVector<ElementPtr> topLevelElements(const QByteArray &stream)
{
    StreamParser parser;
    QVector<ElementPtr> out;
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&out](const ElementPtr &e, const QByteArray &, qint64) { out << e; });
    parser.feed(stream);
    return out;
}

/// Wraps elements captured from an s2s stream in Prosody's header so they can be parsed.
inline QByteArray inStream(const QByteArray &elements)
{
    return "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
           "id='x' from='a.localhost' xmlns='jabber:server' to='inspector.test' version='1.0' "
           "xml:lang='en' xmlns:db='jabber:server:dialback'>" +
           elements;
}

} // namespace Inspector::Test
