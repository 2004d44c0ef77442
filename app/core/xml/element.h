// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

namespace Inspector {

struct XmlAttribute
{
    QString namespaceUri; // empty for unqualified attributes
    QString name;         // local name
    QString value;
};

class Element;
using ElementPtr = std::shared_ptr<const Element>;

/// A small immutable XML element tree. Matching is always by namespace URI and local name.
class Element
{
public:
    Element() = default;
    Element(QString namespaceUri, QString name);

    const QString &namespaceUri() const { return m_namespaceUri; }
    const QString &name() const { return m_name; }
    /// Prefix used on the wire (informational only, never used for matching).
    const QString &prefix() const { return m_prefix; }
    const QVector<XmlAttribute> &attributes() const { return m_attributes; }
    const QVector<ElementPtr> &children() const { return m_children; }
    /// Concatenated character data directly inside this element.
    const QString &text() const { return m_text; }

    bool is(QStringView namespaceUri, QStringView name) const;
    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    QString attributeNs(QStringView namespaceUri, QStringView name) const;
    ElementPtr firstChild(QStringView namespaceUri, QStringView name) const;
    ElementPtr firstChild(QStringView namespaceUri = {}) const;
    QVector<ElementPtr> childrenNamed(QStringView namespaceUri, QStringView name) const;

    /// Serialises through QXmlStreamWriter (never by concatenation); namespaces declared as needed.
    QByteArray toXml(bool indent = false) const;

    // Building API, used by parsers and by code composing outgoing elements.
    Element &setPrefix(const QString &prefix);
    Element &setAttribute(const QString &name, const QString &value);
    Element &setAttributeNs(const QString &namespaceUri, const QString &name, const QString &value);
    Element &appendChild(ElementPtr child);
    Element &appendChild(Element child);
    Element &appendText(const QString &text);
    ElementPtr share() const & { return std::make_shared<const Element>(*this); }
    ElementPtr share() && { return std::make_shared<const Element>(std::move(*this)); }

    // For parsers, whose input already guarantees unique attribute names (XML 1.0 §3.1).
    void reserveAttributes(qsizetype n) { m_attributes.reserve(n); }
    void appendParsedAttribute(XmlAttribute attribute) { m_attributes.append(std::move(attribute)); }
    void setChildren(QVector<ElementPtr> children) { m_children = std::move(children); }

private:
    QString m_namespaceUri;
    QString m_name;
    QString m_prefix;
    QVector<XmlAttribute> m_attributes;
    QVector<ElementPtr> m_children;
    QString m_text;
};

} // namespace Inspector
