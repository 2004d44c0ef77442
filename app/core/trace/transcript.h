// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class QFile;
class QIODevice;

namespace Inspector {

class EventLog;

/**
 * The transcript file: JSON Lines, one header record and then one record per event or
 * connection, in order (docs/TRANSCRIPT.md). Raw bytes are kept exactly (as text when they are
 * UTF-8, base64 otherwise); elements are re-parsed from them when read, so a transcript read
 * back gives the same event log, the same summary and the same panes.
 */
namespace Transcript {

inline const QString FormatName = QStringLiteral("xmpp-inspector-transcript");
// 1: connections as records of their own; 2: as events; 3: notes as phrases (English text,
// translation context, source and arguments), translated when shown
constexpr int Version = 3;
inline const QString Extension = QStringLiteral("xitrace");
inline const QString MimeType = QStringLiteral("application/x-xmpp-inspector-transcript");

struct WriteOptions
{
    bool keepSecrets = false; // dialback keys and SASL payloads as sent, if the user asks
};

/// Secrets replaced by a marker with their length (dialback keys, SASL payloads), unless kept.
Event redacted(const Event &event);
QByteArray headerLine(const EventLog &log, const WriteOptions &options);
QByteArray eventLine(const Event &event, int index, const WriteOptions &options);

/// How far reading or writing has come, `done` of `total`: bytes of the file when reading,
/// events of the log when writing. Called about every 4 MiB, and once at the end; returning
/// false stops the work.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// The whole log, written atomically (QSaveFile): a crash never leaves half a file, and a
/// write stopped by `progress` leaves no file at all.
bool write(const EventLog &log, const QString &path, const WriteOptions &options, QString *error,
           const Progress &progress = {});

struct ReadResult
{
    bool ok = false;
    QString error;     // one sentence, naming the line
    int errorLine = 0; // 1-based
    int events = 0;
    bool secretsKept = false;
    bool cancelled = false; // stopped by the progress callback (error says so)
    QJsonObject header;
};
/// Fills `log`; on a bad line, stops there with an error, keeping everything read before it.
ReadResult read(const QString &path, EventLog *log, const Progress &progress = {});
ReadResult read(QIODevice *device, EventLog *log, const Progress &progress = {});
/// The same from bytes already in memory.
ReadResult readBytes(const QByteArray &bytes, EventLog *log, const Progress &progress = {});
class ReaderPrivate;
/// Reads a transcript in steps: a window shows the first events while it reads the rest.
class Reader
{
public:
    Reader(QIODevice *device, EventLog *log);
    Reader(const QByteArray &bytes, EventLog *log);
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    /// Reads whole lines until about `bytes` more of the input are read: false once reading
    /// has ended (result() says how).
    bool readSome(qint64 bytes);
    /// Ends reading here; the result says that it was stopped and keeps what was read.
    void stop();
    /// Bytes of the input read, and in all (0 when the device cannot tell).
    qint64 position() const;
    qint64 total() const;
    const ReadResult &result() const;

private:
    std::unique_ptr<ReaderPrivate> d;
};

/// The JSON parser's kernel chosen for this CPU at run time (e.g. "icelake", "haswell").
QString jsonKernel();

} // namespace Transcript

/**
 * Writes a transcript as the session runs, one line per event, flushed at once, so a killed
 * process loses nothing but what it had not recorded yet (autosave).
 */
class TranscriptAppender : public QObject
{
    Q_OBJECT
public:
    TranscriptAppender(const EventLog *log, const QString &path,
                       const Transcript::WriteOptions &options, QObject *parent = nullptr);
    ~TranscriptAppender() override;
    bool isOpen() const;
    QString path() const;
    /// Stops writing and deletes the file (the session was saved or closed normally).
    void discard();

private:
    void onEvent(int index);
    const EventLog *m_log;
    Transcript::WriteOptions m_options;
    QFile *m_file;
};

} // namespace Inspector
