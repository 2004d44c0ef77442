// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidi.h"

#include "xml/namespaces.h"

#include <algorithm>

namespace Inspector {

Element Bidi::feature()
{
    return Element(Ns::BidiFeature, QStringLiteral("bidi"));
}

Element Bidi::request()
{
    return Element(Ns::Bidi, QStringLiteral("bidi"));
}

bool Bidi::isRequest(const Element &element)
{
    return element.is(Ns::Bidi, u"bidi");
}

QString Bidi::domainOf(const QString &jid)
{
    QString d = jid.section(QLatin1Char('/'), 0, 0);
    const qsizetype at = d.indexOf(QLatin1Char('@'));
    if (at >= 0)
        d = d.mid(at + 1);
    return d.toLower();
}

QString Bidi::key(const QString &from, const QString &to)
{
    return from + QStringLiteral(" → ") + to;
}

void Bidi::authorise(const QString &from, const QString &to)
{
    if (m_enabled)
        m_allowed.insert(key(domainOf(from), domainOf(to)));
}

bool Bidi::allows(const QString &fromJid, const QString &toJid) const
{
    return m_enabled && m_allowed.contains(key(domainOf(fromJid), domainOf(toJid)));
}

QStringList Bidi::pairs() const
{
    QStringList out(m_allowed.begin(), m_allowed.end());
    std::sort(out.begin(), out.end());
    return out;
}

bool Bidi::firstRefusal(const QString &fromJid, const QString &toJid)
{
    const QString k = key(domainOf(fromJid), domainOf(toJid));
    if (m_refused.contains(k))
        return false;
    m_refused.insert(k);
    return true;
}

} // namespace Inspector
