// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Inspector::Fragment {

/// The largest text accepted as stanzas typed or loaded by the user.
constexpr qsizetype MaxBytes = 1024 * 1024;

/**
 * Top-level elements typed or loaded by the user (a console, --send FILE), parsed by the
 * stream parser as if they arrived inside a stream whose default namespace is
 * `contentNamespace` (jabber:server or jabber:client): well-formed, restricted XML only (no
 * DTD, comments, processing instructions), every element complete. False with one sentence in
 * *error otherwise; nothing is returned then.
 */
bool parse(const QByteArray &text, const QString &contentNamespace, QVector<ElementPtr> *out,
           QString *error);

} // namespace Inspector::Fragment
