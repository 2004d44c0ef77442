// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/specification.h"

namespace Inspector {

/// How the forms name a specification's fields in the engine's messages: as their labels.
QString formFieldName(Specifications::Field field);

} // namespace Inspector
