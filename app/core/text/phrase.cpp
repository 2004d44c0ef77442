// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrase.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <optional>

namespace Inspector {

namespace {
// What one note may grow to when shown. Arguments can repeat and nest, so a hostile transcript
// could otherwise make a short phrase render to gigabytes; every character appended at any
// level counts against this.
constexpr qsizetype MaxRenderedChars = 64 * 1024;
const QString Ellipsis = QStringLiteral("…");
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

Phrase Phrase::list(QList<Phrase> items)
{
    if (items.size() == 1)
        return items.first();
    items = items.mid(0, 99);
    QString pattern;
    for (int i = 1; i <= items.size(); ++i)
        pattern += (i > 1 ? QStringLiteral("; %") : QStringLiteral("%")) + QString::number(i);
    // No translation has this pattern as its source, so it stays as it is when shown.
    Phrase p;
    p.m_context = QStringLiteral("Inspector::Phrase");
    p.m_source = pattern;
    p.m_args = std::move(items);
    return p;
}

QString Phrase::render(bool translate, qsizetype *budget) const
{
    if (*budget <= 0)
        return {};
    if (isLiteral()) {
        const QString text = m_source.left(*budget);
        *budget -= text.size() + 1;
        return text.size() < m_source.size() ? text + Ellipsis : text;
    }
    QString pattern = m_source;
    if (translate) {
        // translate() puts the count in for "%n" itself.
        const QByteArray context = m_context.toLatin1(), source = m_source.toUtf8();
        pattern =
            QCoreApplication::translate(context.constData(), source.constData(), nullptr, m_n);
    }
    // %1…%99 replaced in one pass, as QString::arg(a, b, …) does (an argument's own "%2"
    // stays), and %n with the count; each argument rendered once, when first used.
    const int n = translate ? -1 : m_n;
    QList<std::optional<QString>> args(qMin<qsizetype>(m_args.size(), 99));
    QString out;
    const auto append = [&out, budget](const QString &text) {
        const QString part = text.left(qMax<qsizetype>(0, *budget));
        out += part;
        *budget -= part.size() + 1;
        return part.size() == text.size();
    };
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype percent = pattern.indexOf(QLatin1Char('%'), i);
        const qsizetype plainEnd = percent < 0 ? pattern.size() : percent;
        bool whole = append(pattern.mid(i, plainEnd - i));
        i = plainEnd;
        if (whole && percent >= 0) {
            qsizetype end = percent + 1;
            int number = 0;
            while (end < pattern.size() && end < percent + 3 && pattern.at(end).isDigit())
                number = number * 10 + pattern.at(end++).digitValue();
            if (n >= 0 && end == percent + 1 && end < pattern.size() &&
                pattern.at(end) == QLatin1Char('n')) {
                whole = append(QString::number(n));
                i = end + 1;
            } else if (number >= 1 && number <= args.size()) {
                std::optional<QString> &arg = args[number - 1];
                if (!arg)
                    arg = m_args.at(number - 1).render(translate, budget);
                whole = append(*arg);
                i = end;
            } else {
                whole = append(QStringLiteral("%"));
                i = percent + 1;
            }
        }
        if (!whole) {
            out += Ellipsis;
            break;
        }
    }
    return out;
}

QString Phrase::english() const
{
    qsizetype budget = MaxRenderedChars;
    return render(false, &budget);
}

QString Phrase::display() const
{
    qsizetype budget = MaxRenderedChars;
    return render(true, &budget);
}

} // namespace Inspector
