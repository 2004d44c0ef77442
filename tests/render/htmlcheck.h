// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an HTML report back (it is XHTML-compatible): the text of a section, the cells of
// its tables, the elements of a class, as a person reading the page would find them.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>

namespace HtmlCheck {

/// One element of the page: its name, classes, id, and all the text inside it.
struct Node
{
    QString name, id, section; // section: the id of the <section> it is in
    QStringList classes;
    QString text;
    QStringList attributes; // "name=value"
};

/// Every element of the page in document order; an empty list and `error` set if the page
/// does not parse.
inline QVector<Node> parse(const QByteArray &html, QString *error)
{
    QVector<Node> nodes;
    QVector<int> open; // indexes into nodes
    QString section;
    QXmlStreamReader r(html);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            Node n;
            n.name = r.name().toString();
            n.id = r.attributes().value(QLatin1String("id")).toString();
            n.classes = r.attributes()
                            .value(QLatin1String("class"))
                            .toString()
                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QXmlStreamAttribute &a : r.attributes())
                n.attributes << a.qualifiedName().toString() + QLatin1Char('=') + a.value();
            if (n.name == QLatin1String("section"))
                section = n.id;
            n.section = section;
            open.append(int(nodes.size()));
            nodes.append(n);
        } else if (r.isEndElement()) {
            if (nodes.at(open.last()).name == QLatin1String("section"))
                section.clear();
            open.removeLast();
        } else if (r.isCharacters()) {
            for (int i : std::as_const(open))
                nodes[i].text += r.text();
        }
    }
    if (r.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return {};
    }
    return nodes;
}

inline QVector<Node> withClass(const QVector<Node> &nodes, const QString &cssClass)
{
    QVector<Node> out;
    for (const Node &n : nodes) {
        if (n.classes.contains(cssClass))
            out.append(n);
    }
    return out;
}

inline QVector<Node> named(const QVector<Node> &nodes, const QString &name,
                           const QString &section = {})
{
    QVector<Node> out;
    for (const Node &n : nodes) {
        if (n.name == name && (section.isEmpty() || n.section == section))
            out.append(n);
    }
    return out;
}

inline QString sectionText(const QVector<Node> &nodes, const QString &id)
{
    for (const Node &n : nodes) {
        if (n.name == QLatin1String("section") && n.id == id)
            return n.text;
    }
    return {};
}

/// The rows of the tables in a section, each a list of its cells' text (header rows too).
inline QVector<QStringList> tableRows(const QByteArray &html, const QString &sectionId)
{
    QVector<QStringList> rows;
    QXmlStreamReader r(html);
    QString section;
    int cellDepth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("section"))
                section = r.attributes().value(QLatin1String("id")).toString();
            if (section != sectionId)
                continue;
            if (r.name() == QLatin1String("tr"))
                rows.append(QStringList());
            if (r.name() == QLatin1String("td") || r.name() == QLatin1String("th")) {
                rows.last().append(QString());
                ++cellDepth;
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("td") || r.name() == QLatin1String("th"))
                cellDepth = qMax(0, cellDepth - 1);
        } else if (r.isCharacters() && cellDepth > 0 && section == sectionId) {
            rows.last().last() += r.text();
        }
    }
    return rows;
}

} // namespace HtmlCheck
