// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>
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
    // Most elements of XMPP have at most four attributes and four children: held inside the
    // element, they cost no allocation of their own.
    using Attributes = QVarLengthArray<XmlAttribute, 4>;
    using Children = QVarLengthArray<ElementPtr, 4>;

    Element() = default;
    Element(QString namespaceUri, QString name)
        : m_namespaceUri(std::move(namespaceUri))
        , m_name(std::move(name))
    {}

    const QString &namespaceUri() const { return m_namespaceUri; }
    const QString &name() const { return m_name; }
    /// Prefix used on the wire (informational only, never used for matching).
    const QString &prefix() const { return m_prefix; }
    const Attributes &attributes() const { return m_attributes; }
    const Children &children() const { return m_children; }
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
    Element &appendText(QString &&text);
    ElementPtr share() const & { return std::make_shared<const Element>(*this); }
    ElementPtr share() && { return std::make_shared<const Element>(std::move(*this)); }

    // For parsers, whose input already guarantees unique attribute names (XML 1.0 §3.1).
    void reserveAttributes(qsizetype n) { m_attributes.reserve(n); }
    void appendParsedAttribute(QString namespaceUri, QString name, QString value)
    {
        m_attributes.emplace_back(
            XmlAttribute{std::move(namespaceUri), std::move(name), std::move(value)});
    }
    void appendChildren(ElementPtr *first, ElementPtr *last)
    {
        m_children.reserve(m_children.size() + (last - first));
        for (; first != last; ++first)
            m_children.append(std::move(*first));
    }

private:
    QString m_namespaceUri;
    QString m_name;
    QString m_prefix;
    Attributes m_attributes;
    Children m_children;
    QString m_text;
};

} // namespace Inspector
