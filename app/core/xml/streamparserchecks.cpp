// SPDX-License-Identifier: GPL-3.0-or-later
// StreamParser, what happens once a stream or once at a fault, out of the per-token path in
// streamparser.cpp: restarts, the stream header and its checks, the encoding, restricted XML
// (RFC 6120 §11.1), the size limits, the names QXmlStreamReader lets through, and the errors.
#include "streamparser.h"

#include "xml/namespaces.h"
#include "xml/xmlchars.h"

#include <QXmlStreamReader>

namespace Inspector {

QString ParseError::condition() const
{
    switch (kind) {
    case Kind::NotWellFormed:
        return QStringLiteral("not-well-formed");
    case Kind::RestrictedXml:
        return QStringLiteral("restricted-xml");
    case Kind::InvalidNamespace:
        return QStringLiteral("invalid-namespace");
    case Kind::BadFormat:
        return QStringLiteral("bad-format");
    case Kind::PolicyViolation:
        return QStringLiteral("policy-violation");
    case Kind::UnsupportedEncoding:
        return QStringLiteral("unsupported-encoding");
    }
    return QStringLiteral("undefined-condition");
}

bool StreamParser::isStanza(const Element &e)
{
    const QString &ns = e.namespaceUri();
    if (ns != Ns::Client && ns != Ns::Server)
        return false;
    const QString &name = e.name();
    return name == QLatin1String("message") || name == QLatin1String("presence") ||
           name == QLatin1String("iq");
}

void StreamParser::restart()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_reader->setNamespaceProcessing(true);
    if (m_restartRequested && m_restartMode == RestartMode::DiscardPending &&
        m_pos < m_buf.size()) {
        const QByteArray pending = m_buf.mid(m_pos);
        const qint64 offset = m_base + m_pos;
        m_pos = m_buf.size();
        m_restartRequested = false;
        Q_EMIT pendingDiscarded(pending, offset);
    }
    m_restartRequested = false;
    m_fed = m_pos;
    m_charPos = 0;
    m_elementStart = -1;
    m_spaceRun = 0;
    m_depth = 0;
    m_stack.clear();
    m_children.clear();
    m_childStart.clear();
    m_skipping = false;
    m_headerSeen = false;
    m_closed = false;
}

bool StreamParser::openStream()
{
    QXmlStreamReader &r = *m_reader;
    const qint64 end = advanceToCharOffset(r.characterOffset());
    // A header that ends within the slice after its limit is refused all the same.
    if (end - m_pos > m_limits.maxHeaderBytes) {
        fail(ParseError::Kind::PolicyViolation,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The stream header exceeds the limit of %1 bytes."),
                        {QString::number(m_limits.maxHeaderBytes)}),
             m_base + m_pos);
        return false;
    }
    if (r.attributes().size() > m_limits.maxAttributes) {
        fail(ParseError::Kind::PolicyViolation,
             Phrase::of(
                 staticMetaObject,
                 QT_TR_NOOP("The stream header has %1 attributes, more than the limit "
                            "of %2."),
                 {QString::number(r.attributes().size()), QString::number(m_limits.maxAttributes)}),
             m_base + m_pos);
        return false;
    }
    if (r.name() != m_rootName || r.namespaceUri() != m_rootNamespace) {
        fail(r.name() == m_rootName ? ParseError::Kind::InvalidNamespace
                                    : ParseError::Kind::BadFormat,
             Phrase::of(
                 staticMetaObject, QT_TR_NOOP("The stream root is {%1}%2, not {%3}%4."),
                 {r.namespaceUri().toString(), r.name().toString(), m_rootNamespace, m_rootName}),
             m_base + end);
        return false;
    }
    const QXmlStreamAttributes attributes = r.attributes();
    if (!checkNames(&attributes, end))
        return false;
    StreamHeader h;
    h.streamNamespace = r.namespaceUri().toString();
    const QString rootPrefix = r.prefix().toString();
    const auto decls = r.namespaceDeclarations();
    for (const QXmlStreamNamespaceDeclaration &d : decls) {
        if (d.prefix().isEmpty())
            h.contentNamespace = d.namespaceUri().toString();
        else if (d.prefix() != rootPrefix)
            h.prefixedNamespaces.insert(d.prefix().toString(), d.namespaceUri().toString());
    }
    const auto attrs = r.attributes();
    for (const QXmlStreamAttribute &a : attrs) {
        XmlAttribute x{a.namespaceUri().toString(), a.name().toString(), a.value().toString()};
        if (x.namespaceUri.isEmpty()) {
            if (x.name == QLatin1String("from"))
                h.from = x.value;
            else if (x.name == QLatin1String("to"))
                h.to = x.value;
            else if (x.name == QLatin1String("id"))
                h.id = x.value;
            else if (x.name == QLatin1String("version"))
                h.version = x.value;
        } else if (x.namespaceUri == Ns::Xml && x.name == QLatin1String("lang")) {
            h.lang = x.value;
        }
        h.attributes.append(std::move(x));
    }
    const QByteArray raw = m_buf.mid(m_pos, end - m_pos);
    const qint64 offset = m_base + m_pos;
    m_pos = end;
    m_depth = 1;
    m_headerSeen = true;
    Q_EMIT streamOpened(h, raw, offset);
    return true;
}

bool StreamParser::checkEncoding()
{
    QXmlStreamReader &r = *m_reader;
    // RFC 6120 §11.6: UTF-8 only. The reader would decode what follows by the declared
    // encoding, while the bytes are checked and counted as UTF-8.
    const QStringView encoding = r.documentEncoding();
    if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
        fail(ParseError::Kind::UnsupportedEncoding,
             Phrase::of(
                 staticMetaObject,
                 QT_TR_NOOP(
                     "The peer declared the encoding %1; XMPP streams are UTF-8 (RFC 6120 §11.6)."),
                 {encoding.toString()}),
             m_base + m_pos);
        return false;
    }
    return true;
}

void StreamParser::refuseRestricted(int token)
{
    // RFC 6120 §11.1: reported, never expanded.
    switch (static_cast<QXmlStreamReader::TokenType>(token)) {
    case QXmlStreamReader::DTD:
        fail(ParseError::Kind::RestrictedXml,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent a document type declaration (RFC 6120 §11.1).")),
             m_base + m_pos);
        break;
    case QXmlStreamReader::Comment:
        fail(ParseError::Kind::RestrictedXml,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent an XML comment (RFC 6120 §11.1).")),
             m_base + m_pos);
        break;
    case QXmlStreamReader::ProcessingInstruction:
        fail(ParseError::Kind::RestrictedXml,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent a processing instruction (RFC 6120 §11.1).")),
             m_base + m_pos);
        break;
    default:
        fail(ParseError::Kind::RestrictedXml,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent an entity reference (RFC 6120 §11.1).")),
             m_base + m_pos);
        break;
    }
}

void StreamParser::checkAfterEnd()
{
    // RFC 6120 §4.4: nothing follows the closing tag; XML 1.0 §2.8 allows whitespace there (and
    // comments and PIs, which §11.1 of RFC 6120 restricts). Checked here, not by the reader:
    // it stops at the document's end and reads on only if given more (Qt 6.4), so what it made
    // of these bytes depended on whether they came in the same read as the end.
    qint64 i = m_pos;
    while (i < m_buf.size() && XmlChars::isSpace(m_buf.at(i)))
        ++i;
    if (i < m_buf.size()) {
        fail(ParseError::Kind::NotWellFormed,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent data after the end of the stream.")),
             m_base + i);
    }
}

bool StreamParser::checkOpenBytes()
{
    const qint64 start = m_elementStart >= 0 ? m_elementStart : m_pos;
    const qint64 open = m_fed - start;
    if (!m_headerSeen && open > m_limits.maxHeaderBytes) {
        fail(ParseError::Kind::PolicyViolation,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The stream header exceeds the limit of %1 bytes."),
                        {QString::number(m_limits.maxHeaderBytes)}),
             m_base + start);
        return false;
    }
    if (m_headerSeen && open > m_limits.maxStanzaBytes) {
        fail(ParseError::Kind::PolicyViolation,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A stanza exceeds the size limit of %1 bytes."),
                        {QString::number(m_limits.maxStanzaBytes)}),
             m_base + start);
        return false;
    }
    return true;
}

qint64 StreamParser::attributeByteOffset(const QByteArray &qname, int skip, qint64 tagEnd)
{
    // The current start tag is the last '<' before the tag's end (the reader refuses one in a
    // value); the offset of that tag if the attribute is not found in it.
    const qint64 end = tagEnd >= 0 ? tagEnd : advanceToCharOffset(m_reader->characterOffset());
    const qint64 tag = qMax(m_buf.lastIndexOf('<', end - 1), qint64(0));
    const qint64 found =
        XmlChars::attributeOffset(QByteArrayView(m_buf.constData() + tag, end - tag), qname, skip);
    return found >= 0 ? tag + found : tag;
}

void StreamParser::failName(QStringView prefix, QStringView name, bool declaration, qint64 tagEnd)
{
    const qsizetype bad = XmlChars::firstNonNameChar(name);
    char32_t c = name.at(bad).unicode();
    if (name.at(bad).isHighSurrogate() && bad + 1 < name.size() &&
        name.at(bad + 1).isLowSurrogate())
        c = QChar::surrogateToUcs4(name.at(bad), name.at(bad + 1));
    const QByteArray qname =
        (prefix.isEmpty() ? QString() : prefix + u':').toUtf8() + name.toUtf8();
    qint64 at = attributeByteOffset(qname, 0, tagEnd);
    if (at >= 0 && m_buf.mid(at, qname.size()) == qname)
        at += qname.size() - name.mid(bad).toUtf8().size(); // the character's own offset
    const QString code = QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    fail(ParseError::Kind::NotWellFormed,
         declaration
             ? Phrase::of(
                   staticMetaObject,
                   QT_TR_NOOP("The peer sent a namespace prefix with the character U+%1, which XML "
                              "1.0 does not allow there (§2.3, fourth-edition name characters)."),
                   {code})
             : Phrase::of(
                   staticMetaObject,
                   QT_TR_NOOP("The peer sent an attribute name with the character U+%1, which XML "
                              "1.0 does not allow there (§2.3, fourth-edition name characters)."),
                   {code}),
         m_base + at);
}

bool StreamParser::undeclaredEntityAt(qint64 at) const
{
    // The reader stops at the ';' that ends the reference, or a byte or two after it (it may
    // have read on); the last '&' before that ';' starts it. A fault anywhere else is not a
    // reference, whatever bytes follow: the same fault however the input is split.
    constexpr qint64 MaxName = 256;
    constexpr qint64 ReadOn = 2;
    // Only bytes the reader has been given: one still to come must not decide.
    const qint64 last = qMin(at, m_fed) - 1;
    const qint64 semicolon = last < 0 ? -1 : m_buf.lastIndexOf(';', last);
    if (semicolon < 0 || at - semicolon > ReadOn)
        return false;
    const qint64 amp = m_buf.lastIndexOf('&', semicolon);
    if (amp < 0 || semicolon - amp > MaxName)
        return false;
    const QByteArray name = m_buf.mid(amp + 1, semicolon - amp - 1);
    // XML 1.0 §4.1: a reference is '&' Name ';' (without ':', Namespaces in XML §7); not a
    // character reference ('#'), nor one of the five predefined.
    if (!XmlChars::isNCName(QString::fromUtf8(name)))
        return false;
    for (const char *predefined : {"lt", "gt", "amp", "apos", "quot"}) {
        if (name == predefined)
            return false;
    }
    return true;
}

Phrase StreamParser::elementsLimitMessage() const
{
    return Phrase::of(staticMetaObject,
                      QT_TR_NOOP("The peer sent more than %1 top-level elements and keepalives "
                                 "on this connection (the limit)."),
                      {QString::number(m_limits.maxElements)});
}

void StreamParser::fail(ParseError::Kind kind, const Phrase &message, qint64 offset)
{
    if (m_failed)
        return;
    m_failed = true;
    ParseError error;
    error.kind = kind;
    error.message = message;
    error.offset = offset;
    // Handed over before compact() drops them: the caller records what led to the fault.
    const qint64 start = unreportedStart();
    error.unreported = m_buf.mid(start);
    error.unreportedOffset = m_base + start;
    Q_EMIT parseError(error);
}

} // namespace Inspector
