// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialbackverifier.h"

#include "session/inbounds2s.h"
#include "session/s2sdialer.h"

#include <memory>

namespace Inspector {

DialbackVerifier::DialbackVerifier(EventLog *log, Locator locate, const OutgoingS2sConfig &base,
                                   QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_locate(std::move(locate))
    , m_base(base)
{}

void DialbackVerifier::verify(InboundS2s *inbound, const Dialback::Message &request)
{
    OutgoingS2sConfig config = m_base;
    config.role = QStringLiteral("verify");
    config.from = request.to;
    config.to = request.from;
    config.task = OutgoingS2sConfig::Task::Verify;
    config.verify.kind = Dialback::Message::Kind::Verify;
    config.verify.from = request.to;
    config.verify.to = request.from;
    config.verify.id = request.id;
    config.verify.key = request.key;
    auto *connection = new S2sDialer(m_log, config, m_dns, m_locate(request.from), this);
    m_connections.append(connection);
    QPointer<InboundS2s> asker(inbound);
    auto answered = std::make_shared<bool>(false);
    // The verify connection hands on only an answer that correlates to its request (same
    // from, to and id: XEP-0220 §2.1.2); it belongs to the inbound connection that asked, on
    // the stream the key was made for (request.id).
    connect(connection, &S2sDialer::verifyAnswered, this,
            [asker, request, answered](const Dialback::Message &answer) {
                *answered = true;
                if (!asker)
                    return;
                if (answer.type == QLatin1String("valid") ||
                    answer.type == QLatin1String("invalid")) {
                    asker->answerDialback(request, answer.type);
                    return;
                }
                // XEP-0220 §2.5: "If an error is encountered in Step 3 of the dialback
                // negotiation, the Receiving Server MUST send a <remote-server-not-found/>
                // dialback error"; the authoritative server's own condition is kept as a note.
                const QString condition =
                    answer.error.condition.isEmpty() ? answer.type : answer.error.condition;
                asker->answerDialback(
                    request, QStringLiteral("error"), QStringLiteral("remote-server-not-found"),
                    Phrase::of(
                        staticMetaObject,
                        QT_TR_NOOP("The authoritative server for %1 answered the verification "
                                   "with <%2/>%3; the initiating server is told "
                                   "<remote-server-not-found/> (XEP-0220 §2.5)."),
                        {request.from, condition,
                         answer.error.text.isEmpty() ? QString()
                                                     : QStringLiteral(": ") + answer.error.text}));
            });
    connect(connection, &S2sDialer::finished, this, [this, connection, asker, request, answered] {
        // XEP-0220 §2.5: the authoritative server could not be reached, refused the stream or
        // went away without an answer: every failure of step 3 is <remote-server-not-found/>.
        if (!*answered && asker) {
            asker->answerDialback(request, QStringLiteral("error"),
                                  QStringLiteral("remote-server-not-found"),
                                  Phrase::of(staticMetaObject,
                                             QT_TR_NOOP("No verification from the authoritative "
                                                        "server for %1: %2"),
                                             {request.from, connection->error()}));
        }
        // A finished verify connection holds a resolver context and sockets: let it go, so a
        // peer that asks for verification after verification cannot exhaust them.
        connection->deleteLater();
        m_connections.removeAll(nullptr);
        Q_EMIT connectionFinished();
    });
    connection->start();
}

void DialbackVerifier::stopAll()
{
    for (const auto &c : std::as_const(m_connections)) {
        if (c)
            c->stop();
    }
}

bool DialbackVerifier::allFinished() const
{
    for (const auto &c : m_connections) {
        if (c && !c->isFinished())
            return false;
    }
    return true;
}

} // namespace Inspector
