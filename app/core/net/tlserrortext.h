// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"

#include <QAbstractSocket>
#include <QSslError>

namespace Inspector::TlsErrorText {

/// A certificate verification error in this tool's words, translated only when shown (Qt's own
/// text follows the loaded Qt translation, and would put that language into transcripts). An
/// error this tool does not name keeps Qt's text as a literal.
Phrase of(const QSslError &error);

/// A recorded verification error, by its code (the QSslError::SslError name recorded with it),
/// or the recorded text when the code is not one this tool names.
Phrase ofRecorded(const QString &code, const QString &text);

/// A socket error, likewise; `qtText` is QAbstractSocket::errorString(), kept for the details
/// Qt adds (OpenSSL's reason for a failed handshake) and for errors this tool does not name.
Phrase of(QAbstractSocket::SocketError error, const QString &qtText);

} // namespace Inspector::TlsErrorText
