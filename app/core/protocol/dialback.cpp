// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialback.h"

#include "xml/namespaces.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Inspector::Dialback {

QString key(const QByteArray &secret, const QString &receiving, const QString &originating,
            const QString &streamId)
{
    const QByteArray hmacKey = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
    const QByteArray message =
        (receiving + QLatin1Char(' ') + originating + QLatin1Char(' ') + streamId).toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, hmacKey, QCryptographicHash::Sha256).toHex());
}

bool keysEqual(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

QString normalizedDomain(const QString &domain)
{
    QString d = domain.toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

bool Message::answers(const Message &request) const
{
    if (isRequest() || kind != request.kind || from.isEmpty() || to.isEmpty())
        return false;
    // Domains are compared as domains (RFC 7622 §3.2); a stream id exactly.
    if (normalizedDomain(from) != normalizedDomain(request.to) ||
        normalizedDomain(to) != normalizedDomain(request.from))
        return false;
    return kind == Kind::Result || id == request.id;
}

QString Message::describe() const
{
    QString s = kind == Kind::Verify ? QStringLiteral("db:verify") : QStringLiteral("db:result");
    s += QStringLiteral(" from='%1' to='%2'").arg(from, to);
    if (kind == Kind::Verify)
        s += QStringLiteral(" id='%1'").arg(id);
    if (!type.isEmpty())
        s += QStringLiteral(" type='%1'").arg(type);
    return s;
}

bool Message::isDialback(const Element &e)
{
    return e.namespaceUri() == Ns::Dialback &&
           (e.name() == QLatin1String("result") || e.name() == QLatin1String("verify"));
}

Message Message::fromElement(const Element &e)
{
    Message m;
    m.kind = e.name() == QLatin1String("verify") ? Kind::Verify : Kind::Result;
    m.from = e.attribute(u"from");
    m.to = e.attribute(u"to");
    m.id = e.attribute(u"id");
    m.type = e.attribute(u"type");
    m.key = e.text().trimmed();
    // XEP-0220 §2.5: the <error/> child is "implicitly qualified by the 'jabber:server'
    // namespace" (unprefixed inside <db:result/>); some servers put it in the dialback
    // namespace instead. Either is read.
    for (const ElementPtr &c : e.children()) {
        if (c->is(Ns::Server, u"error") || c->is(Ns::Dialback, u"error")) {
            m.error = StanzaError::fromElement(*c);
            break;
        }
    }
    return m;
}

Element Message::toElement() const
{
    Element e(Ns::Dialback,
              kind == Kind::Verify ? QStringLiteral("verify") : QStringLiteral("result"));
    e.setAttribute(QStringLiteral("from"), from);
    e.setAttribute(QStringLiteral("to"), to);
    if (!id.isEmpty())
        e.setAttribute(QStringLiteral("id"), id);
    if (!type.isEmpty())
        e.setAttribute(QStringLiteral("type"), type);
    if (!key.isEmpty())
        e.appendText(key);
    return e;
}

} // namespace Inspector::Dialback
