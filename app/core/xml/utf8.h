// SPDX-License-Identifier: GPL-3.0-or-later
// UTF-8 as the stream parser needs it: fast ASCII runs, sequence lengths, strict validation.
#pragma once

#include <QtGlobal>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Inspector::Utf8 {

// How many of the bytes at p, up to n, are ASCII (most of any XMPP stream), counted a block
// at a time; stops early at a block with a byte above 127.
inline qint64 asciiRun(const unsigned char *p, qint64 n)
{
    qint64 i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i))) != 0)
            return i;
    }
#endif
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, sizeof w);
        if ((w & 0x8080808080808080ULL) != 0)
            return i;
    }
    return i;
}

// The length of the UTF-8 sequence a lead byte starts (1 for a stray or invalid byte).
inline int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 1; // stray continuation or invalid byte: the reader rejects it as mis-encoded
}

// The length of the longest prefix of data[0, n) made of whole, valid UTF-8 sequences
// (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF). *invalid says
// whether what follows that prefix is invalid, rather than a sequence cut off at n.
qint64 validPrefix(const char *data, qint64 n, bool *invalid);

} // namespace Inspector::Utf8
