// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript.h"

#include "trace/eventjson.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <simdjson.h>

#include <array>
#include <charconv>

namespace Inspector::Transcript {

namespace {
// Messages follow the interface language where a translation is loaded (not in the CLI).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transcript)
};
} // namespace

namespace {
QString marker(qsizetype length)
{
    return QStringLiteral("[redacted:%1]").arg(length);
}

/// The element's text is a secret: a dialback key or a SASL payload (not yet redacted: a
/// marker redacted again would give the marker's length instead of the secret's).
bool holdsSecret(const Element &e)
{
    const bool secretKind =
        e.namespaceUri() == Ns::Dialback
            ? e.name() == QLatin1String("result") || e.name() == QLatin1String("verify")
            : e.namespaceUri() == Ns::Sasl &&
                  (e.name() == QLatin1String("auth") || e.name() == QLatin1String("response") ||
                   e.name() == QLatin1String("challenge") || e.name() == QLatin1String("success"));
    if (!secretKind)
        return false;
    const QString text = e.text().trimmed();
    static const QRegularExpression Marker(QStringLiteral("^\\[redacted:\\d+\\]$"));
    return !text.isEmpty() && !Marker.match(text).hasMatch();
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

namespace {
/// Where the start tag of the element in `raw` ends (its '>'), or -1: the first '>' outside
/// quotes (an attribute's value may hold one).
qsizetype startTagEnd(const QByteArray &raw)
{
    char quote = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (quote)
            quote = c == quote ? 0 : quote;
        else if (c == '"' || c == '\'')
            quote = c;
        else if (c == '>')
            return i;
    }
    return -1;
}
} // namespace

Event redacted(const Event &event)
{
    if (!event.element || !holdsSecret(*event.element))
        return event;
    Event e = event;
    const QString secret = event.element->text().trimmed();
    const QString m = marker(secret.size());
    // The element's text is all between its tags (it has no children): replaced there as a
    // whole, however the peer escaped it, and nothing else (a one-character payload such as
    // "=" appears in the start tag too).
    const qsizetype open = startTagEnd(e.raw);
    const qsizetype close = e.raw.lastIndexOf("</");
    if (event.element->children().isEmpty() && open >= 0 && close > open)
        e.raw = e.raw.left(open + 1) + m.toUtf8() + e.raw.mid(close);
    else
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

namespace {

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end - digits);
}

/// `bytes` (valid UTF-8) as a JSON string: quotes, backslashes and control characters escaped,
/// everything else as it is.
void appendString(QByteArray &out, const char *bytes, qsizetype size)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    const char *run = bytes;
    const char *end = bytes + size;
    for (const char *p = bytes; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 15]};
            out.append(u, sizeof u);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

/// The names of kinds and directions as they are written, made once.
const QByteArray &kindName(EventKind kind)
{
    static const auto names = [] {
        std::array<QByteArray, size_t(EventKind::SessionFinished) + 1> n;
        for (size_t k = 0; k < n.size(); ++k)
            n[k] = Event::kindName(EventKind(k)).toUtf8();
        return n;
    }();
    return names.at(size_t(kind));
}

const QByteArray &directionName(Direction direction)
{
    static const auto names = [] {
        std::array<QByteArray, 3> n;
        for (size_t d = 0; d < n.size(); ++d)
            n[d] = Event::directionName(Direction(d)).toUtf8();
        return n;
    }();
    return names.at(size_t(direction));
}

/// One event record, its keys in the order QJsonDocument writes them (sorted), without
/// building a QJsonObject for it: an element's record (nearly every one of a long session)
/// costs little more than escaping its bytes.
void appendEventLine(QByteArray &out, const Event &original, int index, const WriteOptions &options)
{
    const Event e = options.keepSecrets ? original : redacted(original);
    out.append("{\"c\":");
    appendNumber(out, e.connection);
    out.append(",\"d\":\"");
    out.append(directionName(e.direction));
    out.append('"');
    if (e.payload.isEmpty()) {
        if (e.offset >= 0) {
            out.append(",\"data\":{\"offset\":");
            appendNumber(out, e.offset);
            out.append('}');
        }
    } else if (const QJsonObject data = EventJson::data(e); !data.isEmpty()) {
        out.append(",\"data\":");
        out.append(QJsonDocument(data).toJson(QJsonDocument::Compact));
    }
    out.append(",\"i\":");
    appendNumber(out, index);
    out.append(",\"k\":\"");
    out.append(kindName(e.kind));
    out.append('"');
    if (!e.raw.isEmpty()) {
        if (simdjson::validate_utf8(e.raw.constData(), size_t(e.raw.size()))) {
            out.append(",\"raw\":");
            appendString(out, e.raw.constData(), e.raw.size());
        } else {
            out.append(",\"raw64\":\"");
            out.append(e.raw.toBase64());
            out.append('"');
        }
    }
    out.append(",\"t\":");
    appendNumber(out, e.monotonicNs);
    out.append(",\"type\":\"event\",\"w\":");
    appendNumber(out, e.wallMs);
    out.append("}\n");
}

} // namespace

QByteArray eventLine(const Event &event, int index, const WriteOptions &options)
{
    QByteArray out;
    out.reserve(event.raw.size() + 160);
    appendEventLine(out, event, index, options);
    return out;
}

bool write(const EventLog &log, const QString &path, const WriteOptions &options, QString *error,
           const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    // Written in blocks of about 4 MiB: one system call each, the buffer reused.
    constexpr qsizetype Block = 4 * 1024 * 1024;
    QByteArray block = headerLine(log, options);
    block.reserve(Block + 64 * 1024);
    for (int i = 0; i < log.size(); ++i) {
        appendEventLine(block, log.at(i), i, options);
        if (block.size() >= Block) {
            file.write(block);
            block.resize(0);
            // In events: the file's size is known only at the end.
            if (progress && !progress(i + 1, log.size())) {
                file.cancelWriting();
                file.commit();
                *error = Tr::tr("Saving '%1' was stopped; nothing was written.").arg(path);
                return false;
            }
        }
    }
    file.write(block);
    if (progress)
        progress(log.size(), log.size());
    if (!file.commit()) {
        *error = Tr::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
