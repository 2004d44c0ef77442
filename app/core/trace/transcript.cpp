// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript.h"

#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"
#include "xml/streamparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <map>
#include <memory>

namespace Inspector::Transcript {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transcript)
};
} // namespace

namespace {
constexpr qint64 MaxLineBytes = 16 * 1024 * 1024;

/// The next record: the bytes up to and including the next line feed, but no more than
/// `max` + 1, so that the caller can refuse a longer line. Read in small parts: readLine(n)
/// allocates about 2n bytes for every line however short (some 25 µs a line for 16 MiB).
/// readLine(n) gives at most n - 1 bytes.
QByteArray readRecord(QIODevice *device, qint64 max)
{
    QByteArray line;
    while (line.size() <= max && !device->atEnd()) {
        const qint64 room = max + 1 - line.size();
        const QByteArray part = device->readLine(qMin<qint64>(4096, room) + 1);
        if (part.isEmpty())
            break;
        line += part;
        if (line.endsWith('\n'))
            break;
    }
    return line;
}

QString marker(qsizetype length)
{
    return QStringLiteral("[redacted:%1]").arg(length);
}

/// The element's text is a secret: a dialback key or a SASL payload.
bool holdsSecret(const Element &e)
{
    if (e.text().trimmed().isEmpty())
        return false;
    if (e.namespaceUri() == Ns::Dialback)
        return e.name() == QLatin1String("result") || e.name() == QLatin1String("verify");
    if (e.namespaceUri() == Ns::Sasl)
        return e.name() == QLatin1String("auth") || e.name() == QLatin1String("response") ||
               e.name() == QLatin1String("challenge") || e.name() == QLatin1String("success");
    return false;
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

Event redacted(const Event &event)
{
    if (!event.element || !holdsSecret(*event.element))
        return event;
    Event e = event;
    const QString secret = event.element->text().trimmed();
    const QString m = marker(secret.size());
    e.raw.replace(secret.toUtf8(), m.toUtf8());
    Element copy = *event.element;
    Element clean(copy.namespaceUri(), copy.name());
    clean.setPrefix(copy.prefix());
    for (const XmlAttribute &a : copy.attributes())
        clean.setAttributeNs(a.namespaceUri, a.name, a.value);
    for (const ElementPtr &c : copy.children())
        clean.appendChild(c);
    clean.appendText(m);
    e.element = clean.share();
    return e;
}

QByteArray headerLine(const EventLog &log, const WriteOptions &options)
{
    return line(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("header")},
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), Version},
        {QStringLiteral("tool"), QStringLiteral("xmpp-inspector " INSPECTOR_VERSION)},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("startWallMs"), log.startWallMs()},
        {QStringLiteral("secrets"),
         options.keepSecrets ? QStringLiteral("kept") : QStringLiteral("redacted")},
        {QStringLiteral("redaction"),
         QStringLiteral("Dialback keys and SASL payloads are replaced by [redacted:LENGTH] unless "
                        "secrets are kept; secrets given to the tool are never recorded.")},
    });
}

QByteArray eventLine(const Event &original, int index, const WriteOptions &options)
{
    const Event e = options.keepSecrets ? original : redacted(original);
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("event")},
                  {QStringLiteral("i"), index},
                  {QStringLiteral("t"), e.monotonicNs},
                  {QStringLiteral("w"), e.wallMs},
                  {QStringLiteral("c"), e.connection},
                  {QStringLiteral("d"), Event::directionName(e.direction)},
                  {QStringLiteral("k"), Event::kindName(e.kind)}};
    if (!e.raw.isEmpty()) {
        const QString text = QString::fromUtf8(e.raw);
        if (text.toUtf8() == e.raw)
            o.insert(QStringLiteral("raw"), text);
        else
            o.insert(QStringLiteral("raw64"), QString::fromLatin1(e.raw.toBase64()));
    }
    const QJsonObject data = EventJson::data(e);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return line(o);
}

bool write(const EventLog &log, const QString &path, const WriteOptions &options, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    file.write(headerLine(log, options));
    for (int i = 0; i < log.size(); ++i)
        file.write(eventLine(log.at(i), i, options));
    if (!file.commit()) {
        *error = Tr::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ReadResult read(const QString &path, EventLog *log)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.error = Tr::tr("Cannot read '%1': %2").arg(path, file.errorString());
        return r;
    }
    return read(&file, log);
}

ReadResult read(QIODevice *device, EventLog *log)
{
    ReadResult r;
    // Elements are parsed again from their bytes, in the context of their stream: one parser per
    // connection and direction, started afresh at each stream header.
    std::map<std::pair<int, int>, std::unique_ptr<StreamParser>> parsers;
    ElementPtr parsed;
    const auto fail = [&r](int lineNo, const QString &why) {
        r.ok = false;
        r.errorLine = lineNo;
        r.error = Tr::tr("Line %1: %2").arg(lineNo).arg(why);
        return r;
    };
    int lineNo = 0;
    while (!device->atEnd()) {
        const QByteArray bytes = readRecord(device, MaxLineBytes);
        ++lineNo;
        if (bytes.size() > MaxLineBytes)
            return fail(lineNo, Tr::tr("the record is longer than 16 MiB."));
        if (bytes.trimmed().isEmpty())
            continue;
        QJsonParseError jsonError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
        if (!doc.isObject()) {
            if (!bytes.endsWith('\n') && device->atEnd() && lineNo > 1) {
                // The last record was cut off (a crash while writing): the rest counts.
                return fail(lineNo, Tr::tr("the file ends in the middle of a record (it "
                                           "was cut off); the %1 events before it were "
                                           "read.")
                                        .arg(r.events));
            }
            return fail(lineNo, Tr::tr("not a JSON object (%1).").arg(jsonError.errorString()));
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (lineNo == 1) {
            if (type != QLatin1String("header") ||
                o.value(QStringLiteral("format")).toString() != FormatName)
                return fail(lineNo, Tr::tr("this is not an XMPP Inspector transcript."));
            const int version = o.value(QStringLiteral("version")).toInt();
            if (version < 1 || version > Version)
                return fail(lineNo, Tr::tr("format version %1 is newer than this tool "
                                           "understands (%2); update the tool.")
                                        .arg(version)
                                        .arg(Version));
            r.header = o;
            r.secretsKept = o.value(QStringLiteral("secrets")).toString() == QLatin1String("kept");
            log->setStartWallMs(o.value(QStringLiteral("startWallMs")).toInteger());
            continue;
        }
        if (type == QLatin1String("connection")) {
            // Early files list connections as records of their own; later ones as events.
            const ConnectionInfo c = ConnectionInfo::fromJson(o);
            if (c.id < 1 || c.id > 100000)
                return fail(lineNo, Tr::tr("a connection record without a valid id."));
            log->restoreConnection(c);
            continue;
        }
        if (type != QLatin1String("event"))
            continue; // a record type from a later version 1 writer: skipped
        Event e;
        if (!Event::kindFromName(o.value(QStringLiteral("k")).toString(), &e.kind))
            return fail(
                lineNo,
                Tr::tr("unknown event kind '%1'.").arg(o.value(QStringLiteral("k")).toString()));
        if (!Event::directionFromName(o.value(QStringLiteral("d")).toString(), &e.direction))
            return fail(
                lineNo,
                Tr::tr("unknown direction '%1'.").arg(o.value(QStringLiteral("d")).toString()));
        // Whole numbers in range only: casting a double such as 1e300 to qint64 is undefined.
        e.monotonicNs = o.value(QStringLiteral("t")).toInteger();
        e.wallMs = o.value(QStringLiteral("w")).toInteger();
        e.connection = o.value(QStringLiteral("c")).toInt();
        if (o.contains(QStringLiteral("raw64")))
            e.raw = QByteArray::fromBase64(o.value(QStringLiteral("raw64")).toString().toLatin1());
        else
            e.raw = o.value(QStringLiteral("raw")).toString().toUtf8();
        EventJson::setData(&e, o.value(QStringLiteral("data")).toObject());
        const auto key = std::make_pair(e.connection, int(e.direction));
        if (e.kind == EventKind::StreamHeader) {
            auto parser = std::make_unique<StreamParser>();
            QObject::connect(
                parser.get(), &StreamParser::elementReceived, parser.get(),
                [&parsed](const ElementPtr &el, const QByteArray &, qint64) { parsed = el; });
            parser->feed(e.raw);
            parsers[key] = std::move(parser);
        } else if (e.kind == EventKind::Element) {
            const auto it = parsers.find(key);
            parsed.reset();
            if (it != parsers.end() && !it->second->hasFailed()) {
                it->second->feed(e.raw);
            } else {
                // An element without its stream header (cannot happen in our own files): parse
                // it alone, with the namespaces a server stream declares.
                StreamParser alone;
                QObject::connect(
                    &alone, &StreamParser::elementReceived, &alone,
                    [&parsed](const ElementPtr &el, const QByteArray &, qint64) { parsed = el; });
                alone.feed("<stream:stream xmlns='jabber:server' xmlns:db='jabber:server:dialback' "
                           "xmlns:stream='http://etherx.jabber.org/streams'>" +
                           e.raw);
            }
            e.element = parsed;
        }
        log->appendRecorded(std::move(e));
        ++r.events;
    }
    if (lineNo == 0)
        return fail(1, Tr::tr("the file is empty."));
    r.ok = true;
    return r;
}

} // namespace Inspector::Transcript

namespace Inspector {

TranscriptAppender::TranscriptAppender(const EventLog *log, const QString &path,
                                       const Transcript::WriteOptions &options, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_options(options)
    , m_file(new QFile(path, this))
{
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    m_file->write(Transcript::headerLine(*log, options));
    for (int i = 0; i < log->size(); ++i)
        m_file->write(Transcript::eventLine(log->at(i), i, options));
    m_file->flush();
    connect(log, &EventLog::eventAppended, this, &TranscriptAppender::onEvent);
}

TranscriptAppender::~TranscriptAppender() = default;

bool TranscriptAppender::isOpen() const
{
    return m_file->isOpen();
}

QString TranscriptAppender::path() const
{
    return m_file->fileName();
}

void TranscriptAppender::onEvent(int index)
{
    if (!m_file->isOpen())
        return;
    m_file->write(Transcript::eventLine(m_log->at(index), index, m_options));
    m_file->flush();
}

void TranscriptAppender::discard()
{
    if (m_file->isOpen())
        m_file->close();
    m_file->remove();
}

} // namespace Inspector
