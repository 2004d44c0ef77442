// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "trace/rawarena.h"

namespace Inspector {

void EventStore::reserveChunk(int count)
{
    QVector<Event> &chunk = m_chunks.last();
    if (count <= chunk.capacity())
        return;
    chunk.reserve(count);
    preferHugePages(chunk.data(), chunk.capacity() * qsizetype(sizeof(Event)));
}

} // namespace Inspector
