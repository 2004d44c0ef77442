// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/c2ssession.h"
#include "session/dnssession.h"
#include "session/labsession.h"
#include "session/listensession.h"
#include "session/s2soptions.h"
#include "session/s2ssession.h"

#include <QString>

#include <functional>
#include <variant>

namespace Inspector {

class EventLog;
class Session;

/// What the built-in lab runs.
struct LabOptions
{
    LabSession::Variant variant = LabSession::Variant::Standard;
};

/// Everything a session of any kind needs to run: what the CLI's flags and the GUI's forms
/// are read into, checked by one validation, and made into a session by one factory.
using Specification = std::variant<S2sOptions, C2sOptions, ListenOptions, LabOptions, DnsOptions>;

namespace Specifications {

/// The fields a problem can be about; each front end names them its own way (a flag, a label).
enum class Field {
    From,
    To,
    Host,
    Timeout,
    StopAfter,
    Auth,
    Authoritative,
    DialbackSecret,
    Certificate,
    Jid,
    Password,
    SendTo,
    Body,
    Ping,
    MinScramIterations,
    Stay,
    Domain,    // listen: the domain received for
    DnsDomain, // dns: the domain looked up
    Bind,
    Duration,
    SmResumeTest, // the client's stream management resumption test
    WebSocket,    // the client's WebSocket endpoint (RFC 7395)
    Bosh,         // the client's BOSH endpoint (XEP-0206)
    ProbeAll,     // the client's "every path" run
    Origin,       // the web page's origin a browser client would send (RFC 6454)
};
using FieldNames = std::function<QString(Field)>;

/// The kind's identifier: "s2s", "c2s", "listen", "lab", "dns" (the CLI's command names).
QString kindName(const Specification &spec);
/// A short title for the session (a window tab).
QString title(const Specification &spec);

/// The first problem check() found: the field it is about, and a sentence that starts with
/// that field's name and names any others with the front end's names.
struct Problem
{
    Field field = Field::From;
    QString text;
    bool isEmpty() const { return text.isEmpty(); }
};

/// Checks a specification and completes what follows from it (domains and addresses in their
/// normal form; queries make an s2s session authenticate). Empty when the session can run.
Problem check(Specification *spec, const FieldNames &names);
Problem check(S2sOptions *s, const FieldNames &names);
Problem check(C2sOptions *c, const FieldNames &names);
Problem check(ListenOptions *l, const FieldNames &names);
Problem check(DnsOptions *d, const FieldNames &names);

/// The `--stop-after` phases an s2s session accepts: the stoppable ones of the outgoing
/// connection's phase table, in protocol order.
QStringList stopAfterPhases();

/// A session that runs the specification, recording into `log`; not started.
Session *create(EventLog *log, const Specification &spec, QObject *parent = nullptr);

} // namespace Specifications
} // namespace Inspector
