// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/outcome.h"
#include "xml/element.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace Inspector {

/**
 * What every kind of session (server to server, client, listening, the lab, a DNS lookup)
 * offers the front ends: it records everything into the EventLog it was made with, from
 * start() until finished(), which it says exactly once (also when it cannot start at all).
 */
class Session : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    /// Ends the session gracefully (streams closed as the protocol asks); finished() follows.
    virtual void stop() = 0;
    virtual bool isFinished() const = 0;
    virtual Outcome outcome() const = 0;

    /// The content namespace of the stanzas a console may send on this session
    /// (jabber:server, jabber:client), or empty when it has no such stream.
    virtual QString consoleNamespace() const { return {}; }
    /// Whether stanzas can be sent now.
    virtual bool canSend() const { return false; }
    /// Sends stanzas typed by the user; false with the reason when they cannot go.
    virtual bool send(const QVector<ElementPtr> &stanzas, QString *error);

Q_SIGNALS:
    void finished();
};

} // namespace Inspector
