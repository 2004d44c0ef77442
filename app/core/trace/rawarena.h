// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Inspector {

/// Asks the kernel for huge pages (2 MiB) over the whole ones inside [data, data + size): one
/// page fault where 4 KiB pages take 512. Only a hint: they may be switched off or none free.
void preferHugePages(void *data, qsizetype size);

/**
 * Bytes of many small QByteArrays kept in a few large blocks: a transcript of a million events
 * read back costs a handful of allocations instead of a million, and the blocks ask the kernel
 * for huge pages (2 MiB, one page fault where 4 KiB pages take 512). Each copy is an ordinary
 * QByteArray sharing its block's reference count, so it stays valid when the arena is gone and
 * detaches (copies itself) before it is changed, like any shared QByteArray; every copy is
 * followed by '\0', as QByteArray's data always is.
 */
class RawArena
{
public:
    RawArena() = default;
    RawArena(const RawArena &) = delete;
    RawArena &operator=(const RawArena &) = delete;

    /// A QByteArray holding a copy of `size` bytes at `data`.
    QByteArray copy(const char *data, qsizetype size);

private:
    void newBlock(qsizetype atLeast);
    QByteArray::DataPointer m_block; // holds one reference to the current block
    qsizetype m_used = 0;
    qsizetype m_nextSize = 64 * 1024;
};

} // namespace Inspector
