// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlwriter.h"

#include "xml/namespaces.h"
#include "xml/streamheader.h"

namespace Inspector {

XmlWriter::XmlWriter()
    : m_buffer(&m_bytes)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setDevice(&m_buffer);
    m_writer.setAutoFormatting(false);
}

QByteArray XmlWriter::take()
{
    QByteArray out = m_bytes;
    m_bytes.clear();
    m_buffer.seek(0);
    return out;
}

QByteArray XmlWriter::openStream(const StreamHeader &header)
{
    m_writer.writeStartDocument(QStringLiteral("1.0"));
    m_prefixes.clear();
    m_prefixes.insert(Ns::Streams, QStringLiteral("stream"));
    m_writer.writeNamespace(Ns::Streams, QStringLiteral("stream"));
    // XEP-0220 §2.4.1: the db prefix is declared on the header of any entity that sends db:*.
    for (auto it = header.prefixedNamespaces.cbegin(); it != header.prefixedNamespaces.cend();
         ++it) {
        m_prefixes.insert(it.value(), it.key());
        m_writer.writeNamespace(it.value(), it.key());
    }
    m_writer.writeStartElement(Ns::Streams, QStringLiteral("stream"));
    m_contentNamespace = header.contentNamespace;
    if (!m_contentNamespace.isEmpty())
        m_writer.writeDefaultNamespace(m_contentNamespace);
    if (!header.from.isEmpty())
        m_writer.writeAttribute(QStringLiteral("from"), header.from);
    if (!header.to.isEmpty())
        m_writer.writeAttribute(QStringLiteral("to"), header.to);
    if (!header.id.isEmpty())
        m_writer.writeAttribute(QStringLiteral("id"), header.id);
    if (!header.version.isEmpty())
        m_writer.writeAttribute(QStringLiteral("version"), header.version);
    if (!header.lang.isEmpty())
        m_writer.writeAttribute(Ns::Xml, QStringLiteral("lang"), header.lang);
    m_writer.writeCharacters(QString()); // closes the start tag: the stream stays open
    m_open = true;
    return take();
}

QByteArray XmlWriter::write(const Element &element)
{
    writeElement(element, m_contentNamespace);
    return take();
}

QByteArray XmlWriter::closeStream()
{
    if (!m_open)
        return {};
    m_open = false;
    m_writer.writeEndElement();
    return take();
}

QByteArray XmlWriter::serialize(const Element &element, bool indent)
{
    XmlWriter w;
    if (indent) {
        w.m_writer.setAutoFormatting(true);
        w.m_writer.setAutoFormattingIndent(2);
    }
    w.writeElement(element, QString());
    return w.take();
}

void XmlWriter::writeElement(const Element &e, const QString &defaultNs)
{
    QString childDefault = defaultNs;
    const auto prefix = m_prefixes.constFind(e.namespaceUri());
    if (e.namespaceUri() == defaultNs) {
        m_writer.writeStartElement(e.name());
    } else if (prefix != m_prefixes.cend()) {
        m_writer.writeStartElement(e.namespaceUri(), e.name());
    } else if (!e.prefix().isEmpty() && e.prefix() != QLatin1String("xmlns")) {
        m_writer.writeNamespace(e.namespaceUri(), e.prefix());
        m_writer.writeStartElement(e.namespaceUri(), e.name());
    } else {
        m_writer.writeStartElement(e.name());
        m_writer.writeDefaultNamespace(e.namespaceUri());
        childDefault = e.namespaceUri();
    }
    for (const XmlAttribute &a : e.attributes()) {
        if (a.namespaceUri.isEmpty())
            m_writer.writeAttribute(a.name, a.value);
        else
            m_writer.writeAttribute(a.namespaceUri, a.name, a.value);
    }
    if (!e.text().isEmpty())
        m_writer.writeCharacters(e.text());
    for (const ElementPtr &c : e.children())
        writeElement(*c, childDefault);
    m_writer.writeEndElement();
}

} // namespace Inspector
