// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <type_traits>

class QJsonValue;
struct QMetaObject;

namespace Inspector {

/**
 * A text the engine says (a note): its English source, the translation context and the
 * arguments, translated only when shown. A transcript written by a German window therefore
 * holds the same English text and the same phrase as one written by the CLI, and a French
 * window shows it in French.
 *
 * The source is marked for lupdate where it is written, with QT_TR_NOOP (or QT_TR_N_NOOP for a
 * "%n" plural) inside the class whose context it is:
 *
 *     note(Phrase::of(staticMetaObject, QT_TR_NOOP("The peer answers as '%1'."), {from}));
 *
 * An argument is itself a phrase: a literal (a domain, a peer's text, a number) is shown as it
 * is; a translated one (an explanation from another context) is translated in turn.
 */
class Phrase
{
public:
    Phrase() = default;
    /// A literal, shown as it is. Implicit: most arguments are literals.
    Phrase(const QString &literal)
        : m_source(literal)
    {}
    /// A number, as QString::number writes it (and QString::arg would have).
    template<typename N, std::enable_if_t<std::is_integral_v<N> && !std::is_same_v<N, bool> &&
                                              !std::is_same_v<N, char>,
                                          bool> = true>
    Phrase(N number)
        : m_source(QString::number(number))
    {}
    Phrase(const char *context, const char *source, QList<Phrase> args = {}, int n = -1);
    /// A source marked with QT_TR_NOOP in the class `context` belongs to.
    static Phrase of(const QMetaObject &context, const char *source, QList<Phrase> args = {},
                     int n = -1);

    /// The items one after the other with "; " between them, each translated in turn (at most
    /// 99: the rest are left out).
    static Phrase list(QList<Phrase> items);

    bool isLiteral() const { return m_context.isEmpty(); }
    bool isEmpty() const { return m_source.isEmpty(); }
    /// The text in English (as the CLI prints it and transcripts store it). Both renderings
    /// stop at 64 Ki characters with "…" (arguments may repeat and nest).
    QString english() const;
    /// The text in the interface's language (the installed translators).
    QString display() const;

    /// A literal as its string; a phrase as {"ctx", "src", "args", "n"}.
    QJsonValue toJson() const;
    /// Anything unreadable becomes an empty literal (the caller falls back on the stored text).
    static Phrase fromJson(const QJsonValue &v);

    bool operator==(const Phrase &o) const
    {
        return m_context == o.m_context && m_source == o.m_source && m_args == o.m_args &&
               m_n == o.m_n;
    }
    bool operator!=(const Phrase &o) const { return !(*this == o); }

private:
    QString render(bool translate, qsizetype *budget) const;
    static Phrase fromJson(const QJsonValue &v, int depth);

    QString m_context; // empty: a literal
    QString m_source;
    QList<Phrase> m_args;
    int m_n = -1; // the count of a "%n" plural, or -1
};

} // namespace Inspector
