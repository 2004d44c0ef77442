// SPDX-License-Identifier: GPL-3.0-or-later
#include "fragment.h"

#include "xml/namespaces.h"
#include "xml/streamparser.h"

#include <QCoreApplication>

namespace Inspector::Fragment {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fragment)
};
} // namespace

bool parse(const QByteArray &text, const QString &contentNamespace, QVector<ElementPtr> *out,
           QString *error)
{
    if (text.size() > MaxBytes) {
        *error = Tr::tr("The text is larger than 1 MiB.");
        return false;
    }
    StreamParser parser;
    QVector<ElementPtr> elements;
    QString problem;
    QObject::connect(
        &parser, &StreamParser::elementReceived, &parser,
        [&elements](const ElementPtr &e, const QByteArray &, qint64) { elements.append(e); });
    // The stream header is ours (contentNamespace comes from the code, never from the user).
    const QByteArray head = "<stream:stream xmlns:stream='" + Ns::Streams.toUtf8() + "' xmlns='" +
                            contentNamespace.toUtf8() + "'>";
    QObject::connect(&parser, &StreamParser::parseError, &parser, [&](const ParseError &e) {
        // Offsets within the user's text, not the wrapper around it.
        problem = Tr::tr("%1 (at byte %2)")
                      .arg(e.message.display())
                      .arg(qMax<qint64>(0, e.offset - head.size()));
    });
    parser.feed(head);
    parser.feed(text);
    // Closing the stream makes an element left open a well-formedness error, not a silent loss.
    if (problem.isEmpty())
        parser.feed("</stream:stream>");
    if (!problem.isEmpty()) {
        *error = Tr::tr("Not well-formed XML: %1").arg(problem);
        return false;
    }
    if (elements.isEmpty()) {
        *error = Tr::tr("There is no element to send.");
        return false;
    }
    *out = elements;
    return true;
}

} // namespace Inspector::Fragment
