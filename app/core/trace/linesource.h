// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Inspector::Transcript {

/**
 * The lines of a transcript, from bytes in memory or read from a device in blocks into one
 * buffer that is reused (never mapped: a file cut short or storage failing while it is read is
 * an error, not the end of the program). JSON parsers that read in wide words may read up to
 * `Padding` bytes past a line: `padded` says whether those bytes are there.
 */
class LineSource
{
public:
    static constexpr qsizetype Padding = 64;
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

    explicit LineSource(const QByteArray &bytes);
    explicit LineSource(QIODevice *device);

    struct Line
    {
        const char *data = nullptr;
        qsizetype size = 0;
        bool padded = false; // Padding readable bytes follow the line
        bool last = false;   // no line feed after it: the end of the input
    };
    enum class Status { Line, End, TooLong, ReadError };
    Status next(Line *line);
    /// Bytes of the input consumed so far, and in all (0 when the device cannot tell).
    qint64 position() const { return m_consumed; }
    qint64 total() const { return m_total; }
    QString errorString() const { return m_error; }

private:
    bool refill();

    QIODevice *m_device = nullptr;
    QByteArray m_bytes; // the input (in memory), or the buffer (from a device)
    qsizetype m_begin = 0;
    qsizetype m_end = 0;     // the valid bytes of the buffer end here
    qsizetype m_scanned = 0; // bytes after m_begin known to hold no line feed
    bool m_atEnd = false;
    qint64 m_consumed = 0;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace Inspector::Transcript
