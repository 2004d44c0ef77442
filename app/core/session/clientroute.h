// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"
#include "net/dane.h"
#include "net/dnslookup.h"
#include "session/s2soptions.h"
#include "text/phrase.h"

#include <QObject>
#include <QVector>

namespace Inspector {

class EventLog;
class StreamConnection;

/**
 * Where a client connects when no host is given (RFC 6120 §3.2.1, XEP-0368 §2): the
 * _xmpps-client and _xmpp-client SRV candidates of the domain (else the domain itself), each
 * address in turn until one answers; bogus DNSSEC answers are never used (RFC 7673 §3.1). The
 * DNS answer and every attempt are recorded on the connection; the session connects where
 * attempt() says, expecting the TLSA records of that target (dane()).
 */
class ClientRoute : public QObject
{
    Q_OBJECT
public:
    /// `asked` is the user's TLS mode: direct-TLS targets are skipped for starttls and none.
    ClientRoute(EventLog *log, StreamConnection *connection, QString domain, DnsSettings dns,
                S2sOptions::Tls asked, QObject *parent = nullptr);

    void start();
    /// The current attempt connected: recorded.
    void connected();
    /// The current attempt could not connect: recorded; true when the next one starts.
    bool failed(const Phrase &error);
    /// The TLSA records of the current attempt's target (RFC 7673).
    Dane::Expectation dane() const;

Q_SIGNALS:
    /// XEP-0368 §3: an _xmpps- target speaks TLS from the first byte, an _xmpp- one STARTTLS.
    void attempt(const QString &host, quint16 port, Inspector::S2sOptions::Tls tls);
    /// DNS gave nothing to connect to: a stable code and one sentence.
    void noCandidate(const QString &code, const Inspector::Phrase &message);

private:
    void onDns(const DnsFact &result);
    void record(const QString &result, const Phrase &error);
    bool next();

    EventLog *m_log;
    StreamConnection *m_connection;
    QString m_domain;
    DnsSettings m_dns;
    S2sOptions::Tls m_asked;
    DnsLookup *m_lookup = nullptr;
    struct Attempt
    {
        QString address;
        DnsCandidateFact candidate;
    };
    QVector<Attempt> m_attempts;
    int m_current = -1;
};

} // namespace Inspector
