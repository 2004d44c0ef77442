// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamparser.h"

#include "xml/blockpool.h"
#include "xml/namespaces.h"
#include "xml/utf8.h"
#include "xml/xmlchars.h"

#include <QXmlStreamReader>

#include <cstring>
#include <utility>

namespace Inspector {

namespace {
// The reader is given at most this much per addData(), so the size limits are checked at least
// this often and an oversized stanza is refused after at most one slice past its limit.
constexpr qint64 FeedSlice = 64 * 1024;

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
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
    case Kind::UnsupportedEncoding:
        return QStringLiteral("unsupported-encoding");
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
        while (!m_failed && !m_restartRequested && !m_closed) {
            const auto token = m_reader->readNext();
            if (token == QXmlStreamReader::Invalid &&
                m_reader->error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                // The reader reports character data only once it sees what follows; a
                // keepalive between stanzas is recorded when it arrives, not with the next one.
                if (m_depth == 1 && m_elementStart < 0)
                    emitWhitespace();
                break;
            }
            if (token == QXmlStreamReader::Invalid) {
                const QString msg = m_reader->errorString();
                // RFC 6120 §11.1: an undeclared entity is a reference beyond the predefined five.
                const bool entity = msg.contains(QLatin1String("ntity"));
                const qint64 at = advanceToCharOffset(m_reader->characterOffset());
                fail(entity ? ParseError::Kind::RestrictedXml : ParseError::Kind::NotWellFormed,
                     msg, m_base + at);
                break;
            }
            if (token == QXmlStreamReader::EndDocument)
                break;
            if (!handleToken(token))
                break;
        }
        if (m_failed || m_restartRequested)
            continue;
        if (!checkOpenBytes())
            break;
        if (m_closed) {
            checkAfterEnd();
            break;
        }
        if (m_fed >= m_buf.size())
            break;
        // The bound on the whole connection: everything before it is parsed, the byte after
        // it is refused.
        const qint64 room = m_limits.maxConnectionBytes > 0
                                ? m_limits.maxConnectionBytes - (m_base + m_fed)
                                : FeedSlice;
        if (room <= 0) {
            fail(ParseError::Kind::PolicyViolation,
                 tr("The peer sent more than %1 bytes on this connection (the "
                    "limit).")
                     .arg(m_limits.maxConnectionBytes),
                 m_base + m_fed);
            break;
        }
        // QXmlStreamReader decodes all it is given before it reads a token from it: one bad
        // byte hides the good elements before it in the same chunk, and in any chunk but the
        // first it is not reported at all (Qt 6.4), so the stream would stall silently. The
        // reader gets whole, valid UTF-8 sequences only; the first invalid byte is refused
        // here, once everything before it has been parsed.
        bool invalid = false;
        const qint64 valid = Utf8::validPrefix(m_buf.constData() + m_fed,
                                               qMin(FeedSlice, m_buf.size() - m_fed), &invalid);
        if (valid == 0) {
            if (invalid) {
                fail(ParseError::Kind::NotWellFormed,
                     tr("The peer sent bytes that are not valid UTF-8 (RFC 6120 "
                        "§11.6)."),
                     m_base + m_fed);
            }
            break; // otherwise the rest of a character is still to come
        }
        qint64 n = qMin(valid, room);
        // QXmlStreamReader refuses "]]>" in character data only when it is given the three
        // bytes in one addData() (Qt 6.4): a chunk ends with ']' only if it has nothing else.
        qint64 cut = n;
        while (cut > 0 && m_buf.at(m_fed + cut - 1) == ']')
            --cut;
        if (cut > 0)
            n = cut;
        else if (m_fed + n == m_buf.size())
            break; // nothing but ']' so far: they wait for what follows them
        m_reader->addData(m_buf.mid(m_fed, n));
        m_fed += n;
    }
    compact();
    m_inProcess = false;
}

void StreamParser::checkAfterEnd()
{
    // RFC 6120 §4.4: nothing follows the closing tag; XML 1.0 §2.8 allows whitespace there (and
    // comments and PIs, which §11.1 of RFC 6120 restricts). Checked here, not by the reader:
    // it stops at the document's end and reads on only if given more (Qt 6.4), so what it made
    // of these bytes depended on whether they came in the same read as the end.
    qint64 i = m_pos;
    while (i < m_buf.size() && isXmlSpace(m_buf.at(i)))
        ++i;
    if (i < m_buf.size()) {
        fail(ParseError::Kind::NotWellFormed, tr("The peer sent data after the end of the stream."),
             m_base + i);
    }
}

bool StreamParser::checkOpenBytes()
{
    const qint64 start = m_elementStart >= 0 ? m_elementStart : m_pos;
    const qint64 open = m_fed - start;
    if (!m_headerSeen && open > m_limits.maxHeaderBytes) {
        fail(ParseError::Kind::PolicyViolation,
             tr("The stream header exceeds the limit of %1 bytes.").arg(m_limits.maxHeaderBytes),
             m_base + start);
        return false;
    }
    if (m_headerSeen && open > m_limits.maxStanzaBytes) {
        fail(ParseError::Kind::PolicyViolation,
             tr("A stanza exceeds the size limit of %1 bytes.").arg(m_limits.maxStanzaBytes),
             m_base + start);
        return false;
    }
    return true;
}

QString StreamParser::internText(QStringView text, bool asName)
{
    const qsizetype n = text.size();
    if (n > MaxInternedLength)
        return asName && !XmlChars::isNCName(text) ? QString() : text.toString();
    const char16_t *c = text.utf16();
    if (!m_recent)
        m_recent = std::make_unique<std::array<RecentSet, RecentSets>>();
    // Two entries per set, the one found last first: two names that land in the same set (as
    // in any table this size, a few of the hundred or so a stream uses do) do not push each
    // other out in turn.
    RecentSet &set =
        (*m_recent)[(size_t(n) * 131 + c[0] * 31 + c[n / 2] * 7 + c[n - 1]) % RecentSets];
    const auto same = [&](const Interned &s) {
        return s.text.size() == n && std::memcmp(s.text.constData(), c, size_t(n) * 2) == 0;
    };
    if (same(set[0]))
        return asName && !set[0].isName ? checkedName(set[0]) : set[0].text;
    if (same(set[1])) {
        std::swap(set[0], set[1]);
        return asName && !set[0].isName ? checkedName(set[0]) : set[0].text;
    }
    if (const auto it = m_interned.find(text); it != m_interned.end()) {
        if (asName && !it->isName) {
            if (!XmlChars::isNCName(text))
                return {};
            it->isName = true;
        }
        set[1] = std::exchange(set[0], it.value());
        return set[0].text;
    }
    if (asName && !XmlChars::isNCName(text))
        return {};
    if (m_interned.size() >= MaxInterned)
        return text.toString();
    Interned entry{text.toString(), asName};
    // The key views the characters of the stored value, which the table keeps alive.
    m_interned.insert(QStringView(entry.text), entry);
    set[1] = std::exchange(set[0], std::move(entry));
    return set[0].text;
}

QString StreamParser::checkedName(Interned &entry)
{
    // Seen before as a value or a text, not yet as a name.
    if (!XmlChars::isNCName(entry.text))
        return {};
    entry.isName = true;
    if (const auto it = m_interned.find(QStringView(entry.text)); it != m_interned.end())
        it->isName = true;
    return entry.text;
}

bool StreamParser::checkNames(bool attributeNames, qint64 tagEnd)
{
    // XML 1.0 §2.3, Namespaces in XML §3: the prefixes declared here (the ones used are
    // declared ones) and the attributes' local names. Element names the reader checks.
    QXmlStreamReader &r = *m_reader;
    const auto decls = r.namespaceDeclarations();
    for (qsizetype i = 0; i < decls.size(); ++i) {
        const QStringView prefix = decls.at(i).prefix();
        if (!prefix.isEmpty() && internName(prefix).isNull()) {
            failName(u"xmlns", prefix, true, tagEnd);
            return false;
        }
        // XML 1.0 §3.1 (Unique Att Spec): the reader lets a declaration repeat.
        for (qsizetype j = 0; j < i; ++j) {
            if (decls.at(j).prefix() == prefix) {
                const QString name =
                    prefix.isEmpty() ? QStringLiteral("xmlns") : QLatin1String("xmlns:") + prefix;
                fail(ParseError::Kind::NotWellFormed,
                     tr("The peer sent a start tag with the attribute %1 twice (XML 1.0 §3.1).")
                         .arg(name),
                     m_base + attributeByteOffset(name.toUtf8(), 1, tagEnd));
                return false;
            }
        }
    }
    if (!attributeNames)
        return true;
    const auto attrs = r.attributes();
    for (const QXmlStreamAttribute &a : attrs) {
        if (internName(a.name()).isNull()) {
            failName(a.prefix(), a.name(), false, tagEnd);
            return false;
        }
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
         declaration ? tr("The peer sent a namespace prefix with the character U+%1, which XML "
                          "1.0 does not allow there (§2.3, fourth-edition name characters).")
                           .arg(code)
                     : tr("The peer sent an attribute name with the character U+%1, which XML "
                          "1.0 does not allow there (§2.3, fourth-edition name characters).")
                           .arg(code),
         m_base + at);
}

bool StreamParser::handleToken(int t)
{
    QXmlStreamReader &r = *m_reader;
    switch (static_cast<QXmlStreamReader::TokenType>(t)) {
    case QXmlStreamReader::StartDocument: {
        // RFC 6120 §11.6: UTF-8 only. The reader would decode what follows by the declared
        // encoding, while the bytes are checked and counted as UTF-8.
        const QStringView encoding = r.documentEncoding();
        if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
            fail(ParseError::Kind::UnsupportedEncoding,
                 tr("The peer declared the encoding %1; XMPP streams are UTF-8 (RFC 6120 §11.6).")
                     .arg(encoding.toString()),
                 m_base + m_pos);
            return false;
        }
        return true;
    }
    case QXmlStreamReader::DTD:
        fail(ParseError::Kind::RestrictedXml,
             tr("The peer sent a document type declaration (RFC 6120 §11.1)."), m_base + m_pos);
        return false;
    case QXmlStreamReader::Comment:
        fail(ParseError::Kind::RestrictedXml, tr("The peer sent an XML comment (RFC 6120 §11.1)."),
             m_base + m_pos);
        return false;
    case QXmlStreamReader::ProcessingInstruction:
        fail(ParseError::Kind::RestrictedXml,
             tr("The peer sent a processing instruction (RFC 6120 §11.1)."), m_base + m_pos);
        return false;
    case QXmlStreamReader::EntityReference:
        fail(ParseError::Kind::RestrictedXml,
             tr("The peer sent an entity reference (RFC 6120 §11.1)."), m_base + m_pos);
        return false;
    case QXmlStreamReader::StartElement: {
        if (m_depth == 0) {
            const qint64 end = advanceToCharOffset(r.characterOffset());
            // A header that ends within the slice after its limit is refused all the same.
            if (end - m_pos > m_limits.maxHeaderBytes) {
                fail(ParseError::Kind::PolicyViolation,
                     tr("The stream header exceeds the limit of %1 bytes.")
                         .arg(m_limits.maxHeaderBytes),
                     m_base + m_pos);
                return false;
            }
            if (r.attributes().size() > m_limits.maxAttributes) {
                fail(ParseError::Kind::PolicyViolation,
                     tr("The stream header has %1 attributes, more than the limit "
                        "of %2.")
                         .arg(r.attributes().size())
                         .arg(m_limits.maxAttributes),
                     m_base + m_pos);
                return false;
            }
            if (r.name() != QLatin1String("stream") || r.namespaceUri() != Ns::Streams) {
                fail(r.name() == QLatin1String("stream") ? ParseError::Kind::InvalidNamespace
                                                         : ParseError::Kind::BadFormat,
                     tr("The stream root is {%1}%2, not {%3}stream.")
                         .arg(r.namespaceUri().toString(), r.name().toString(), Ns::Streams),
                     m_base + end);
                return false;
            }
            if (!checkNames(true, end))
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
            emitWhitespace(readerPos());
            if (m_failed)
                return false;
            m_elementStart = m_pos;
            m_spaceRun = 0;
            if (m_limits.maxElements > 0 && m_elements >= m_limits.maxElements) {
                fail(ParseError::Kind::PolicyViolation, elementsLimitMessage(),
                     m_base + m_elementStart);
                return false;
            }
        }
        if (m_depth - 1 >= m_limits.maxDepth) {
            fail(ParseError::Kind::PolicyViolation,
                 tr("Elements are nested deeper than the limit of %1.").arg(m_limits.maxDepth),
                 m_base + m_elementStart);
            return false;
        }
        const auto attrs = r.attributes();
        if (attrs.size() > m_limits.maxAttributes) {
            fail(ParseError::Kind::PolicyViolation,
                 tr("An element has %1 attributes, more than the limit of %2.")
                     .arg(attrs.size())
                     .arg(m_limits.maxAttributes),
                 m_base + m_elementStart);
            return false;
        }
        if (!checkNames(false))
            return false;
        Element &e = *m_stack.emplace_back(
            std::allocate_shared<Element>(PoolAllocator<Element, ElementBlockSize>(),
                                          intern(r.namespaceUri()), intern(r.name())));
        e.setPrefix(intern(r.prefix()));
        e.reserveAttributes(attrs.size());
        for (const QXmlStreamAttribute &a : attrs) {
            // Ids are unique by design: interning them would only fill the table.
            const bool unique = a.name() == QLatin1String("id") && a.namespaceUri().isEmpty();
            QString name = internName(a.name());
            if (name.isNull()) {
                failName(a.prefix(), a.name(), false);
                return false;
            }
            e.appendParsedAttribute(intern(a.namespaceUri()), std::move(name),
                                    unique ? a.value().toString() : intern(a.value()));
        }
        m_childStart.push_back(m_children.size());
        ++m_depth;
        return true;
    }
    case QXmlStreamReader::EndElement: {
        if (m_depth == 1) {
            emitWhitespace(readerPos());
            if (m_failed)
                return false;
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
        const size_t first = m_childStart.back();
        m_childStart.pop_back();
        if (first < m_children.size()) {
            m_stack.back()->appendChildren(m_children.data() + first,
                                           m_children.data() + m_children.size());
            m_children.resize(first);
        }
        ElementPtr done = std::move(m_stack.back());
        m_stack.pop_back();
        if (!m_stack.empty()) {
            m_children.push_back(std::move(done));
            return true;
        }
        const qint64 end = advanceToCharOffset(r.characterOffset());
        // One that ends within the slice after its limit is refused all the same.
        if (end - m_elementStart > m_limits.maxStanzaBytes) {
            fail(ParseError::Kind::PolicyViolation,
                 tr("A stanza exceeds the size limit of %1 bytes.").arg(m_limits.maxStanzaBytes),
                 m_base + m_elementStart);
            return false;
        }
        const QByteArray raw = m_buf.mid(m_elementStart, end - m_elementStart);
        const qint64 offset = m_base + m_elementStart;
        m_pos = end;
        m_elementStart = -1;
        ++m_elements;
        Q_EMIT elementReceived(done, raw, offset);
        return true;
    }
    case QXmlStreamReader::Characters:
        if (m_depth >= 2) {
            // Short texts repeat (show, priority, a status): shared like names and values.
            const QStringView text = r.text();
            m_stack.back()->appendText(text.size() <= ShortText ? intern(text) : text.toString());
            return true;
        }
        if (!r.isWhitespace()) {
            fail(ParseError::Kind::BadFormat,
                 tr("The peer sent character data between top-level elements."), m_base + m_pos);
            return false;
        }
        if (m_depth == 1)
            emitWhitespace(readerPos());
        return !m_failed;
    case QXmlStreamReader::EndDocument:
    case QXmlStreamReader::NoToken:
    case QXmlStreamReader::Invalid:
        return true;
    }
    return true;
}

qint64 StreamParser::readerPos() const
{
    // Exact over a run of whitespace (one byte a character), short of the reader's position
    // past anything else: enough to bound the run.
    return qMin(m_fed, m_pos + (m_reader->characterOffset() - m_charPos));
}

void StreamParser::emitWhitespace(qint64 limit)
{
    // Whitespace between stanzas is a keepalive (RFC 6120 §4.6.1); it is ASCII, one byte a char.
    // Before a token, only the whitespace the reader has read: it reports the end of a root
    // closed in its own tag (<stream/>) without reading on, and whitespace after that tag is
    // not inside the stream, whether or not it came in the same read.
    if (limit < 0)
        limit = m_fed;
    qint64 end = m_pos;
    while (end < limit && isXmlSpace(m_buf.at(end)))
        ++end;
    if (end == m_pos)
        return;
    // Each piece is an event of the log: counted like elements, and a run is bounded like one.
    if (m_limits.maxElements > 0 && m_elements >= m_limits.maxElements) {
        fail(ParseError::Kind::PolicyViolation, elementsLimitMessage(), m_base + m_pos);
        return;
    }
    m_spaceRun += end - m_pos;
    if (m_spaceRun > m_limits.maxStanzaBytes) {
        fail(ParseError::Kind::PolicyViolation,
             tr("Keepalive whitespace exceeds the size limit of %1 bytes.")
                 .arg(m_limits.maxStanzaBytes),
             m_base + m_pos);
        return;
    }
    ++m_elements;
    const QByteArray raw = m_buf.mid(m_pos, end - m_pos);
    const qint64 offset = m_base + m_pos;
    m_charPos += end - m_pos;
    m_pos = end;
    Q_EMIT whitespaceReceived(raw, offset);
}

QString StreamParser::elementsLimitMessage() const
{
    return tr("The peer sent more than %1 top-level elements and keepalives on this "
              "connection (the limit).")
        .arg(m_limits.maxElements);
}

qint64 StreamParser::advanceToCharOffset(qint64 charOffset)
{
    // characterOffset() counts UTF-16 units of the decoded input, not bytes: walk the UTF-8.
    qint64 pos = m_pos;
    qint64 chars = m_charPos;
    const auto *p = reinterpret_cast<const unsigned char *>(m_buf.constData());
    while (chars < charOffset && pos < m_fed) {
        const qint64 ascii = Utf8::asciiRun(p + pos, qMin(charOffset - chars, m_fed - pos));
        pos += ascii; // ASCII bytes: one character each
        chars += ascii;
        if (chars >= charOffset || pos >= m_fed)
            break;
        const int len = Utf8::sequenceLength(p[pos]);
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
    m_headerSeen = false;
    m_closed = false;
}

void StreamParser::fail(ParseError::Kind kind, const QString &message, qint64 offset)
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

qint64 StreamParser::unreportedStart() const
{
    return m_elementStart >= 0 ? qMin(m_elementStart, m_pos) : m_pos;
}

QByteArray StreamParser::unreportedBytes(qint64 *offset) const
{
    const qint64 start = unreportedStart();
    if (offset)
        *offset = m_base + start;
    if (m_failed)
        return {}; // handed over with the error
    return m_buf.mid(start);
}

void StreamParser::compact()
{
    const qint64 keep = unreportedStart();
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
