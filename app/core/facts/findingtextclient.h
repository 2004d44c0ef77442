// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

namespace Inspector {

/// The texts of the findings about a client stream (stream management, registration, …).
struct ClientFindingTexts
{
    QString title, explanation, spec, fix;
};

ClientFindingTexts clientFindingTexts(const Finding &f);

} // namespace Inspector
