// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmetrics.h"

#include <QStringView>

#include <algorithm>

namespace Inspector {

namespace {
const QString Ellipsis = QStringLiteral("…");

bool breaksAfter(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/') ||
           c == QLatin1Char('=') || c == QLatin1Char(',') || c == QLatin1Char(':') ||
           c == QLatin1Char('_');
}

// East Asian Wide and Fullwidth blocks (UAX #11), which monospace fonts draw two cells wide.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || c > 0xFFFF;
}
} // namespace

int TextMetrics::longestFit(const QString &text, int from, double maxWidth) const
{
    // Searched around the guess the average character width gives: a few measures of short
    // strings rather than a bisection over the whole text (QFontMetricsF shapes each one).
    const int remaining = int(text.size()) - from;
    const double whole = width(text.mid(from));
    if (whole <= maxWidth)
        return remaining;
    if (maxWidth <= 0)
        return 0;
    int low = 0, high = remaining - 1; // fits: low; does not: above high
    int guess = std::clamp(int(remaining * maxWidth / whole), 0, high);
    for (int step = 1; low < high; step *= 2) {
        if (width(text.mid(from, guess)) <= maxWidth) {
            low = guess;
            guess = std::min(high, guess + step);
        } else {
            high = guess - 1;
            guess = std::max(low, guess - step);
        }
        if (guess == low && low < high)
            guess = (low + high + 1) / 2;
    }
    // Never between the two halves of a surrogate pair.
    if (low > 0 && text.at(from + low - 1).isHighSurrogate())
        --low;
    return low;
}

QString TextMetrics::elided(const QString &text, double maxWidth) const
{
    if (width(text) <= maxWidth)
        return text;
    const double room = maxWidth - width(Ellipsis);
    if (room < 0)
        return {};
    const int n = longestFit(text, 0, room);
    return QStringView(text).left(n).trimmed().toString() + Ellipsis;
}

QStringList TextMetrics::wrapped(const QString &text, double maxWidth, int maxLines) const
{
    QStringList lines;
    const int size = int(text.size());
    int at = 0;
    while (lines.size() < maxLines) {
        while (at < size && text.at(at).isSpace())
            ++at;
        if (at >= size)
            break;
        if (lines.size() == maxLines - 1) {
            const QString last = elided(text.mid(at), maxWidth);
            if (!last.isEmpty())
                lines << last;
            break;
        }
        const int fit = longestFit(text, at, maxWidth);
        if (fit == 0)
            break; // not even one character fits
        if (at + fit == size) {
            lines << text.mid(at);
            break;
        }
        // Break at the last space in what fits (or just after it), else after a punctuation.
        int cut = -1;
        for (int i = at + fit; i > at && cut < 0; --i) {
            if (text.at(i).isSpace())
                cut = i;
        }
        // A punctuation break only if it leaves the line half full: "id=" alone on a line
        // before a long key reads worse than the key broken anywhere.
        for (int i = at + fit; i > at + fit / 2 && cut < 0; --i) {
            if (breaksAfter(text.at(i - 1)))
                cut = i;
        }
        if (cut < 0)
            cut = at + fit;
        lines << QStringView(text).mid(at, cut - at).trimmed().toString();
        at = cut;
    }
    return lines;
}

MonospaceMetrics::MonospaceMetrics(double pixelSize, double advanceEm, double ascentEm,
                                   double descentEm)
    : m_pixelSize(pixelSize)
    , m_advance(advanceEm * pixelSize)
    , m_ascent(ascentEm * pixelSize)
    , m_descent(descentEm * pixelSize)
{}

int MonospaceMetrics::cells(const QString &text)
{
    int cells = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            cells += isWide(c) ? 2 : 1;
        }
    }
    return cells;
}

double MonospaceMetrics::width(const QString &text) const
{
    return cells(text) * m_advance;
}

} // namespace Inspector
