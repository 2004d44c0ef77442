// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

namespace Inspector::Utf8 {

qint64 validPrefix(const char *data, qint64 n, bool *invalid)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    *invalid = false;
    qint64 i = 0;
    while (i < n) {
        i += asciiRun(p + i, n - i);
        if (i >= n)
            break;
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            len = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            len = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            len = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            *invalid = true;
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return i; // the rest of the character has not arrived yet
            const unsigned char b = p[i + k];
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
                *invalid = true;
                return i;
            }
        }
        i += len;
    }
    return i;
}

} // namespace Inspector::Utf8
