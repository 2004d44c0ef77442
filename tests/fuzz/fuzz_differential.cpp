// SPDX-License-Identifier: GPL-3.0-or-later
// StreamParser against expat on the same bytes: both must agree on whether the input is
// well-formed so far and on the element trees (namespaces, local names, attributes, text).
//
// Input: one control byte, then the stream. Bits 0-3 give the size of the fixed chunks of the
// second run (1 to 16 bytes), and the whole byte seeds the varied chunk sizes (1 to 64 bytes)
// of the third; the first run has everything at once. Each run is compared with one expat
// pass over the whole input. Both see an unfinished stream, as on a live connection: expat
// is never told that the input is complete, so a fault is one that the bytes so far prove.
//
// Compared: the stream root's attributes (xmlns declarations aside, as in expat), each
// top-level element in order (prefixes aside: they are informational on both sides), the
// stream's end, and whether parsing failed. When ours fails, the elements it reported before
// must be the first ones expat reported, and expat must have seen the reason (below).
//
// Intended differences, each normalised or skipped:
// - RFC 6120 §11.1 restricted XML: a DTD, comment, processing instruction (other than the XML
//   declaration) or entity reference beyond the predefined five is a fault for us, allowed (or,
//   undeclared entities, an error) for expat. Ours failing as restricted-xml must coincide
//   with expat seeing one of them (its handlers record them) or failing.
// - RFC 6120 §4.9.3: the root must be {http://etherx.jabber.org/streams}stream, and text
//   between top-level elements is bad-format; any root and text are well-formed for expat.
//   Ours failing as bad-format or invalid-namespace must coincide with expat seeing a
//   different root or non-whitespace text at the top level (or failing). Text is counted for
//   expat only once something follows it: the reader reports text when it sees its end.
// - Our size limits (stanza, header, depth, attributes; RFC 6120 §13.12): a policy-violation
//   ends the comparison of well-formedness (expat has none of them at these sizes); the
//   elements before it are still compared.
// - UTF-8 only (RFC 6120 §11.6): expat is created for UTF-8 whatever the XML declaration says;
//   ours refuses a declaration of another encoding (unsupported-encoding; not-well-formed
//   from the reader for a name it does not know), which must coincide with expat seeing one.
// - Stream restarts after <proceed/> (STARTTLS) and <success/> (SASL), RFC 6120 §5.4.3.3 and
//   §6.4.6: what follows the element starts a new document. Ours is asked to restart as
//   sessions do (keeping the bytes after it); expat is stopped at the element's end and a new
//   expat parser reads the rest.
// - An XML declaration must say version 1.0 for the reader (Qt 6.4: "Unsupported XML
//   version"); expat reads any version as 1.0. XMPP is XML 1.0 (RFC 6120 §11): ours refusing
//   must coincide with expat seeing another version.
// - The reader reads nothing of a document (the stream, or a restarted one) before it has
//   four bytes (of complete characters), to tell its encoding; expat reports a root such as
//   <r> on three, and on <r> and the first byte of a multi-byte character. Nor does it
//   report a root start tag followed by nothing but ']' (it waits to know whether ']]>'
//   follows). Both allowances concern the last document's root alone.
// - Text at the top level is counted for expat when a '<' follows it, as the reader reports
//   text when it sees its end; inside a CDATA section a '<' is text, and the section's text
//   ends at its ']]>'. A CDATA section at the top level counts as text even when empty or
//   blank: only plain whitespace is a keepalive, and ours refuses the section.
// - Expat refuses some faults on fewer bytes than the reader, which waits for the end of the
//   token (and, less often, the other way round): one failing while the other has not must
//   mean the other has reported nothing from the fault on.
// - After the stream's end we refuse anything but whitespace (RFC 6120 §4.4), expat allows
//   comments and PIs there too; where expat finds junk after the root and we have closed the
//   stream, only ours failing is compared (expat must fail, or see a fault once told that
//   the input is complete).
#include "fuzzsupport.h"
#include "xml/namespaces.h"

#include <QByteArrayList>

#include <expat.h>

using namespace Inspector;

namespace {

// Between namespace and local name in expat's names: not XML Char, so in neither (expat refuses
// a namespace name that contains its separator).
constexpr char Separator = '\x01';

QByteArray field(const QByteArray &s)
{
    return QByteArray::number(s.size()) + ':' + s;
}

QByteArray field(const QString &s)
{
    return field(s.toUtf8());
}

// {namespace}local in the same form on both sides.
QByteArray expatName(const XML_Char *name)
{
    const QByteArray n(name);
    const qsizetype at = n.lastIndexOf(Separator);
    return at < 0 ? field(QByteArray()) + field(n) : field(n.left(at)) + field(n.mid(at + 1));
}

QByteArray canonical(const Element &e)
{
    QByteArray out = "(" + field(e.namespaceUri()) + field(e.name()) + "[";
    for (const XmlAttribute &a : e.attributes())
        out += field(a.namespaceUri) + field(a.name) + field(a.value);
    out += "]" + field(e.text());
    for (const ElementPtr &c : e.children())
        out += canonical(*c);
    return out + ")";
}

bool restarts(const QByteArray &canonicalName)
{
    return canonicalName == field(Ns::Tls) + field(QByteArray("proceed")) ||
           canonicalName == field(Ns::Sasl) + field(QByteArray("success"));
}

/// What either parser made of the input, in the same terms.
struct Outcome
{
    QByteArrayList roots;    // attributes of each stream root opened
    QByteArrayList elements; // each top-level element, canonical
    int closed = 0;          // stream roots closed
    bool failed = false;
};

/// The bytes of `b` up to the end of its last complete UTF-8 character (a lead byte whose
/// continuation bytes have not all come yet is left out, with them).
qsizetype completeUtf8(const QByteArray &b)
{
    for (qsizetype back = 1; back <= 3 && back <= b.size(); ++back) {
        const auto c = uchar(b.at(b.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? b.size() - back : b.size();
    }
    return b.size();
}

class Expat
{
public:
    explicit Expat(const QByteArray &bytes)
    {
        qsizetype at = 0;
        while (parse(bytes.mid(at), &at) && at < bytes.size()) {
        }
        const qsizetype lt = bytes.lastIndexOf('<');
        if (lt >= 0 && bytes.indexOf('>', lt) < 0)
            unfinishedTagAt = lt;
    }

    Outcome outcome;
    bool restricted = false;        // a DTD, comment, PI or entity (RFC 6120 §11.1)
    bool otherVersion = false;      // an XML declaration of a version other than 1.0
    bool otherEncoding = false;     // one that names an encoding other than UTF-8
    bool badStream = false;         // another root, or text between top-level elements
    bool afterEnd = false;          // bytes after a closed root
    bool failedAtEnd = false;       // fails when told the input is complete
    qsizetype unfinishedTagAt = -1; // the tag the input ends in, unfinished (no '>' after it)
    qsizetype errorAt = -1;         // where expat found its fault
    qsizetype restrictedAt = -1;    // where expat saw the first of them
    qsizetype lastDocumentSize = 0; // bytes of the last document (after the last restart)
    qsizetype lastDocumentBase = 0; // where it starts in the input
    qsizetype givenSize = 0;        // of them, up to the end of its last complete character
    bool endsInBrackets = false;    // the last document's root start tag is followed by ']' alone
    bool badStreamBefore = false;   // badStream already set by an earlier document

private:
    struct Node
    {
        QByteArray name;
        QByteArray attributes;
        QByteArray text;
        QByteArray children;
    };

    // One document: returns whether a restart stopped it, with *at the offset of the rest.
    // Where it starts: expat reports a DTD at its internal subset's '[', the reader the whole
    // declaration.
    void noteRestricted()
    {
        restricted = true;
        if (restrictedAt < 0)
            restrictedAt = m_base + qsizetype(XML_GetCurrentByteIndex(m_parser));
    }

    bool parse(const QByteArray &doc, qsizetype *at)
    {
        m_base = *at;
        lastDocumentSize = doc.size();
        lastDocumentBase = *at;
        badStreamBefore = badStream;
        m_rootTagEnd = -1;
        m_inCdata = false;
        XML_Parser p = XML_ParserCreateNS("UTF-8", Separator);
        m_parser = p;
        m_depth = 0;
        m_stack.clear();
        m_restartAt = -1;
        m_topText = false;
        m_doc = doc;
        XML_SetUserData(p, this);
        XML_SetElementHandler(p, &Expat::onStart, &Expat::onEnd);
        XML_SetCharacterDataHandler(p, &Expat::onText);
        XML_SetCdataSectionHandler(
            p, [](void *self) { static_cast<Expat *>(self)->m_inCdata = true; },
            [](void *data) {
                auto *self = static_cast<Expat *>(data);
                self->m_inCdata = false;
                // A CDATA section between top-level elements is refused even when empty or
                // all whitespace: only plain whitespace is a keepalive (RFC 6120 §4.6.1).
                if (self->m_stack.empty()) {
                    self->m_topText = true;
                    self->noteTopText();
                }
            });
        XML_SetCommentHandler(
            p, [](void *self, const XML_Char *) { static_cast<Expat *>(self)->noteRestricted(); });
        XML_SetProcessingInstructionHandler(p, [](void *self, const XML_Char *, const XML_Char *) {
            static_cast<Expat *>(self)->noteRestricted();
        });
        XML_SetStartDoctypeDeclHandler(
            p, [](void *self, const XML_Char *, const XML_Char *, const XML_Char *, int) {
                static_cast<Expat *>(self)->noteRestricted();
            });
        XML_SetXmlDeclHandler(
            p, [](void *self, const XML_Char *version, const XML_Char *encoding, int) {
                if (version && QByteArray(version) != "1.0")
                    static_cast<Expat *>(self)->otherVersion = true;
                if (encoding && QByteArray(encoding).compare("UTF-8", Qt::CaseInsensitive) != 0)
                    static_cast<Expat *>(self)->otherEncoding = true;
            });
        XML_SetSkippedEntityHandler(p, [](void *self, const XML_Char *, int) {
            static_cast<Expat *>(self)->noteRestricted();
        });
        const auto status = XML_Parse(p, doc.constData(), int(doc.size()), XML_FALSE);
        // What the reader has been given: a character still incomplete at the end is kept
        // back until its last byte comes.
        const QByteArray given = doc.left(completeUtf8(doc));
        givenSize = given.size();
        const QByteArray tail = m_rootTagEnd < 0 ? QByteArray() : given.mid(m_rootTagEnd);
        endsInBrackets = !tail.isEmpty() && tail.count(']') == tail.size();
        bool restarted = false;
        if (status == XML_STATUS_ERROR && XML_GetErrorCode(p) == XML_ERROR_ABORTED) {
            restarted = true;
            *at += m_restartAt;
        } else if (status == XML_STATUS_ERROR) {
            const XML_Error code = XML_GetErrorCode(p);
            if (code == XML_ERROR_UNDEFINED_ENTITY)
                restricted = true;
            if (code == XML_ERROR_JUNK_AFTER_DOC_ELEMENT)
                afterEnd = true;
            outcome.failed = true;
            errorAt = *at + qsizetype(XML_GetCurrentByteIndex(p));
            if (qEnvironmentVariableIsSet("FUZZ_VERBOSE"))
                std::fprintf(stderr, "expat: %s at %lld\n", XML_ErrorString(code),
                             qlonglong(errorAt));
        } else if (m_depth == 0 && outcome.closed > 0) {
            // After the root's end: what expat says once it knows nothing more comes.
            failedAtEnd = XML_Parse(p, nullptr, 0, XML_TRUE) == XML_STATUS_ERROR;
        }
        XML_ParserFree(p);
        return restarted;
    }

    static void XMLCALL onStart(void *data, const XML_Char *name, const XML_Char **atts)
    {
        auto *self = static_cast<Expat *>(data);
        self->noteTopText();
        QByteArray attributes;
        for (int i = 0; atts[i]; i += 2)
            attributes += expatName(atts[i]) + field(QByteArray(atts[i + 1]));
        ++self->m_depth;
        if (self->m_depth == 1) {
            if (expatName(name) != field(Ns::Streams) + field(QByteArray("stream")))
                self->badStream = true;
            self->m_rootTagEnd = qsizetype(XML_GetCurrentByteIndex(self->m_parser) +
                                           XML_GetCurrentByteCount(self->m_parser));
            self->outcome.roots.append(attributes);
            return;
        }
        self->m_stack.push_back(Node{expatName(name), attributes, {}, {}});
    }

    static void XMLCALL onEnd(void *data, const XML_Char *)
    {
        auto *self = static_cast<Expat *>(data);
        self->noteTopText();
        --self->m_depth;
        if (self->m_depth == 0) {
            ++self->outcome.closed;
            return;
        }
        Node n = std::move(self->m_stack.back());
        self->m_stack.pop_back();
        const QByteArray c =
            "(" + n.name + "[" + n.attributes + "]" + field(n.text) + n.children + ")";
        if (!self->m_stack.empty()) {
            self->m_stack.back().children += c;
            return;
        }
        self->outcome.elements.append(c);
        if (restarts(n.name)) {
            XML_Parser p = self->m_parser;
            self->m_restartAt = XML_GetCurrentByteIndex(p) + XML_GetCurrentByteCount(p);
            XML_StopParser(p, XML_FALSE);
        }
    }

    static void XMLCALL onText(void *data, const XML_Char *s, int len)
    {
        auto *self = static_cast<Expat *>(data);
        if (!self->m_stack.empty()) {
            self->m_stack.back().text.append(s, len);
            return;
        }
        for (int i = 0; i < len; ++i) {
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
                self->m_topText = true;
        }
        // The reader reports text once it sees the '<' after it (a CDATA section's at its end).
        if (self->m_inCdata)
            return;
        const XML_Parser p = self->m_parser;
        const auto end = XML_GetCurrentByteIndex(p) + XML_GetCurrentByteCount(p);
        if (end < self->m_doc.size() && self->m_doc.at(end) == '<')
            self->noteTopText();
    }

    void noteTopText()
    {
        if (m_topText)
            badStream = true;
    }

    XML_Parser m_parser = nullptr;
    qsizetype m_base = 0; // offset of the document being parsed
    QByteArray m_doc;
    int m_depth = 0;
    std::vector<Node> m_stack;
    qsizetype m_restartAt = -1;
    bool m_topText = false;
    bool m_inCdata = false;      // inside a CDATA section
    qsizetype m_rootTagEnd = -1; // where the document's root start tag ends
};

class Ours
{
public:
    Ours()
    {
        QObject::connect(&m_parser, &StreamParser::streamOpened,
                         [this](const StreamHeader &h, const QByteArray &raw, qint64 offset) {
                             reported(raw, offset);
                             QByteArray attributes;
                             for (const XmlAttribute &a : h.attributes)
                                 attributes +=
                                     field(a.namespaceUri) + field(a.name) + field(a.value);
                             outcome.roots.append(attributes);
                         });
        QObject::connect(&m_parser, &StreamParser::elementReceived,
                         [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                             reported(raw, offset);
                             outcome.elements.append(canonical(*e));
                             if (restarts(field(e->namespaceUri()) + field(e->name())))
                                 m_parser.requestRestart(StreamParser::RestartMode::KeepPending);
                         });
        QObject::connect(&m_parser, &StreamParser::whitespaceReceived,
                         [this](const QByteArray &raw, qint64 offset) { reported(raw, offset); });
        QObject::connect(&m_parser, &StreamParser::streamClosed,
                         [this](const QByteArray &raw, qint64 offset) {
                             reported(raw, offset);
                             ++outcome.closed;
                         });
        QObject::connect(&m_parser, &StreamParser::parseError, [this](const ParseError &e) {
            outcome.failed = true;
            kind = e.kind;
            errorAt = e.offset;
            if (qEnvironmentVariableIsSet("FUZZ_VERBOSE")) {
                std::fprintf(stderr, "ours: %s at %lld\n", qPrintable(e.message.english()),
                             qlonglong(e.offset));
            }
        });
    }

    void feed(const QByteArray &bytes, const QVector<qsizetype> &sizes)
    {
        qsizetype at = 0;
        for (qsizetype i = 0; at < bytes.size(); ++i) {
            const qsizetype n = qMin(sizes.at(i % sizes.size()), bytes.size() - at);
            m_parser.feed(bytes.mid(at, n));
            at += n;
        }
    }

    Outcome outcome;
    ParseError::Kind kind = ParseError::Kind::NotWellFormed;
    qint64 reportedEnd = 0; // where the bytes reported so far end
    qint64 errorAt = -1;    // where ours found its fault

private:
    void reported(const QByteArray &raw, qint64 offset)
    {
        reportedEnd = qMax(reportedEnd, offset + raw.size());
    }

    StreamParser m_parser;
};

QVector<qsizetype> variedSizes(quint8 seed)
{
    QVector<qsizetype> out;
    quint32 x = 0x9e3779b9u ^ seed;
    for (int i = 0; i < 61; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out.append(qsizetype(x % 64) + 1);
    }
    return out;
}

void compare(const Ours &ours, const Expat &expat)
{
    const Outcome &o = ours.outcome;
    const Outcome &x = expat.outcome;
    if (qEnvironmentVariableIsSet("FUZZ_VERBOSE")) {
        std::fprintf(stderr, "ours: %lld roots, %lld elements, %d closed, failed %d\n",
                     qlonglong(o.roots.size()), qlonglong(o.elements.size()), o.closed, o.failed);
        std::fprintf(stderr, "expat: %lld roots, %lld elements, %d closed, failed %d\n",
                     qlonglong(x.roots.size()), qlonglong(x.elements.size()), x.closed, x.failed);
    }
    if (o.failed) {
        Fuzz::require(o.elements.size() <= x.elements.size() &&
                          x.elements.mid(0, o.elements.size()) == o.elements,
                      "the elements before our fault are expat's first ones");
        Fuzz::require(o.roots.size() <= x.roots.size() && x.roots.mid(0, o.roots.size()) == o.roots,
                      "the stream headers before our fault are expat's");
        switch (ours.kind) {
        case ParseError::Kind::NotWellFormed: {
            // Expat may need more bytes to see the fault (the rest of a character, of the XML
            // declaration): then it has accepted nothing after what we accepted either, but a
            // root in the last document's first three bytes, which the reader never read.
            const bool rootUnread = ours.errorAt >= 0 &&
                                    ours.errorAt - expat.lastDocumentBase < 4 &&
                                    x.roots.size() == o.roots.size() + 1;
            Fuzz::require(
                x.failed || expat.failedAtEnd || expat.otherVersion || expat.otherEncoding ||
                    (x.elements.size() == o.elements.size() &&
                     (x.roots.size() == o.roots.size() || rootUnread) && x.closed == o.closed),
                "expat also finds the input malformed");
            break;
        }
        case ParseError::Kind::RestrictedXml:
            // The reader refuses a reference in an attribute value as it reads it; expat
            // waits for the end of the tag: in a tag the input ends in, expat has accepted
            // nothing more than we did.
            Fuzz::require(
                expat.restricted || x.failed ||
                    (expat.unfinishedTagAt >= 0 && ours.errorAt >= expat.unfinishedTagAt &&
                     x.elements.size() == o.elements.size() && x.roots.size() == o.roots.size()),
                "expat also sees restricted XML");
            break;
        case ParseError::Kind::BadFormat:
        case ParseError::Kind::InvalidNamespace:
            Fuzz::require(expat.badStream || x.failed, "expat also sees another root or text");
            break;
        case ParseError::Kind::UnsupportedEncoding:
            Fuzz::require(expat.otherEncoding || x.failed, "expat also sees another encoding");
            break;
        case ParseError::Kind::PolicyViolation:
            break;
        }
        return;
    }
    // The reader reads nothing of a document before it has four bytes (to tell its encoding):
    // a root expat saw in fewer has not been seen by it.
    // Both apply to the last document's root alone: nothing else of it has been read.
    const bool unread = (expat.givenSize < 4 || expat.endsInBrackets) &&
                        x.roots.size() == o.roots.size() + 1 && !expat.badStreamBefore;
    if (x.failed) {
        // The reader may wait for more bytes (the end of a token) where expat refuses at once:
        // then we have reported none of the bytes from the fault on.
        Fuzz::require(ours.reportedEnd <= expat.errorAt || (expat.afterEnd && o.closed > 0),
                      "expat finds no fault where we find none");
    } else {
        Fuzz::require(!expat.restricted || ours.reportedEnd <= expat.restrictedAt,
                      "no restricted XML where we find none");
        Fuzz::require(!expat.badStream || unread, "no other root or text where we find none");
    }
    Fuzz::require(o.roots == (unread ? x.roots.mid(0, o.roots.size()) : x.roots),
                  "the same stream headers");
    Fuzz::require(o.elements == x.elements, "the same top-level elements");
    Fuzz::require(o.closed == x.closed || unread, "the same stream ends");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const quint8 control = data[0];
    const QByteArray stream = Fuzz::toByteArray(data + 1, size - 1);
    const Expat expat(stream);

    Ours whole;
    whole.feed(stream, {qMax<qsizetype>(1, stream.size())});
    compare(whole, expat);

    Ours fixed;
    fixed.feed(stream, {(control & 0x0f) + 1});
    compare(fixed, expat);

    Ours varied;
    varied.feed(stream, variedSizes(control));
    compare(varied, expat);
    return 0;
}
