// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamparser.h"

#include "xml/blockpool.h"
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
} // namespace

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
                // The bytes decide, not the reader's message (translated with Qt's).
                const qint64 at = advanceToCharOffset(m_reader->characterOffset());
                const bool entity = undeclaredEntityAt(at);
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
        if (!feedSlice())
            break;
    }
    compact();
    m_inProcess = false;
}

bool StreamParser::feedSlice()
{
    if (m_fed >= m_buf.size())
        return false;
    // The bound on the whole connection: everything before it is parsed, the byte after
    // it is refused.
    const qint64 room = m_limits.maxConnectionBytes > 0
                            ? m_limits.maxConnectionBytes - (m_base + m_fed)
                            : FeedSlice;
    if (room <= 0) {
        fail(ParseError::Kind::PolicyViolation,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent more than %1 bytes on this connection (the "
                                   "limit)."),
                        {QString::number(m_limits.maxConnectionBytes)}),
             m_base + m_fed);
        return false;
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
                 Phrase::of(staticMetaObject,
                            QT_TR_NOOP("The peer sent bytes that are not valid UTF-8 (RFC 6120 "
                                       "§11.6).")),
                 m_base + m_fed);
        }
        return false; // otherwise the rest of a character is still to come
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
        return false; // nothing but ']' so far: they wait for what follows them
    m_reader->addData(m_buf.mid(m_fed, n));
    m_fed += n;
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

bool StreamParser::checkNames(const QXmlStreamAttributes *attributes, qint64 tagEnd)
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
                     Phrase::of(staticMetaObject,
                                QT_TR_NOOP("The peer sent a start tag with the attribute %1 twice "
                                           "(XML 1.0 §3.1)."),
                                {name}),
                     m_base + attributeByteOffset(name.toUtf8(), 1, tagEnd));
                return false;
            }
        }
    }
    if (!attributes)
        return true;
    for (const QXmlStreamAttribute &a : *attributes) {
        if (internName(a.name()).isNull()) {
            failName(a.prefix(), a.name(), false, tagEnd);
            return false;
        }
    }
    return true;
}

Q_ALWAYS_INLINE bool StreamParser::startElement()
{
    QXmlStreamReader &r = *m_reader;
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
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("Elements are nested deeper than the limit of %1."),
                        {QString::number(m_limits.maxDepth)}),
             m_base + m_elementStart);
        return false;
    }
    const auto attrs = r.attributes();
    if (attrs.size() > m_limits.maxAttributes) {
        fail(ParseError::Kind::PolicyViolation,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("An element has %1 attributes, more than the limit of %2."),
                        {QString::number(attrs.size()), QString::number(m_limits.maxAttributes)}),
             m_base + m_elementStart);
        return false;
    }
    if (m_skipping) { // inside a stanza whose tree is not built: checked only
        if (!checkNames(&attrs))
            return false;
        ++m_depth;
        return true;
    }
    if (!checkNames(nullptr))
        return false;
    Element &e = *m_stack.emplace_back(std::allocate_shared<Element>(
        PoolAllocator<Element, ElementBlockSize>(), intern(r.namespaceUri()), intern(r.name())));
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
    if (m_depth == 2 && m_treeFilter && isStanza(e) && !m_treeFilter(e))
        m_skipping = true;
    return true;
}

Q_ALWAYS_INLINE bool StreamParser::endElement()
{
    QXmlStreamReader &r = *m_reader;
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
    if (m_skipping && m_depth > 1)
        return true; // the end of an element inside a stanza whose tree is not built
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
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A stanza exceeds the size limit of %1 bytes."),
                        {QString::number(m_limits.maxStanzaBytes)}),
             m_base + m_elementStart);
        return false;
    }
    const QByteArray raw = m_buf.mid(m_elementStart, end - m_elementStart);
    const qint64 offset = m_base + m_elementStart;
    m_pos = end;
    m_elementStart = -1;
    ++m_elements;
    if (std::exchange(m_skipping, false))
        Q_EMIT stanzaHeadReceived(done, raw, offset);
    else
        Q_EMIT elementReceived(done, raw, offset);
    return true;
}

Q_ALWAYS_INLINE bool StreamParser::characters()
{
    QXmlStreamReader &r = *m_reader;
    if (m_depth >= 2) {
        if (m_skipping)
            return true;
        // Short texts repeat (show, priority, a status): shared like names and values.
        const QStringView text = r.text();
        m_stack.back()->appendText(text.size() <= ShortText ? intern(text) : text.toString());
        return true;
    }
    if (!r.isWhitespace()) {
        fail(ParseError::Kind::BadFormat,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent character data between top-level elements.")),
             m_base + m_pos);
        return false;
    }
    if (m_depth == 1)
        emitWhitespace(readerPos());
    return !m_failed;
}

bool StreamParser::handleToken(int t)
{
    // The tokens of stanzas come here by the million: their handling is inlined, and what
    // happens once a stream or once at a fault is out of line (streamparserchecks.cpp).
    switch (static_cast<QXmlStreamReader::TokenType>(t)) {
    case QXmlStreamReader::StartElement:
        return m_depth == 0 ? openStream() : startElement();
    case QXmlStreamReader::EndElement:
        return endElement();
    case QXmlStreamReader::Characters:
        return characters();
    case QXmlStreamReader::StartDocument:
        return checkEncoding();
    case QXmlStreamReader::DTD:
    case QXmlStreamReader::Comment:
    case QXmlStreamReader::ProcessingInstruction:
    case QXmlStreamReader::EntityReference:
        refuseRestricted(t);
        return false;
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
    while (end < limit && XmlChars::isSpace(m_buf.at(end)))
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
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("Keepalive whitespace exceeds the size limit of %1 bytes."),
                        {QString::number(m_limits.maxStanzaBytes)}),
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
