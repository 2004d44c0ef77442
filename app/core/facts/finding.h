// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Inspector {

/**
 * One diagnostic finding: a severity, a stable code and the facts its texts are made of. The
 * texts (title, explanation, spec reference, fix) are produced when shown, in the interface's
 * language where a translation is loaded; the command-line tool loads none and stays English.
 */
struct Finding
{
    enum class Severity { Error, Warning, Info };
    enum class Code {
        TlsIdentityCnOnly,
        TlsIdentityMismatch,
        TlsExpired,
        TlsNotYetValid,
        TlsSelfSigned,
        TlsChainIncomplete,
        TlsUntrusted,
        TlsExpiresSoon,
        TlsOldProtocol,
        DnsNoService,
        DnsFallback,
        DnsSrvFailed,
        DnsTargetNoAddress,
        DaneAddressInsecure,
        DnsDirectTlsOnStarttlsPort,
        DnsCandidateUnreachable,
        DnssecBogus,
        DnssecStripped,
        DaneMismatch,
        ClientCertNoClientAuth,
        StarttlsNotOffered,
        DialbackInvalid,
        DialbackUnsolicited,
        DialbackPending,
        DialbackError,
        BidiNotOffered,
        BidiUnproven,
        BidiStanzaUnauthorised,
        StanzaWithoutBidi,
        StreamError,
        SmEnableFailed,
        SmNotResumable,
        SmHandledCountTooHigh,
        SmAckBehind,
        SmNoAck,
        SmResumeFailed,
        SmResumeLost,
        RegistrationOpen,
        CompressionOffered,
        CapsHashMismatch,
        HostMetaNone,
        HostMetaTls,
        HostMetaFailed,
        HostMetaMalformed,
        HostMetaXrdMissing,
        HostMetaMismatch,
        HostMetaPlaintext,
        HostMetaBadLink,
        HostMetaNoCors,
    };

    Severity severity = Severity::Error;
    Code code = Code::StreamError;
    /// The facts the texts name, in the order each code's texts use them.
    QStringList args;
    /// For texts with a plural (%n): certificates, days, answers.
    int count = 0;

    /// "error", "warning", "info".
    QString severityName() const;
    /// The stable code, e.g. "TLS-EXPIRED".
    QString codeName() const;
    QString title() const;
    QString explanation() const;
    QString spec() const;
    QString fix() const;

    /// {severity, code, title, explanation, spec, fix}, the texts as title() etc. give them.
    QJsonObject toJson() const;

    bool operator==(const Finding &o) const
    {
        return severity == o.severity && code == o.code && args == o.args && count == o.count;
    }
};

} // namespace Inspector
