// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QXmlStreamWriter>

namespace Inspector {

struct StreamHeader;

/// Writes one XML stream document through QXmlStreamWriter and hands back the exact bytes of
/// each step, so that what is recorded is what is sent. A new instance per stream (restart).
class XmlWriter
{
public:
    XmlWriter();
    XmlWriter(const XmlWriter &) = delete;
    XmlWriter &operator=(const XmlWriter &) = delete;

    /// `<?xml version="1.0" encoding="UTF-8"?><stream:stream …>` with the start tag closed.
    QByteArray openStream(const StreamHeader &header);
    /// One top-level element inside the open stream.
    QByteArray write(const Element &element);
    /// `</stream:stream>`.
    QByteArray closeStream();

    /// The prefix a namespace is written with in this stream (stream:, db:), or empty.
    QString prefixFor(const QString &namespaceUri) const { return m_prefixes.value(namespaceUri); }

    /// A standalone element, declaring every namespace it uses; indented for reading if asked.
    static QByteArray serialize(const Element &element, bool indent = false);

private:
    QByteArray take();
    void writeElement(const Element &element, const QString &defaultNs);

    QByteArray m_bytes;
    QBuffer m_buffer;
    QXmlStreamWriter m_writer;
    QHash<QString, QString> m_prefixes; // namespace URI -> prefix declared on the stream root
    QString m_contentNamespace;
    bool m_open = false;
};

} // namespace Inspector
