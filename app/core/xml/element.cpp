// SPDX-License-Identifier: GPL-3.0-or-later
#include "element.h"

#include "xmlwriter.h"

namespace Inspector {

bool Element::is(QStringView namespaceUri, QStringView name) const
{
    return m_name == name && m_namespaceUri == namespaceUri;
}

QString Element::attribute(QStringView name) const
{
    return attributeNs({}, name);
}

bool Element::hasAttribute(QStringView name) const
{
    for (const XmlAttribute &a : m_attributes) {
        if (a.namespaceUri.isEmpty() && a.name == name)
            return true;
    }
    return false;
}

QString Element::attributeNs(QStringView namespaceUri, QStringView name) const
{
    for (const XmlAttribute &a : m_attributes) {
        if (a.name == name && a.namespaceUri == namespaceUri)
            return a.value;
    }
    return {};
}

ElementPtr Element::firstChild(QStringView namespaceUri, QStringView name) const
{
    for (const ElementPtr &c : m_children) {
        if (c->is(namespaceUri, name))
            return c;
    }
    return {};
}

ElementPtr Element::firstChild(QStringView namespaceUri) const
{
    for (const ElementPtr &c : m_children) {
        if (namespaceUri.isNull() || c->namespaceUri() == namespaceUri)
            return c;
    }
    return {};
}

QVector<ElementPtr> Element::childrenNamed(QStringView namespaceUri, QStringView name) const
{
    QVector<ElementPtr> out;
    for (const ElementPtr &c : m_children) {
        if (c->is(namespaceUri, name))
            out.append(c);
    }
    return out;
}

QByteArray Element::toXml(bool indent) const
{
    return XmlWriter::serialize(*this, indent);
}

Element &Element::setPrefix(const QString &prefix)
{
    m_prefix = prefix;
    return *this;
}

Element &Element::setAttribute(const QString &name, const QString &value)
{
    return setAttributeNs({}, name, value);
}

Element &Element::setAttributeNs(const QString &namespaceUri, const QString &name,
                                 const QString &value)
{
    for (XmlAttribute &a : m_attributes) {
        if (a.name == name && a.namespaceUri == namespaceUri) {
            a.value = value;
            return *this;
        }
    }
    m_attributes.append({namespaceUri, name, value});
    return *this;
}

Element &Element::appendChild(ElementPtr child)
{
    if (child)
        m_children.append(std::move(child));
    return *this;
}

Element &Element::appendChild(Element child)
{
    return appendChild(std::move(child).share());
}

Element &Element::appendText(QString &&text)
{
    if (m_text.isEmpty())
        m_text = std::move(text);
    else
        m_text += text;
    return *this;
}

Element &Element::appendText(const QString &text)
{
    if (m_text.isEmpty())
        m_text = text; // shares the characters
    else
        m_text += text;
    return *this;
}

} // namespace Inspector
