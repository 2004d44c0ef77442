// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamheader.h"

#include "namespaces.h"

#include <QJsonArray>

namespace Inspector {

bool StreamHeader::declaresDialback() const
{
    for (const QString &uri : prefixedNamespaces) {
        if (uri == Ns::Dialback)
            return true;
    }
    return false;
}

} // namespace Inspector
