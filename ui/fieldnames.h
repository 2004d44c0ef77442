// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/specification.h"

class QWidget;

namespace Inspector {

/// How the forms name a specification's fields in the engine's messages: as their labels.
QString formFieldName(Specifications::Field field);

/// Gives every field that a label names (its buddy) the label's text, without the mnemonic
/// and the colon, as its accessible name; a file field's "Browse…" button is named after it.
void nameFields(const QWidget *form);

} // namespace Inspector
