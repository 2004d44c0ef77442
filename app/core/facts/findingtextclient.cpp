// SPDX-License-Identifier: GPL-3.0-or-later
// The texts of the findings about a client stream, made from their facts when shown.
#include "findingtextclient.h"

namespace Inspector {

namespace {
using FindingText::arg;
using FindingText::Tr;

const QString SmSpec = QStringLiteral("XEP-0198");

/// Prosody's and ejabberd's modules for stream management.
QString smModules()
{
    return Tr::tr("Prosody: mod_smacks (smacks_hibernation_time); ejabberd: mod_stream_mgmt "
                  "(resume_timeout).");
}

/// XEP-0198 findings: args as each case says.
ClientFindingTexts smTexts(const Finding &f)
{
    using C = Finding::Code;
    switch (f.code) {
    case C::SmEnableFailed: // the <failed/> condition, or "no-answer"
        if (arg(f, 0) == QLatin1String("no-answer"))
            return {Tr::tr("Stream management offered, then not answered"),
                    Tr::tr("The peer offers XEP-0198 but did not answer <enable/>: whether it "
                           "counts stanzas, and which ones, is unknown."),
                    SmSpec + QStringLiteral(" §3"),
                    Tr::tr("Read the peer's log for why; offer the feature only where it "
                           "works.")};
        return {Tr::tr("Stream management offered, then refused"),
                Tr::tr("The server offers XEP-0198 but answered <enable/> with <failed/>%1: "
                       "its peers cannot count on acknowledgements, and clients cannot resume "
                       "after a network change.")
                    .arg(arg(f, 0).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(arg(f, 0))),
                SmSpec + QStringLiteral(" §3"),
                Tr::tr("Read the server's log for why; offer the feature only where it works.")};
    case C::SmNotResumable:
        return {Tr::tr("Stream management without resumption"),
                Tr::tr("<enabled/> has no resume='true' and id: after a dropped connection a "
                       "mobile client must log in again from scratch, and stanzas in flight "
                       "are lost or bounced."),
                SmSpec + QStringLiteral(" §5"), Tr::tr("Enable resumption. %1").arg(smModules())};
    case C::SmHandledCountTooHigh: // h, sent
        return {Tr::tr("The server acknowledged more stanzas than were sent"),
                Tr::tr("It says it handled %1 stanzas; we sent %2. Its counts cannot be "
                       "trusted: a client or server would drop stanzas it still has to send.")
                    .arg(arg(f, 0), arg(f, 1)),
                SmSpec + QStringLiteral(" §4"), Tr::tr("Report it to the server's developers.")};
    case C::SmAckBehind: // h, sent
        return {Tr::tr("The server did not count every stanza"),
                Tr::tr("Asked with <r/> after %2 stanzas, it answered h='%1': it says it did "
                       "not handle every stanza sent before the request, which it must have "
                       "read first.")
                    .arg(arg(f, 0), arg(f, 1)),
                SmSpec + QStringLiteral(" §4"),
                Tr::tr("Report it to the server's developers; a client would send those "
                       "stanzas twice after a resumption.")};
    case C::SmNoAck:
        return {Tr::tr("No answer to an acknowledgement request"),
                Tr::tr("The server enabled stream management but did not answer <r/> in "
                       "time: its peers wait for acknowledgements that never come, and a "
                       "client may reconnect."),
                SmSpec + QStringLiteral(" §4"), smModules()};
    case C::SmResumeFailed: // the <failed/> condition
        return {Tr::tr("Resumption advertised but refused"),
                Tr::tr("The server enabled the session for resumption, then answered "
                       "<resume/> on a new connection, right after the old one dropped, with "
                       "<failed/>%1.")
                    .arg(arg(f, 0).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(arg(f, 0))),
                SmSpec + QStringLiteral(" §5"),
                Tr::tr("Check that the session survives the drop (hibernation time) and, in a "
                       "cluster, that the new connection reaches the node holding it. %1")
                    .arg(smModules())};
    default: // SmResumeLost: what became of the test message
        return {Tr::tr("Resumption lost or duplicated a message"),
                Tr::tr("The session resumed, but the message sent just before the drop %1.")
                    .arg(arg(f, 0) == QLatin1String("lost")
                             ? Tr::tr("never arrived")
                             : Tr::tr("arrived more than once (%1)").arg(arg(f, 0))),
                SmSpec + QStringLiteral(" §5"),
                Tr::tr("Report it to the server's developers with the transcript.")};
    }
}

/// REGISTRATION-OPEN: args the form's fields and "captcha" when it has one;
/// COMPRESSION-OFFERED: the methods.
ClientFindingTexts streamTexts(const Finding &f)
{
    if (f.code == Finding::Code::CapsHashMismatch) // args announced, computed, the function
        return {Tr::tr("The server's capabilities hash does not match its features"),
                Tr::tr("Its stream features announce ver='%1' (%3), but its disco#info answer "
                       "hashes to '%2': clients that cache capabilities by hash get the "
                       "wrong features for every server that announces the same hash.")
                    .arg(arg(f, 0), arg(f, 1), arg(f, 2)),
                QStringLiteral("XEP-0115 §5"),
                Tr::tr("Report it to the server's developers with the disco#info answer.")};
    if (f.code == Finding::Code::CompressionOffered)
        return {Tr::tr("Stream compression offered"),
                Tr::tr("The server offers XEP-0138 compression (%1). Compressed data inside TLS "
                       "leaks what it hides through its length (the CRIME and BREACH attacks), "
                       "and XEP-0138 is deprecated.")
                    .arg(arg(f, 0)),
                QStringLiteral("XEP-0138"),
                Tr::tr("Disable it: Prosody's community module mod_compression, the listener's "
                       "zlib option in older ejabberd.")};
    const bool captcha = arg(f, 1) == QLatin1String("captcha");
    return {Tr::tr("The registration form is handed out before login"),
            (captcha ? Tr::tr("The server hands its registration form (%1) to anyone before "
                              "login, with a CAPTCHA (XEP-0158). Who may submit it is decided "
                              "only then (the form was not submitted).")
                     : Tr::tr("The server hands its registration form (%1) to anyone before "
                              "login, with no CAPTCHA. Who may submit it is decided only then "
                              "(the form was not submitted; ejabberd applies access and "
                              "ip_access there): if anyone may, bots can create accounts in "
                              "bulk and send spam from them."))
                .arg(arg(f, 0)),
            QStringLiteral("XEP-0077 §3.1, §10"),
            Tr::tr("If this is not meant: Prosody allow_registration = false (or invitations "
                   "only); ejabberd mod_register with access: none, or a CAPTCHA and "
                   "registration_timeout.")};
}
} // namespace

ClientFindingTexts clientFindingTexts(const Finding &f)
{
    using C = Finding::Code;
    if (f.code == C::RegistrationOpen || f.code == C::CompressionOffered ||
        f.code == C::CapsHashMismatch)
        return streamTexts(f);
    return smTexts(f);
}

} // namespace Inspector
