// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QVector>

#include <iterator>

namespace Inspector {

/// The events of a log, in chunks of ChunkSize: past the first FirstChunkGrows events,
/// growing moves nothing stored, so a long session does not stop for a copy of every event
/// each time its list doubles (the copy at 47 662 events took 13–18 ms in one socket read).
/// Chunks are shared between copies until one of them changes, as a QVector is.
class EventStore
{
public:
    static constexpr int ChunkBits = 16;
    static constexpr int ChunkSize = 1 << ChunkBits;
    /// A short session's first chunk grows as it needs up to this; then it takes its room.
    static constexpr int FirstChunkGrows = 4096;

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const Event &at(int index) const
    {
        return m_chunks.at(index >> ChunkBits).at(index & (ChunkSize - 1));
    }
    Event &operator[](int index) { return m_chunks[index >> ChunkBits][index & (ChunkSize - 1)]; }

    void append(Event &&event)
    {
        if (m_chunks.isEmpty() || m_chunks.constLast().size() == ChunkSize) {
            m_chunks.append(QVector<Event>());
            // Later chunks take their room at once (room never touched costs address space,
            // not memory).
            if (m_chunks.size() > 1)
                reserveChunk(ChunkSize);
        } else if (m_size == FirstChunkGrows) {
            reserveChunk(ChunkSize);
        }
        m_chunks.last().append(std::move(event));
        ++m_size;
    }

    /// Room for `count` events in all, the part beyond the first chunk taken as chunks fill.
    void reserve(int count)
    {
        if (m_chunks.isEmpty())
            m_chunks.append(QVector<Event>());
        m_chunks.reserve((count >> ChunkBits) + 1);
        if (m_chunks.size() == 1)
            reserveChunk(qMin(count, ChunkSize));
    }

    /// Keeps the first `count` events.
    void truncate(int count)
    {
        if (count < 0 || count >= m_size)
            return;
        m_chunks.resize((count + ChunkSize - 1) >> ChunkBits);
        // A chunk cut at its end stays as it is (and shared, if it is).
        const int inLast = count - int(m_chunks.size() - 1) * ChunkSize;
        if (!m_chunks.isEmpty() && m_chunks.constLast().size() != inLast)
            m_chunks.last().resize(inLast);
        m_size = count;
    }

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Event;
        using difference_type = std::ptrdiff_t;
        using pointer = const Event *;
        using reference = const Event &;

        const_iterator(const EventStore *store, int index)
            : m_store(store)
            , m_index(index)
        {}
        reference operator*() const { return m_store->at(m_index); }
        pointer operator->() const { return &m_store->at(m_index); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_index == other.m_index; }
        bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

    private:
        const EventStore *m_store;
        int m_index;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

private:
    void reserveChunk(int count);

    QVector<QVector<Event>> m_chunks;
    int m_size = 0;
};

} // namespace Inspector
