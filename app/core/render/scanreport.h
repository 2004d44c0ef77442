// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Inspector {

struct ScanResult;

/// A federation scan's reports: what `scan --html` writes and the window exports.
namespace ScanReport {

/**
 * One self-contained HTML page: the outcome, a table of every domain (sortable by any column,
 * filtered by what its row shows, each row opening to its error, findings and phases), the
 * domains per outcome and per finding, and the lines of the list that were skipped. Sorting,
 * opening and filtering are one inline script, named by the page's Content-Security-Policy;
 * without it every row shows open. Texts in the interface's language.
 */
QByteArray html(const ScanResult &scan);

/**
 * One line per domain (RFC 4180, a header line first) for a spreadsheet: the table's facts as
 * values (numbers without units, true/false, the finding codes separated by spaces). A text
 * that a spreadsheet would read as a formula (=, +, -, @ first) starts with a quote.
 */
QByteArray csv(const ScanResult &scan);

} // namespace ScanReport
} // namespace Inspector
