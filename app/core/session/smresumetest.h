// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"

#include <QPointer>

namespace Inspector {

/**
 * The stream management resumption test (XEP-0198 §5), as one session of two connections in
 * one event log: the first logs in, enables management with resumption, sends a message to
 * its own full JID and drops TCP without closing the stream; the second logs in again,
 * resumes instead of binding (at the <enabled/> location when the server gave one), sends
 * again what the server says it did not handle, and asks for an acknowledgement. The verdict
 * (sm-resume-test) says whether the message arrived exactly once.
 */
class SmResumeTest : public Session
{
    Q_OBJECT
public:
    SmResumeTest(EventLog *log, const C2sOptions &options, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isFinished() const override { return m_finished; }
    Outcome outcome() const override;

    /// Where to reconnect: the <enabled location=''/> ("host", "host:port", "[v6]:port"), or
    /// empty when it is not one.
    static std::optional<std::pair<QString, quint16>> parseLocation(const QString &location,
                                                                    quint16 defaultPort);

private:
    void onFirstFinished();
    C2sSession *current() const { return m_second ? m_second : m_first; }

    EventLog *m_log;
    C2sOptions m_options;
    C2sSession *m_first;
    C2sSession *m_second = nullptr;
    bool m_stopped = false;
    bool m_finished = false;
};

} // namespace Inspector
