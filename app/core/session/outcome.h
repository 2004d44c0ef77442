// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Inspector {

/// How a session ended; the values are the CLI's exit statuses.
enum class Outcome {
    Success = 0,
    ProtocolFailure = 1, // the peer refused or failed the protocol
    UsageError = 2,
    NetworkFailure = 3, // could not connect, connection lost, or a timeout
};

} // namespace Inspector
