// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

namespace Inspector {

bool Session::send(const QVector<ElementPtr> &stanzas, QString *error)
{
    Q_UNUSED(stanzas)
    *error = tr("This session has no stream to send stanzas on.");
    return false;
}

} // namespace Inspector
