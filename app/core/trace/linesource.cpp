// SPDX-License-Identifier: GPL-3.0-or-later
#include "linesource.h"

#include <QIODevice>

#include <cstring>

namespace Inspector::Transcript {

namespace {
constexpr qsizetype Block = 4 * 1024 * 1024;
}

LineSource::LineSource(const QByteArray &bytes)
    : m_bytes(bytes)
    , m_end(bytes.size())
    , m_atEnd(true)
    , m_total(bytes.size())
{}

LineSource::LineSource(QIODevice *device)
    : m_device(device)
    , m_total(device->isSequential() ? 0 : qMax<qint64>(0, device->size() - device->pos()))
{}

LineSource::Status LineSource::next(Line *line)
{
    for (;;) {
        const char *start = m_bytes.constData() + m_begin;
        const qsizetype left = m_end - m_begin;
        const qsizetype window = qMin(left, MaxLineBytes + 1);
        const auto *feed = window > m_scanned
                               ? static_cast<const char *>(std::memchr(start + m_scanned, '\n',
                                                                       size_t(window - m_scanned)))
                               : nullptr;
        if (feed || (m_atEnd && left > 0 && left <= MaxLineBytes)) {
            line->data = start;
            line->size = feed ? feed - start : left;
            line->last = !feed;
            const qsizetype used = feed ? line->size + 1 : left;
            // A device's buffer always has the padding after its valid bytes.
            line->padded = m_device || m_end - m_begin - line->size >= Padding;
            m_begin += used;
            m_consumed += used;
            m_scanned = 0;
            return Status::Line;
        }
        if (left > MaxLineBytes)
            return Status::TooLong;
        m_scanned = window;
        if (m_atEnd)
            return Status::End;
        if (!refill())
            return Status::ReadError;
    }
}

/// Moves what is left of the buffer to its front and reads a block after it.
bool LineSource::refill()
{
    const qsizetype left = m_end - m_begin;
    const qsizetype room = qMax(Block, left + Block / 4);
    if (m_bytes.size() < room + Padding)
        m_bytes.resize(room + Padding);
    char *buffer = m_bytes.data();
    std::memmove(buffer, buffer + m_begin, size_t(left));
    m_begin = 0;
    m_end = left;
    const qint64 n = m_device->read(buffer + m_end, room - m_end);
    if (n < 0) {
        m_error = m_device->errorString();
        return false;
    }
    if (n == 0)
        m_atEnd = true;
    m_end += n;
    std::memset(buffer + m_end, 0, size_t(Padding));
    return true;
}

} // namespace Inspector::Transcript
