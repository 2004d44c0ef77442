// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"
#include "text/phrase.h"
#include "xml/streamheader.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QXmlStreamReader;
class QXmlStreamAttributes;

namespace Inspector {

/// Explicit bounds on what one stream may make us hold.
struct ParserLimits
{
    qint64 maxStanzaBytes = 512 * 1024; // as Prosody's default c2s/s2s stanza size limit; also
                                        // bounds a run of keepalive whitespace
    qint64 maxHeaderBytes = 64 * 1024;  // XML declaration + <stream:stream …>
    int maxDepth = 64;                  // element nesting inside a stanza
    int maxAttributes = 128;            // per element, the stream header included
    // Over all the stream documents one parser reads (restarts do not reset them); 0: none.
    // On a live connection every top-level element and keepalive becomes an event of the log
    // and every byte is kept, so StreamConnection sets these (StreamConnection::liveLimits());
    // a transcript read back or a benchmark has no use for them.
    int maxElements = 0;           // top-level elements and keepalives
    qint64 maxConnectionBytes = 0; // bytes
};

struct ParseError
{
    /// RFC 6120 §4.9.3 condition that describes the fault.
    enum class Kind {
        NotWellFormed,
        RestrictedXml,
        InvalidNamespace,
        BadFormat,
        PolicyViolation,
        UnsupportedEncoding,
    };
    Kind kind = Kind::NotWellFormed;
    Phrase message;    // one sentence, translated when shown
    qint64 offset = 0; // absolute byte offset in this direction of the connection
    /// The bytes received that no signal reported (the unfinished element or header, the
    /// fault, whatever else came in the same read), so that a caller can record every byte up
    /// to the fault; at most the limits above plus one read. Later bytes are ignored.
    QByteArray unreported;
    qint64 unreportedOffset = 0; // absolute offset of unreported's first byte
    QString condition() const;
};

/**
 * Incremental XMPP stream parser on QXmlStreamReader::addData().
 *
 * Bytes in; the stream header, each top-level element with its exact raw bytes, whitespace
 * keepalives, the stream end and errors (with byte offsets) out. Restarts (after STARTTLS and
 * SASL) may be requested from inside a slot connected to one of its signals: the request takes
 * effect before the next byte is parsed.
 */
class StreamParser : public QObject
{
    Q_OBJECT
public:
    enum class RestartMode {
        KeepPending,    // bytes already received after the current element start the new stream
        DiscardPending, // STARTTLS: anything after <proceed/> is not part of any XML stream
    };

    explicit StreamParser(QObject *parent = nullptr);
    ~StreamParser() override;

    void setLimits(const ParserLimits &limits) { m_limits = limits; }
    const ParserLimits &limits() const { return m_limits; }

    /// Decides, from a stanza's start tag (its element with its attributes and no children),
    /// whether the stanza's whole tree is built. Stanzas are message, presence and iq in
    /// jabber:client or jabber:server; every other element always gets its tree. A stanza
    /// the filter declines is checked as usual and reported by stanzaHeadReceived() with its
    /// start tag only; its tree can be parsed again from its bytes (EventLog::element()).
    /// Without a filter (the default) every stanza gets its tree.
    using TreeFilter = std::function<bool(const Element &head)>;
    void setTreeFilter(TreeFilter filter) { m_treeFilter = std::move(filter); }
    static bool isStanza(const Element &e);

    /// The root every document must have: {http://etherx.jabber.org/streams}stream unless set
    /// (a BOSH response is a <body/> document of its own, XEP-0124 §6).
    void setRoot(const QString &namespaceUri, const QString &name)
    {
        m_rootNamespace = namespaceUri;
        m_rootName = name;
    }
    void feed(const QByteArray &bytes);
    void requestRestart(RestartMode mode = RestartMode::KeepPending);
    bool hasFailed() const { return m_failed; }
    /// How many distinct names and values are shared (bounded by MaxInterned).
    int internedCount() const { return int(m_interned.size()); }
    static constexpr int MaxInterned = 4096;
    static constexpr qsizetype MaxInternedLength = 64;
    static constexpr qsizetype ShortText = 16; // character data up to this length is shared
    /// The parser's elements come from BlockPool<ElementBlockSize> (blockpool.h): an element
    /// and the counts of its shared pointer.
    static constexpr size_t ElementBlockSize = sizeof(Element) + 32;
    bool isStreamOpen() const { return m_headerSeen && !m_closed; }
    /// Absolute number of bytes this parser has been given.
    qint64 bytesReceived() const { return m_base + m_buf.size(); }
    /// Bytes received that no signal has reported yet (e.g. an element cut off by the end of
    /// the connection), and the absolute offset of the first one.
    QByteArray unreportedBytes(qint64 *offset = nullptr) const;

Q_SIGNALS:
    void streamOpened(const Inspector::StreamHeader &header, const QByteArray &raw, qint64 offset);
    void elementReceived(const Inspector::ElementPtr &element, const QByteArray &raw,
                         qint64 offset);
    /// A stanza the tree filter declined: `head` holds its start tag only (no children, no
    /// text); `raw` is the whole stanza.
    void stanzaHeadReceived(const Inspector::ElementPtr &head, const QByteArray &raw,
                            qint64 offset);
    void whitespaceReceived(const QByteArray &raw, qint64 offset);
    void streamClosed(const QByteArray &raw, qint64 offset);
    void pendingDiscarded(const QByteArray &raw, qint64 offset);
    void parseError(const Inspector::ParseError &error);

private:
    void process();
    /// Gives the reader the next slice of the bytes received; false when there is none yet
    /// (or at a fault).
    bool feedSlice();
    bool handleToken(int token);
    // The tokens of stanzas, inlined into handleToken() (streamparser.cpp); false: stop.
    Q_ALWAYS_INLINE bool startElement();
    Q_ALWAYS_INLINE bool endElement();
    Q_ALWAYS_INLINE bool characters();
    // Once a stream or at a fault (streamparserchecks.cpp).
    bool openStream();
    bool checkEncoding();
    void refuseRestricted(int token);
    void restart();
    void fail(ParseError::Kind kind, const Phrase &message, qint64 offset);
    /// The names the reader does not check (internName()): the prefixes declared, and the
    /// names of `attributes` unless null; tagEnd: where the start tag ends, if known.
    bool checkNames(const QXmlStreamAttributes *attributes, qint64 tagEnd = -1);
    void failName(QStringView prefix, QStringView name, bool declaration, qint64 tagEnd = -1);
    qint64 attributeByteOffset(const QByteArray &qname, int skip, qint64 tagEnd);
    qint64 advanceToCharOffset(qint64 charOffset);
    /// Reports the keepalive whitespace from m_pos on, up to `limit` (default: all received).
    void emitWhitespace(qint64 limit = -1);
    qint64 readerPos() const;
    bool checkOpenBytes();
    void checkAfterEnd();
    qint64 unreportedStart() const;
    Phrase elementsLimitMessage() const;
    /// Whether the reader stopped at a reference to an entity beyond XML's predefined five.
    bool undeclaredEntityAt(qint64 at) const;
    void compact();

    /// Names, namespaces, short attribute values and short texts repeat in every stanza: one
    /// shared copy of each (the trees cost less memory and fewer allocations), in a table that
    /// stops growing at MaxInterned entries, so distinct names from a peer cannot grow it
    /// forever.
    QString intern(QStringView text)
    {
        return text.isEmpty() ? QString() : internText(text, false);
    }
    /// The same for an attribute name or a namespace prefix, which QXmlStreamReader (Qt 6.4)
    /// takes as it scans them (it checks element names only): null if not an XML name. Each
    /// distinct one is checked once, when it is first interned as a name.
    QString internName(QStringView text) { return internText(text, true); }
    struct Interned
    {
        QString text;
        bool isName = false; // checked as a name (XmlChars::isNCName)
    };
    QString internText(QStringView text, bool asName);
    QString checkedName(Interned &entry);
    QHash<QStringView, Interned> m_interned;
    /// In front of the table: the two entries last found for a cheap hash of the text, which
    /// saves most full hash lookups (the same few names come in every stanza).
    static constexpr size_t RecentSets = 256;
    using RecentSet = std::array<Interned, 2>;
    std::unique_ptr<std::array<RecentSet, RecentSets>> m_recent; // allocated on first use

    ParserLimits m_limits;
    std::unique_ptr<QXmlStreamReader> m_reader;
    QByteArray m_buf; // bytes from absolute offset m_base on
    qint64 m_base = 0;
    qint64 m_pos = 0;     // index in m_buf matching m_charPos of the current reader
    qint64 m_charPos = 0; // reader character offset (UTF-16 units) at m_pos
    qint64 m_fed = 0;     // index in m_buf up to which the reader has the bytes
    qint64 m_elementStart = -1;
    qint64 m_spaceRun = 0; // bytes of keepalive whitespace since the last element
    int m_elements = 0;    // top-level elements and keepalives reported, all streams
    int m_depth = 0;       // open elements, the stream root included
    // Elements being built (the top-level stanza and its open descendants), each already in
    // the shared block it will be handed on in (from a BlockPool: see blockpool.h).
    std::vector<std::shared_ptr<Element>> m_stack;
    // The finished children of the elements on m_stack, in order; m_childStart[i] is where
    // those of m_stack[i] begin. Each element gets its children in one allocation of the
    // right size when it ends.
    std::vector<ElementPtr> m_children;
    std::vector<size_t> m_childStart;
    TreeFilter m_treeFilter;
    bool m_skipping = false; // inside a stanza the filter declined
    bool m_headerSeen = false;
    bool m_closed = false;
    bool m_failed = false;
    bool m_inProcess = false;
    bool m_restartRequested = false;
    RestartMode m_restartMode = RestartMode::KeepPending;
    QString m_rootNamespace = QStringLiteral("http://etherx.jabber.org/streams");
    QString m_rootName = QStringLiteral("stream");
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::ParseError)
