// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawarena.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstring>

namespace Inspector {

namespace {
constexpr qsizetype MaxBlock = 8 * 1024 * 1024;
constexpr std::uintptr_t HugePage = 2 * 1024 * 1024;
/// Bytes larger than this get an allocation of their own (they would waste a block's end).
constexpr qsizetype MaxShared = 64 * 1024;

} // namespace

void preferHugePages(void *data, qsizetype size)
{
#ifdef MADV_HUGEPAGE
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + HugePage - 1) & ~(HugePage - 1);
    const auto end =
        (reinterpret_cast<std::uintptr_t>(data) + std::uintptr_t(size)) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

void RawArena::newBlock(qsizetype atLeast)
{
    // Small first (a short transcript needs no megabytes), then doubling up to 8 MiB.
    const qsizetype capacity = qMax(atLeast, m_nextSize);
    m_nextSize = qMin(MaxBlock, m_nextSize * 2);
    auto [header, data] = QTypedArrayData<char>::allocate(capacity);
    Q_CHECK_PTR(header);
    m_block = QByteArray::DataPointer(header, data, 0);
    m_used = 0;
    if (capacity >= 2 * qsizetype(HugePage))
        preferHugePages(data, capacity);
}

QByteArray RawArena::copy(const char *data, qsizetype size)
{
    if (size <= 0)
        return {};
    if (size > MaxShared)
        return QByteArray(data, size);
    if (!m_block.d_ptr() || m_used + size + 1 > m_block.d_ptr()->allocatedCapacity())
        newBlock(size + 1);
    char *to = m_block.data() + m_used;
    std::memcpy(to, data, size_t(size));
    to[size] = '\0';
    m_used += size + 1;
    m_block.d_ptr()->ref();
    return QByteArray(QByteArray::DataPointer(m_block.d_ptr(), to, size));
}

} // namespace Inspector
