// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QCoreApplication>

namespace Inspector {

namespace FindingText {
/// The translation context of every finding's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
};
/// A finding's argument `i`, empty when it has none.
inline QString arg(const Finding &f, int i)
{
    return f.args.value(i);
}
} // namespace FindingText

/// The texts of the findings about a client stream (stream management, registration, …).
struct ClientFindingTexts
{
    QString title, explanation, spec, fix;
};

ClientFindingTexts clientFindingTexts(const Finding &f);
/// The texts of the findings about a domain's web endpoints (XEP-0156 host-meta).
ClientFindingTexts webFindingTexts(const Finding &f);

} // namespace Inspector
