// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental stream parser on arbitrary bytes of one direction of a connection.
//
// Input: one control byte, then the stream. The control byte's bits:
//   0-3  size of the fixed-size chunks of the second run (1 to 16 bytes)
//   4    small limits (stanza, header, depth, attributes), so every limit is reachable
//   5    <proceed/> restarts discarding the pending bytes (STARTTLS) instead of keeping them
//   6    a slot feeds the next chunk while the parser is emitting (re-entrant feeding)
//   7    after the first run, a restart requested from outside and the stream fed once more
// The stream is parsed three times: at once, in fixed-size chunks and in chunks of varied
// sizes. <proceed/> (TLS) and <success/> (SASL) restart the stream as sessions do.
//
// A fourth run has the varied chunks and a tree filter that declines every stanza: it must
// report the same bytes at the same offsets and fail alike (trees on demand check the same).
//
// Checked for every run: each report's raw bytes are exactly the input at its offset, and the
// reports tile the input without gaps. Checked across runs: unless a size limit was crossed
// at a chunk boundary or pending bytes were discarded (both depend on how bytes arrive), the
// chunked runs report the same thing as the run that had everything at once.
#include "fuzzsupport.h"
#include "xml/namespaces.h"

#include <QByteArrayList>

using namespace Inspector;

namespace {

struct Options
{
    int fixedChunk = 1;
    bool smallLimits = false;
    bool discardAfterProceed = false;
    bool reentrantFeeding = false;
    bool restartFromOutside = false;
    quint8 seed = 0;
    bool heads = false; // stanzas reported by their start tags (the tree filter declines all)
};

class Run
{
public:
    explicit Run(const Options &options)
        : m_options(options)
    {
        if (options.smallLimits) {
            ParserLimits limits;
            limits.maxStanzaBytes = 1024;
            limits.maxHeaderBytes = 256;
            limits.maxDepth = 6;
            limits.maxAttributes = 6;
            m_parser.setLimits(limits);
        }
        QObject::connect(&m_parser, &StreamParser::streamOpened,
                         [this](const StreamHeader &h, const QByteArray &raw, qint64 offset) {
                             report("open", raw, offset, h.id.toUtf8());
                         });
        QObject::connect(&m_parser, &StreamParser::elementReceived,
                         [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                             report("element", raw, offset, e->toXml());
                             onElement(*e);
                         });
        if (options.heads)
            m_parser.setTreeFilter([](const Element &) { return false; });
        QObject::connect(&m_parser, &StreamParser::stanzaHeadReceived,
                         [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                             Fuzz::require(m_options.heads, "heads only when the filter declines");
                             Fuzz::require(e->children().isEmpty() && e->text().isEmpty(),
                                           "a head is a start tag");
                             report("element", raw, offset, "head");
                             onElement(*e); // fed re-entrantly as after a tree
                         });
        QObject::connect(&m_parser, &StreamParser::whitespaceReceived,
                         [this](const QByteArray &raw, qint64 offset) {
                             // A keepalive split across chunks may come in several pieces.
                             covered(raw, offset);
                             if (m_events.isEmpty() || m_events.last() != "ws")
                                 m_events.append(QByteArrayLiteral("ws"));
                         });
        QObject::connect(&m_parser, &StreamParser::streamClosed,
                         [this](const QByteArray &raw, qint64 offset) {
                             // Empty for a root closed in its own tag (<stream:stream …/>).
                             report("close", raw, offset, {}, true);
                         });
        QObject::connect(&m_parser, &StreamParser::pendingDiscarded,
                         [this](const QByteArray &raw, qint64 offset) {
                             m_discarded = true;
                             report("discarded", raw, offset, {});
                         });
        QObject::connect(&m_parser, &StreamParser::parseError, [this](const ParseError &e) {
            Fuzz::require(!m_failed, "at most one parse error");
            Fuzz::require(e.offset >= 0 && e.offset <= m_fed.size(), "error offset within input");
            m_failed = true;
            m_errorKind = e.kind;
            m_errorOffset = e.offset;
        });
    }

    void feedAtOnce(const QByteArray &bytes) { feedChunks(bytes, {bytes.size()}); }

    void feedChunks(const QByteArray &bytes, const QVector<qsizetype> &sizes)
    {
        m_pending.clear();
        qsizetype at = 0;
        for (qsizetype i = 0; at < bytes.size(); ++i) {
            const qsizetype n = qMin(sizes.at(i % sizes.size()), bytes.size() - at);
            m_pending.append(bytes.mid(at, n));
            at += n;
        }
        while (!m_pending.isEmpty())
            feedNext();
        Fuzz::require(m_parser.bytesReceived() == m_fed.size() || m_failed,
                      "bytesReceived() counts every byte fed");
    }

    void restartFromOutside() { m_parser.requestRestart(StreamParser::RestartMode::KeepPending); }

    bool failed() const { return m_failed; }
    bool limitCrossed() const
    {
        return m_failed && m_errorKind == ParseError::Kind::PolicyViolation;
    }
    bool discarded() const { return m_discarded; }
    ParseError::Kind errorKind() const { return m_errorKind; }
    qint64 errorOffset() const { return m_errorOffset; }
    const QByteArrayList &events() const { return m_events; }
    /// The reports without what they found: the bytes and offsets alone.
    const QByteArrayList &spans() const { return m_spans; }

private:
    void feedNext()
    {
        const QByteArray chunk = m_pending.takeFirst();
        m_fed.append(chunk);
        m_parser.feed(chunk);
    }

    void onElement(const Element &e)
    {
        if (e.is(Ns::Tls, u"proceed")) {
            m_parser.requestRestart(m_options.discardAfterProceed
                                        ? StreamParser::RestartMode::DiscardPending
                                        : StreamParser::RestartMode::KeepPending);
        } else if (e.is(Ns::Sasl, u"success")) {
            m_parser.requestRestart(StreamParser::RestartMode::KeepPending);
        }
        if (m_options.reentrantFeeding && !m_pending.isEmpty())
            feedNext();
    }

    void covered(const QByteArray &raw, qint64 offset, bool mayBeEmpty = false)
    {
        Fuzz::require(mayBeEmpty || !raw.isEmpty(), "no empty report");
        Fuzz::require(offset == m_end, "reports follow each other without gap or overlap");
        Fuzz::require(offset + raw.size() <= m_fed.size(), "a report lies within the input");
        Fuzz::require(m_fed.mid(offset, raw.size()) == raw, "raw bytes are the input's bytes");
        m_end = offset + raw.size();
    }

    void report(const char *what, const QByteArray &raw, qint64 offset, const QByteArray &detail,
                bool mayBeEmpty = false)
    {
        covered(raw, offset, mayBeEmpty);
        const QByteArray event =
            QByteArray(what) + ' ' + QByteArray::number(offset) + ' ' + raw + ' ' + detail;
        m_events.append(event);
        m_spans.append(QByteArray(what) + ' ' + QByteArray::number(offset) + ' ' + raw);
    }

    Options m_options;
    StreamParser m_parser;
    QByteArray m_fed;
    QByteArrayList m_pending;
    qint64 m_end = 0;
    QByteArrayList m_events;
    QByteArrayList m_spans;
    bool m_failed = false;
    bool m_discarded = false;
    ParseError::Kind m_errorKind = ParseError::Kind::NotWellFormed;
    qint64 m_errorOffset = -1;
};

// Chunk sizes from 1 to 64 bytes, a sequence fixed by the seed (xorshift).
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

void compare(const Run &whole, const Run &chunked)
{
    if (whole.discarded() || chunked.discarded())
        return; // what is pending when <proceed/> arrives depends on the chunks
    if (whole.limitCrossed() || chunked.limitCrossed())
        return; // a size limit is checked as bytes arrive
    Fuzz::require(whole.failed() == chunked.failed(), "the same input fails however it is split");
    if (whole.failed()) {
        Fuzz::require(whole.errorKind() == chunked.errorKind(),
                      "the same fault is reported however the input is split");
        return; // the reader may stop at different tokens before the fault
    }
    Fuzz::require(whole.events() == chunked.events(),
                  "the same reports however the input is split");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    Options options;
    const quint8 control = data[0];
    options.fixedChunk = (control & 0x0f) + 1;
    options.smallLimits = control & 0x10;
    options.discardAfterProceed = control & 0x20;
    options.reentrantFeeding = control & 0x40;
    options.restartFromOutside = control & 0x80;
    options.seed = control;
    const QByteArray stream = Fuzz::toByteArray(data + 1, size - 1);

    Options atOnce = options;
    atOnce.reentrantFeeding = false;
    Run whole(atOnce);
    whole.feedAtOnce(stream);

    Run fixed(options);
    fixed.feedChunks(stream, {options.fixedChunk});
    compare(whole, fixed);

    Run varied(options);
    varied.feedChunks(stream, variedSizes(options.seed));
    compare(whole, varied);

    Options headsOnly = options;
    headsOnly.heads = true;
    Run heads(headsOnly);
    heads.feedChunks(stream, variedSizes(options.seed));
    Fuzz::require(heads.failed() == varied.failed() && heads.spans() == varied.spans() &&
                      (!heads.failed() || (heads.errorKind() == varied.errorKind() &&
                                           heads.errorOffset() == varied.errorOffset())),
                  "a stanza without its tree is checked and reported as one with it");

    if (options.restartFromOutside && !whole.failed()) {
        whole.restartFromOutside();
        whole.feedAtOnce(stream);
    }
    return 0;
}
