// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrase.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Inspector {

namespace {
/// Replaces %1…%99 in one pass, as QString::arg(a, b, …) does (an argument's own "%2" stays),
/// and %n with the count.
QString substitute(const QString &pattern, const QStringList &args, int n)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += c;
            continue;
        }
        const QChar next = pattern.at(i + 1);
        if (next == QLatin1Char('n') && n >= 0) {
            out += QString::number(n);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < pattern.size() && end < i + 3 && pattern.at(end).isDigit())
            number = number * 10 + pattern.at(end++).digitValue();
        if (number >= 1 && number <= args.size()) {
            out += args.at(number - 1);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

Phrase::Phrase(const char *context, const char *source, QList<Phrase> args, int n)
    : m_context(QString::fromLatin1(context))
    , m_source(QString::fromUtf8(source))
    , m_args(std::move(args))
    , m_n(n)
{}

Phrase Phrase::of(const QMetaObject &context, const char *source, QList<Phrase> args, int n)
{
    return Phrase(context.className(), source, std::move(args), n);
}

QString Phrase::render(bool translate) const
{
    if (isLiteral())
        return m_source;
    QStringList args;
    args.reserve(m_args.size());
    for (const Phrase &a : m_args)
        args << a.render(translate);
    if (!translate)
        return substitute(m_source, args, m_n);
    // translate() puts the count in for "%n" itself.
    const QByteArray context = m_context.toLatin1(), source = m_source.toUtf8();
    return substitute(
        QCoreApplication::translate(context.constData(), source.constData(), nullptr, m_n), args,
        -1);
}

QString Phrase::english() const
{
    return render(false);
}

QString Phrase::display() const
{
    return render(true);
}

} // namespace Inspector
