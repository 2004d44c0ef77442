// SPDX-License-Identifier: GPL-3.0-or-later
// Reading transcripts at the speed of the disk: the file is read in blocks into one buffer,
// each line is parsed by simdjson's DOM parser, raw bytes are copied once into their
// event, and stanzas keep no tree (the log parses one again when something asks for it).
#include "transcript.h"

#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "trace/linesource.h"
#include "trace/rawarena.h"
#include "xml/streamparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string_view>

namespace Inspector::Transcript {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transcript)
};

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QJsonValue toJson(simdjson::dom::element v); // NOLINT(misc-no-recursion)

QJsonObject toJson(simdjson::dom::object o) // NOLINT(misc-no-recursion)
{
    QJsonObject out;
    for (const simdjson::dom::key_value_pair field : o)
        out.insert(text(field.key), toJson(field.value));
    return out;
}

QJsonValue toJson(simdjson::dom::element v) // NOLINT(misc-no-recursion)
{
    switch (v.type()) {
    case simdjson::dom::element_type::OBJECT:
        return toJson(simdjson::dom::object(v));
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray out;
        for (const simdjson::dom::element item : simdjson::dom::array(v))
            out.append(toJson(item));
        return out;
    }
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(int64_t(v)));
    case simdjson::dom::element_type::UINT64:
        return double(uint64_t(v));
    case simdjson::dom::element_type::DOUBLE:
        return double(v);
    case simdjson::dom::element_type::STRING:
        return text(std::string_view(v));
    case simdjson::dom::element_type::BOOL:
        return bool(v);
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

/// A whole number in [lo, hi], as QJsonValue::toInteger() reads one: anything else is 0.
qint64 whole(const std::optional<simdjson::dom::element> &value, qint64 lo, qint64 hi)
{
    if (!value)
        return 0;
    const simdjson::dom::element v = *value;
    qint64 n = 0;
    if (v.is_int64())
        n = int64_t(v);
    else if (v.is_double()) {
        const double d = double(v);
        // 2^63 is the first double past qint64's range; casting anything beyond is undefined.
        if (!(std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return 0;
        n = qint64(d);
    } else
        return 0;
    return n >= lo && n <= hi ? n : 0;
}

std::string_view string(const simdjson::dom::object &o, std::string_view key)
{
    std::string_view s;
    return o.at_key(key).get(s) == simdjson::SUCCESS ? s : std::string_view();
}

/// Whether the element in `raw` is a stanza of the default namespace (message, presence, iq
/// without a prefix): the one kind of element the log parses only when asked.
bool isStanza(const QByteArray &raw)
{
    if (!raw.startsWith('<'))
        return false;
    const std::string_view s(raw.constData() + 1, size_t(raw.size() - 1));
    for (const std::string_view name : {"message", "presence", "iq"}) {
        if (s.size() > name.size() && s.compare(0, name.size(), name) == 0) {
            const char next = s[name.size()];
            if (next == ' ' || next == '>' || next == '/' || next == '\t' || next == '\r' ||
                next == '\n')
                return true;
        }
    }
    return false;
}

} // namespace

/// Reads the records of one transcript, line by line.
class ReaderPrivate
{
public:
    ReaderPrivate(LineSource source, EventLog *log)
        : m_source(std::move(source))
        , m_log(log)
    {}

    /// Reads lines until `bytes` more of the input are consumed: false once reading has ended.
    bool readSome(qint64 bytes)
    {
        if (m_ended)
            return false;
        const qint64 until = m_source.position() + bytes;
        while (m_source.position() < until) {
            if (!next()) {
                m_ended = true;
                return false;
            }
        }
        return true;
    }

    void stop()
    {
        if (m_ended)
            return;
        m_ended = true;
        fail(m_lineNo + 1, Tr::tr("reading was stopped; the %n events before it were read.",
                                  nullptr, m_result.events));
        m_result.cancelled = true;
    }

    const LineSource &source() const { return m_source; }
    const ReadResult &result() const { return m_result; }

private:
    void fail(int lineNo, const QString &why)
    {
        m_result.ok = false;
        m_result.errorLine = lineNo;
        m_result.error = Tr::tr("Line %1: %2").arg(lineNo).arg(why);
    }

    /// The next line: false when reading stops there (at the end too).
    bool next()
    {
        LineSource::Line line;
        switch (m_source.next(&line)) {
        case LineSource::Status::End:
            return end();
        case LineSource::Status::TooLong:
            fail(m_lineNo + 1, Tr::tr("the record is longer than 16 MiB."));
            return false;
        case LineSource::Status::ReadError:
            fail(m_lineNo + 1, Tr::tr("reading the file failed (%1); the %n events before "
                                      "it were read.",
                                      nullptr, m_result.events)
                                   .arg(m_source.errorString()));
            return false;
        case LineSource::Status::Line:
            break;
        }
        ++m_lineNo;
        // A byte-order mark (some editors write one) is no part of the first record.
        if (m_lineNo == 1 && line.size >= 3 && std::memcmp(line.data, "\xEF\xBB\xBF", 3) == 0) {
            line.data += 3;
            line.size -= 3;
        }
        if (std::all_of(line.data, line.data + line.size, [](char c) {
                return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
            }))
            return true;
        simdjson::dom::element doc;
        // simdjson reads up to 64 bytes past the end: lines without them are copied first.
        simdjson::error_code error =
            m_parser.parse(line.data, size_t(line.size), !line.padded).get(doc);
        simdjson::dom::object o;
        if (!error)
            error = doc.get_object().get(o);
        if (error) {
            if (line.last && m_lineNo > 1) {
                // The last record was cut off (a crash while writing): the rest counts.
                fail(m_lineNo, Tr::tr("the file ends in the middle of a record (it was cut "
                                      "off); the %1 events before it were read.")
                                   .arg(m_result.events));
                return false;
            }
            fail(m_lineNo, Tr::tr("not a JSON object (%1).")
                               .arg(QString::fromLatin1(simdjson::error_message(error))));
            return false;
        }
        return record(o);
    }

    bool end()
    {
        if (m_lineNo == 0) {
            fail(1, Tr::tr("the file is empty."));
            return false;
        }
        m_result.ok = true;
        return false;
    }

    bool record(const simdjson::dom::object &o)
    {
        const std::string_view type = string(o, "type");
        if (m_lineNo == 1)
            return header(o, type);
        if (type == "connection") {
            // Early files list connections as records of their own; later ones as events.
            const ConnectionInfo c = ConnectionInfo::fromJson(toJson(o));
            if (c.id < 1 || c.id > 100000) {
                fail(m_lineNo, Tr::tr("a connection record without a valid id."));
                return false;
            }
            m_log->restoreConnection(c);
            return true;
        }
        if (type != "event")
            return true; // a record type from a later version 1 writer: skipped
        return event(o);
    }

    bool header(const simdjson::dom::object &o, std::string_view type)
    {
        const QJsonObject h = toJson(o);
        if (type != "header" || h.value(QStringLiteral("format")).toString() != FormatName) {
            fail(m_lineNo, Tr::tr("this is not an XMPP Inspector transcript."));
            return false;
        }
        const int version = h.value(QStringLiteral("version")).toInt();
        if (version < 1 || version > Version) {
            fail(m_lineNo, Tr::tr("format version %1 is newer than this tool understands (%2); "
                                  "update the tool.")
                               .arg(version)
                               .arg(Version));
            return false;
        }
        m_result.header = h;
        // Room for the events at once, from the file's size (a record takes about 300 bytes,
        // rarely under 200): the list of chunks, and the first chunk in huge pages (the log's
        // chunks never move as it grows). What is left over is never touched.
        m_log->reserve(int(qMin<qint64>(m_log->size() + m_source.total() / 200, 20'000'000)));
        m_result.secretsKept =
            h.value(QStringLiteral("secrets")).toString() == QLatin1String("kept");
        m_log->setStartWallMs(h.value(QStringLiteral("startWallMs")).toInteger());
        return true;
    }

    /// An event record's fields, found in one pass over the object.
    struct Fields
    {
        std::string_view kind, direction, raw, raw64;
        std::optional<simdjson::dom::element> t, w, c, data; // absent when not given
    };

    static Fields fields(const simdjson::dom::object &o)
    {
        Fields f;
        for (const simdjson::dom::key_value_pair field : o) {
            const std::string_view key = field.key;
            std::string_view *s = key == "k"       ? &f.kind
                                  : key == "d"     ? &f.direction
                                  : key == "raw"   ? &f.raw
                                  : key == "raw64" ? &f.raw64
                                                   : nullptr;
            if (s) {
                if (field.value.get(*s) != simdjson::SUCCESS)
                    *s = {};
                continue;
            }
            if (key == "t")
                f.t = field.value;
            else if (key == "w")
                f.w = field.value;
            else if (key == "c")
                f.c = field.value;
            else if (key == "data")
                f.data = field.value;
        }
        return f;
    }

    bool event(const simdjson::dom::object &o)
    {
        const Fields f = fields(o);
        Event e;
        if (!Event::kindFromName(text(f.kind), &e.kind)) {
            fail(m_lineNo, Tr::tr("unknown event kind '%1'.").arg(text(f.kind)));
            return false;
        }
        if (!Event::directionFromName(text(f.direction), &e.direction)) {
            fail(m_lineNo, Tr::tr("unknown direction '%1'.").arg(text(f.direction)));
            return false;
        }
        constexpr qint64 Min = std::numeric_limits<qint64>::min();
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        e.monotonicNs = whole(f.t, Min, Max);
        e.wallMs = whole(f.w, Min, Max);
        e.connection =
            int(whole(f.c, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
        if (f.raw64.data())
            e.raw = QByteArray::fromBase64(
                QByteArray::fromRawData(f.raw64.data(), qsizetype(f.raw64.size())));
        else if (f.raw.data())
            e.raw = m_raw.copy(f.raw.data(), qsizetype(f.raw.size())); // their one copy
        data(f.data, &e);
        if (e.kind == EventKind::StreamHeader)
            streamHeader(e);
        else if (e.kind == EventKind::Element)
            element(&e);
        m_log->appendRecorded(std::move(e));
        ++m_result.events;
        return true;
    }

    /// "data": an element's holds only its offset (nearly every line of a long session); other
    /// kinds' facts are read by their own types.
    static void data(const std::optional<simdjson::dom::element> &value, Event *e)
    {
        simdjson::dom::object d;
        if (!value || value->get(d) != simdjson::SUCCESS) {
            EventJson::setData(e, {});
            return;
        }
        if (e->kind == EventKind::Element && d.size() == 1) {
            int64_t offset = -1;
            if (d.at_key("offset").get(offset) == simdjson::SUCCESS) {
                e->offset = offset;
                return;
            }
        }
        EventJson::setData(e, toJson(d));
    }

    /// Elements are parsed again from their bytes, in the context of their stream: one parser
    /// per connection and direction, started afresh at each stream header.
    void streamHeader(const Event &e)
    {
        auto parser = std::make_unique<StreamParser>();
        QObject::connect(
            parser.get(), &StreamParser::elementReceived, parser.get(),
            [this](const ElementPtr &el, const QByteArray &, qint64) { m_parsed = el; });
        parser->feed(e.raw);
        m_parsers[key(e)] = std::move(parser);
    }

    void element(Event *e)
    {
        const auto it = m_parsers.find(key(*e));
        const bool inStream = it != m_parsers.end() && !it->second->hasFailed();
        // A stanza under its stream header keeps only its bytes: the log parses its tree
        // again when asked, as it does for the old stanzas of a live session.
        if (inStream && isStanza(e->raw))
            return;
        m_parsed.reset();
        if (inStream) {
            it->second->feed(e->raw);
        } else {
            // An element without its stream header (cannot happen in our own files): parse it
            // alone, with the namespaces a server stream declares.
            StreamParser alone;
            QObject::connect(
                &alone, &StreamParser::elementReceived, &alone,
                [this](const ElementPtr &el, const QByteArray &, qint64) { m_parsed = el; });
            alone.feed("<stream:stream xmlns='jabber:server' xmlns:db='jabber:server:dialback' "
                       "xmlns:stream='http://etherx.jabber.org/streams'>" +
                       e->raw);
        }
        e->element = std::exchange(m_parsed, {});
    }

    static std::pair<int, int> key(const Event &e) { return {e.connection, int(e.direction)}; }

    LineSource m_source;
    int m_lineNo = 0;
    bool m_ended = false;
    EventLog *m_log;
    ReadResult m_result;
    simdjson::dom::parser m_parser{LineSource::MaxLineBytes};
    RawArena m_raw;
    std::map<std::pair<int, int>, std::unique_ptr<StreamParser>> m_parsers;
    ElementPtr m_parsed;
};

Reader::Reader(QIODevice *device, EventLog *log)
    : d(std::make_unique<ReaderPrivate>(LineSource(device), log))
{}

Reader::Reader(const QByteArray &bytes, EventLog *log)
    : d(std::make_unique<ReaderPrivate>(LineSource(bytes), log))
{}

Reader::~Reader() = default;

bool Reader::readSome(qint64 bytes)
{
    return d->readSome(bytes);
}

void Reader::stop()
{
    d->stop();
}

qint64 Reader::position() const
{
    return d->source().position();
}

qint64 Reader::total() const
{
    return d->source().total();
}

const ReadResult &Reader::result() const
{
    return d->result();
}

namespace {
/// Reads to the end, telling `progress` every 4 MiB.
ReadResult readAll(Reader *reader, const Progress &progress)
{
    constexpr qint64 ProgressEvery = 4 * 1024 * 1024;
    while (reader->readSome(ProgressEvery)) {
        if (progress && !progress(reader->position(), reader->total())) {
            reader->stop();
            return reader->result();
        }
    }
    if (progress)
        progress(reader->position(), qMax(reader->position(), reader->total()));
    return reader->result();
}
} // namespace

ReadResult read(const QString &path, EventLog *log, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.error = Tr::tr("Cannot read '%1': %2").arg(path, file.errorString());
        return r;
    }
    return read(&file, log, progress);
}

ReadResult read(QIODevice *device, EventLog *log, const Progress &progress)
{
    Reader reader(device, log);
    return readAll(&reader, progress);
}

ReadResult readBytes(const QByteArray &bytes, EventLog *log, const Progress &progress)
{
    Reader reader(bytes, log);
    return readAll(&reader, progress);
}

QString jsonKernel()
{
    return QString::fromStdString(simdjson::get_active_implementation()->name());
}

} // namespace Inspector::Transcript
