// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/exporters.h"
#include "run/specification.h"
#include "trace/transcript.h"

#include <QFile>
#include <QObject>

#include <memory>

namespace Inspector {

class EventLog;
class Session;
class TranscriptAppender;

/**
 * Runs one session for a front end: owns its event log, the session made from a
 * specification, its autosave, and saving and exporting it; or holds a transcript read back
 * from a file. The CLI and the window do only this: build a specification, show the log.
 */
class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;

    /// The log the session records into (for a transcript: where a replay shows it).
    EventLog *log() const { return m_log.get(); }
    /// The whole session: the log, or for a transcript all it holds, wherever a replay is.
    const EventLog &fullLog() const;
    /// The transcript read by open(), or nullptr.
    EventLog *source() const { return m_source.get(); }

    /// Starts a session for a specification that Specifications::check() accepted. A
    /// controller runs one session, or holds one transcript (open()), for its whole life.
    void start(const Specification &spec);
    void stop();
    Session *session() const { return m_session; }
    bool isRunning() const;

    /// Writes the log to `path` line by line as the session runs: a crash loses nothing.
    bool autosaveTo(const QString &path);
    /// The session ended normally (saved or closed): its autosave file goes.
    void discardAutosave();

    bool save(const QString &path, bool keepSecrets, QString *error,
              const Transcript::Progress &progress = {}) const;
    bool exportTo(const QString &path, Exporters::Format format, bool keepSecrets,
                  QString *error) const;

    /// What open() read.
    /// Reading: a window shows the first events and reads on (SessionView::openTranscript()).
    enum class Opened { Failed, Partly, Stopped, Whole, Reading };
    /// Reads a transcript: the events go into log() (where the panes show them as they come)
    /// and, once read, source() holds them too, sharing them with the log. A bad line ends the
    /// reading there: what was read before it is kept (Partly, with the error naming the
    /// line); Failed when nothing was; Stopped when `progress` stopped it after reading
    /// something.
    Opened open(const QString &path, QString *error, const Transcript::Progress &progress = {});
    /// The same in steps, for a window that stays responsive: beginReading(), readSome()
    /// until it returns false (or stopReading()), then finishReading().
    bool beginReading(const QString &path, QString *error);
    bool readSome(qint64 bytes);
    void stopReading();
    bool isReading() const { return bool(m_reader); }
    /// Bytes of the file read, and in all.
    qint64 readPosition() const;
    qint64 readTotal() const;
    Opened finishReading(QString *error);

Q_SIGNALS:
    /// The session said finished().
    void finished();

private:
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<EventLog> m_source;
    std::unique_ptr<QFile> m_file; // the transcript being read
    std::unique_ptr<Transcript::Reader> m_reader;
    Session *m_session = nullptr;
    TranscriptAppender *m_autosave = nullptr;
};

} // namespace Inspector
