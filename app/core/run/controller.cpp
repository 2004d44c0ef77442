// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller.h"

#include "session/session.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Inspector {

SessionController::SessionController(QObject *parent)
    : QObject(parent)
    , m_log(std::make_unique<EventLog>())
{}

SessionController::~SessionController()
{
    // A session records into the log while it shuts down: it goes first.
    delete m_session;
    m_session = nullptr;
}

const EventLog &SessionController::fullLog() const
{
    return m_source ? *m_source : *m_log;
}

void SessionController::start(const Specification &spec)
{
    // One session or one transcript per controller, for its whole life.
    Q_ASSERT(!m_session && !m_source);
    m_session = Specifications::create(m_log.get(), spec, this);
    connect(m_session, &Session::finished, this, &SessionController::finished);
    m_session->start();
}

void SessionController::stop()
{
    if (isRunning())
        m_session->stop();
}

bool SessionController::isRunning() const
{
    return m_session && !m_session->isFinished();
}

bool SessionController::autosaveTo(const QString &path)
{
    delete m_autosave;
    m_autosave = new TranscriptAppender(m_log.get(), path, {}, this);
    return m_autosave->isOpen();
}

void SessionController::discardAutosave()
{
    if (m_autosave)
        m_autosave->discard();
}

bool SessionController::save(const QString &path, bool keepSecrets, QString *error,
                             const Transcript::Progress &progress) const
{
    Transcript::WriteOptions options;
    options.keepSecrets = keepSecrets;
    return Transcript::write(fullLog(), path, options, error, progress);
}

bool SessionController::exportTo(const QString &path, Exporters::Format format, bool keepSecrets,
                                 QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(Exporters::render(fullLog(), format, keepSecrets));
        if (file.commit())
            return true;
    }
    *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
    return false;
}

SessionController::Opened SessionController::open(const QString &path, QString *error,
                                                  const Transcript::Progress &progress)
{
    if (!beginReading(path, error))
        return Opened::Failed;
    constexpr qint64 ProgressEvery = 4 * 1024 * 1024;
    while (readSome(ProgressEvery)) {
        if (progress && !progress(readPosition(), readTotal()))
            stopReading();
    }
    if (progress)
        progress(readPosition(), qMax(readPosition(), readTotal()));
    return finishReading(error);
}

bool SessionController::beginReading(const QString &path, QString *error)
{
    Q_ASSERT(!m_session && !m_source && !m_reader && m_log->size() == 0);
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Transcript", "Cannot read '%1': %2")
                     .arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_reader = std::make_unique<Transcript::Reader>(m_file.get(), m_log.get());
    return true;
}

bool SessionController::readSome(qint64 bytes)
{
    return m_reader && m_reader->readSome(bytes);
}

void SessionController::stopReading()
{
    if (m_reader)
        m_reader->stop();
}

qint64 SessionController::readPosition() const
{
    return m_reader ? m_reader->position() : 0;
}

qint64 SessionController::readTotal() const
{
    return m_reader ? m_reader->total() : 0;
}

SessionController::Opened SessionController::finishReading(QString *error)
{
    Q_ASSERT(m_reader);
    const Transcript::ReadResult r = m_reader->result();
    m_reader.reset();
    m_file.reset();
    // The transcript as read: the replay's source, sharing the log's events (no copy until
    // the replay steps back).
    m_source = std::make_unique<EventLog>();
    m_source->shareEvents(*m_log);
    if (r.ok)
        return Opened::Whole;
    *error = r.error;
    if (m_source->size() == 0) {
        m_source.reset();
        return Opened::Failed;
    }
    return r.cancelled ? Opened::Stopped : Opened::Partly;
}

} // namespace Inspector
