// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamparser.h"

#include "protocol/namespaces.h"

#include <QXmlStreamReader>

namespace Inspector {

namespace {
// The reader is given at most this much per addData(), so the size limits are checked at least
// this often and an oversized stanza is refused after at most one slice past its limit.
constexpr qint64 FeedSlice = 64 * 1024;

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 1; // stray continuation or invalid byte: the reader rejects it as mis-encoded
}
} // namespace

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
    }
    return QStringLiteral("undefined-condition");
}

StreamParser::StreamParser(QObject *parent)
    : QObject(parent)
{
    restart();
}

StreamParser::~StreamParser() = default;

void StreamParser::feed(const QByteArray &bytes)
{
    if (m_failed || bytes.isEmpty())
        return;
    m_buf.append(bytes);
    if (m_inProcess)
        return; // a slot fed us while we were emitting: the running loop picks the bytes up
    process();
}

void StreamParser::requestRestart(RestartMode mode)
{
    m_restartRequested = true;
    m_restartMode = mode;
    if (!m_inProcess) {
        process();
    }
}

void StreamParser::process()
{
    m_inProcess = true;
    while (!m_failed) {
        if (m_restartRequested) {
            restart();
            continue;
        }
        bool needMore = true;
        while (!m_failed && !m_restartRequested) {
            const auto token = m_reader->readNext();
            if (m_reader->error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                // The reader reports character data only once it sees what follows; a
                // keepalive between stanzas is recorded when it arrives, not with the next one.
                if (m_depth == 1 && m_elementStart < 0)
                    emitWhitespace();
                break;
            }
            if (m_reader->hasError()) {
                const QString msg = m_reader->errorString();
                // RFC 6120 §11.1: an undeclared entity is a reference beyond the predefined five.
                const bool entity = msg.contains(QLatin1String("ntity"));
                const qint64 at = advanceToCharOffset(m_reader->characterOffset());
                fail(entity ? ParseError::Kind::RestrictedXml : ParseError::Kind::NotWellFormed,
                     msg, m_base + at);
                break;
            }
            if (token == QXmlStreamReader::EndDocument) {
                needMore = false;
                break;
            }
            if (!handleToken(token))
                break;
        }
        if (m_failed || m_restartRequested)
            continue;
        if (!needMore || !checkOpenBytes())
            break;
        if (m_fed >= m_buf.size())
            break;
        const qint64 n = qMin(FeedSlice, m_buf.size() - m_fed);
        m_reader->addData(m_buf.mid(m_fed, n));
        m_fed += n;
    }
    compact();
    m_inProcess = false;
}

bool StreamParser::checkOpenBytes()
{
    const qint64 start = m_elementStart >= 0 ? m_elementStart : m_pos;
    const qint64 open = m_fed - start;
    if (!m_headerSeen && open > m_limits.maxHeaderBytes) {
        fail(ParseError::Kind::PolicyViolation,
             QStringLiteral("The stream header exceeds the limit of %1 bytes.")
                 .arg(m_limits.maxHeaderBytes),
             m_base + start);
        return false;
    }
    if (m_headerSeen && open > m_limits.maxStanzaBytes) {
        fail(ParseError::Kind::PolicyViolation,
             QStringLiteral("A stanza exceeds the size limit of %1 bytes.")
                 .arg(m_limits.maxStanzaBytes),
             m_base + start);
        return false;
    }
    return true;
}

bool StreamParser::handleToken(int t)
{
    QXmlStreamReader &r = *m_reader;
    switch (static_cast<QXmlStreamReader::TokenType>(t)) {
    case QXmlStreamReader::StartDocument:
        return true;
    case QXmlStreamReader::DTD:
        fail(ParseError::Kind::RestrictedXml,
             QStringLiteral("The peer sent a document type declaration (RFC 6120 §11.1)."),
             m_base + m_pos);
        return false;
    case QXmlStreamReader::Comment:
        fail(ParseError::Kind::RestrictedXml,
             QStringLiteral("The peer sent an XML comment (RFC 6120 §11.1)."), m_base + m_pos);
        return false;
    case QXmlStreamReader::ProcessingInstruction:
        fail(ParseError::Kind::RestrictedXml,
             QStringLiteral("The peer sent a processing instruction (RFC 6120 §11.1)."),
             m_base + m_pos);
        return false;
    case QXmlStreamReader::EntityReference:
        fail(ParseError::Kind::RestrictedXml,
             QStringLiteral("The peer sent an entity reference (RFC 6120 §11.1)."),
             m_base + m_pos);
        return false;
    case QXmlStreamReader::StartElement: {
        if (m_depth == 0) {
            const qint64 end = advanceToCharOffset(r.characterOffset());
            if (r.name() != QLatin1String("stream") || r.namespaceUri() != Ns::Streams) {
                fail(r.name() == QLatin1String("stream") ? ParseError::Kind::InvalidNamespace
                                                          : ParseError::Kind::BadFormat,
                     QStringLiteral("The stream root is {%1}%2, not {%3}stream.")
                         .arg(r.namespaceUri().toString(), r.name().toString(), Ns::Streams),
                     m_base + end);
                return false;
            }
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
                XmlAttribute x{a.namespaceUri().toString(), a.name().toString(),
                               a.value().toString()};
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
        if (m_depth == 1) {
            emitWhitespace();
            m_elementStart = m_pos;
        }
        if (m_depth - 1 >= m_limits.maxDepth) {
            fail(ParseError::Kind::PolicyViolation,
                 QStringLiteral("Elements are nested deeper than the limit of %1.")
                     .arg(m_limits.maxDepth),
                 m_base + m_elementStart);
            return false;
        }
        const auto attrs = r.attributes();
        if (attrs.size() > m_limits.maxAttributes) {
            fail(ParseError::Kind::PolicyViolation,
                 QStringLiteral("An element has %1 attributes, more than the limit of %2.")
                     .arg(attrs.size())
                     .arg(m_limits.maxAttributes),
                 m_base + m_elementStart);
            return false;
        }
        Element e(r.namespaceUri().toString(), r.name().toString());
        e.setPrefix(r.prefix().toString());
        for (const QXmlStreamAttribute &a : attrs)
            e.setAttributeNs(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
        m_stack.append(std::move(e));
        ++m_depth;
        return true;
    }
    case QXmlStreamReader::EndElement: {
        if (m_depth == 1) {
            emitWhitespace();
            const qint64 end = advanceToCharOffset(r.characterOffset());
            const QByteArray raw = m_buf.mid(m_pos, end - m_pos);
            const qint64 offset = m_base + m_pos;
            m_pos = end;
            m_depth = 0;
            m_closed = true;
            Q_EMIT streamClosed(raw, offset);
            return true;
        }
        --m_depth;
        ElementPtr done = m_stack.takeLast().share();
        if (!m_stack.isEmpty()) {
            m_stack.last().appendChild(std::move(done));
            return true;
        }
        const qint64 end = advanceToCharOffset(r.characterOffset());
        const QByteArray raw = m_buf.mid(m_elementStart, end - m_elementStart);
        const qint64 offset = m_base + m_elementStart;
        m_pos = end;
        m_elementStart = -1;
        Q_EMIT elementReceived(done, raw, offset);
        return true;
    }
    case QXmlStreamReader::Characters:
        if (m_depth >= 2) {
            m_stack.last().appendText(r.text().toString());
            return true;
        }
        if (!r.isWhitespace()) {
            fail(ParseError::Kind::BadFormat,
                 QStringLiteral("The peer sent character data between top-level elements."),
                 m_base + m_pos);
            return false;
        }
        if (m_depth == 1)
            emitWhitespace();
        return true;
    case QXmlStreamReader::EndDocument:
    case QXmlStreamReader::NoToken:
    case QXmlStreamReader::Invalid:
        return true;
    }
    return true;
}

void StreamParser::emitWhitespace()
{
    // Whitespace between stanzas is a keepalive (RFC 6120 §4.6.1); it is ASCII, one byte a char.
    qint64 end = m_pos;
    while (end < m_fed && isXmlSpace(m_buf.at(end)))
        ++end;
    if (end == m_pos)
        return;
    const QByteArray raw = m_buf.mid(m_pos, end - m_pos);
    const qint64 offset = m_base + m_pos;
    m_charPos += end - m_pos;
    m_pos = end;
    Q_EMIT whitespaceReceived(raw, offset);
}

qint64 StreamParser::advanceToCharOffset(qint64 charOffset)
{
    // characterOffset() counts UTF-16 units of the decoded input, not bytes: walk the UTF-8.
    qint64 pos = m_pos;
    qint64 chars = m_charPos;
    while (chars < charOffset && pos < m_fed) {
        const int len = utf8SequenceLength(static_cast<unsigned char>(m_buf.at(pos)));
        pos += len;
        chars += (len == 4) ? 2 : 1;
    }
    m_charPos = chars;
    return qMin(pos, m_fed);
}

void StreamParser::restart()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_reader->setNamespaceProcessing(true);
    if (m_restartRequested && m_restartMode == RestartMode::DiscardPending && m_pos < m_buf.size()) {
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
    m_depth = 0;
    m_stack.clear();
    m_headerSeen = false;
    m_closed = false;
}

void StreamParser::fail(ParseError::Kind kind, const QString &message, qint64 offset)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT parseError(ParseError{kind, message, offset});
}

void StreamParser::compact()
{
    const qint64 keep = m_elementStart >= 0 ? qMin(m_elementStart, m_pos) : m_pos;
    if (keep <= 0)
        return;
    m_buf.remove(0, keep);
    m_base += keep;
    m_pos -= keep;
    m_fed -= keep;
    if (m_elementStart >= 0)
        m_elementStart -= keep;
    if (m_failed)
        m_buf.clear();
}

} // namespace Inspector
