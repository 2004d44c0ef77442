// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/specification.h"

namespace Inspector {

/**
 * The last session started from the new-session dialog, one per kind, in the settings under
 * "lastSession/s2s" and "lastSession/c2s", so that the dialog opens as it was left. Every
 * option a form has is kept by name (files by their paths, never their contents), except the
 * secrets (the dialback secret, a password) and the opt-ins that hold for one session
 * (sending credentials to an unverified server, recording SASL payloads).
 */
namespace LastSession {

/// Keeps `spec` as the last session of its kind (s2s or c2s; other kinds are not kept).
void save(const Specification &spec);
/// The last session of that kind, files named but not read; false when there is none.
bool load(S2sOptions *out);
bool load(C2sOptions *out);
/// The kind last kept ("s2s", "c2s"), or empty.
QString kind();

} // namespace LastSession
} // namespace Inspector
