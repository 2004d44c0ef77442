// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/verdictfact.h"
#include "protocol/dialback.h"
#include "protocol/streamfeatures.h"
#include "session/outcome.h"
#include "session/s2soptions.h"
#include "text/phrase.h"
#include "xml/element.h"

#include <QCoreApplication>
#include <QString>

namespace Inspector {

/**
 * The originating server's side of authentication on an outgoing server-to-server stream:
 * whether to use SASL EXTERNAL (XEP-0178) or Server Dialback (XEP-0220), the requests, and
 * what each answer means — including the fall back to dialback when EXTERNAL fails. It decides
 * from the features and the answers; the session sends, records and moves between phases.
 */
class S2sAuthentication
{
    // The session's messages, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(Inspector::OutgoingS2s)
public:
    /// What the session does next, with what to record first.
    struct Step
    {
        enum class Next {
            Close,         // nothing to authenticate with that the user allowed: close
            External,      // send externalRequest()
            Dialback,      // send dialbackRequest()
            Restart,       // SASL succeeded: restart the stream (RFC 6120 §6.4.6)
            Authenticated, // dialback said valid
            Fail,          // the connection fails: outcome, code, message
            Nothing,       // an answer that means nothing here: only noted
        };
        Next next = Next::Close;
        std::optional<VerdictFact> verdict; // to record as the verdict
        Phrase note;                        // to record as a note, when not empty
        Outcome outcome = Outcome::ProtocolFailure;
        QString code;
        Phrase message;
    };

    S2sAuthentication(S2sOptions::Auth auth, QString from, bool haveCertificate,
                      bool haveDialbackKey);

    /// With the features of the stream to authenticate: the method, or why there is none.
    Step choose(const StreamFeatures &features, bool headerDeclaresDialback) const;
    /// XEP-0178 §3 step 10: <auth mechanism='EXTERNAL'> with our domain as the identity.
    Element externalRequest() const;
    /// The answer to our <auth/>.
    Step saslAnswer(const Element &answer);
    /// The answer to our <db:result/> `request`, sent on the stream with id `streamId`.
    Step dialbackAnswer(const Dialback::Message &request, const Dialback::Message &answer,
                        const QString &streamId) const;
    /**
     * XEP-0220 §3.1: a dialback answer that correlates to no request sent on this stream
     * (`expected` names what was awaited, or is empty when nothing was). It is recorded as a
     * "dialback-unsolicited" verdict, which the findings report as DIALBACK-UNSOLICITED, and
     * never decides anything.
     */
    static Step unsolicited(const Dialback::Message &answer, const QString &expected);

private:
    static Step failure(QString code, Phrase message, std::optional<VerdictFact> verdict = {},
                        Outcome outcome = Outcome::ProtocolFailure);

    S2sOptions::Auth m_auth;
    QString m_from;
    bool m_haveCertificate;
    bool m_haveDialbackKey;
    bool m_saslFailed = false; // EXTERNAL already failed on this connection
};

} // namespace Inspector
