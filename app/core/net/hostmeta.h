// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/hostmetafact.h"
#include "net/dnslookup.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Inspector {

/// `--resolve NAME:PORT:HOST:PORT2`: connections to NAME's port PORT go to HOST's port PORT2
/// (HOST an address, or a name looked up through the session's resolver). The certificate is
/// still checked against NAME, and NAME is sent as the TLS server name and the HTTP host.
struct PortRoute
{
    QString name;
    quint16 port = 0;
    QString host;
    quint16 toPort = 0;

    /// False with the reason in English (a command-line error).
    static bool parse(const QString &text, PortRoute *out, QString *error);
    QString toString() const;
    /// Where name:port goes: the route given for it, or name:port itself.
    static PortRoute find(const QVector<PortRoute> &routes, const QString &name, quint16 port);
};

/// What host-meta discovery asks (XEP-0156 §2).
struct HostMetaOptions
{
    QString domain; // as DNS asks it (an A-label)
    DnsSettings dns;
    QVector<PortRoute> routes;
    QList<QSslCertificate> extraCa; // trusted besides the system's anchors
    int timeoutMs = 10000;          // each document's whole fetch, redirects included
    static constexpr qint64 MaxBytes = 64 * 1024;
    static constexpr int MaxRedirects = 5;
};

/**
 * Fetches a domain's host-meta documents, https://DOMAIN/.well-known/host-meta (XRD) and
 * host-meta.json, both at once, with Qt Network: through the session's resolver (the address
 * dialled, the domain verified and sent as the TLS server name and HTTP host), never through a
 * proxy, with the system's trust anchors and the extra ones given. A certificate that fails is
 * never overridden: what such a server says is not read. Redirects are followed over HTTPS
 * only; bodies over 64 KiB are refused.
 */
class HostMetaFetch : public QObject
{
    Q_OBJECT
public:
    HostMetaFetch(const HostMetaOptions &options, QObject *parent = nullptr);
    ~HostMetaFetch() override;

    void start();
    /// Ends now: documents still on their way are recorded as stopped.
    void stop();
    bool isFinished() const { return m_finished; }
    const HostMetaFact &result() const { return m_fact; }

Q_SIGNALS:
    void finished(const Inspector::HostMetaFact &fact);

private:
    struct Document
    {
        HostMetaDocumentFact fact;
        QUrl url; // what is asked now (the document's URL, or where a redirect sent it)
        QStringList addresses;
        int next = 0; // the next address to dial
        QElapsedTimer clock;
        QPointer<QNetworkReply> reply;
        bool tooLarge = false;
        bool timedOut = false;
        QList<QSslError> sslErrors;
        bool done = false;
    };
    using Resolved = std::function<void(const QStringList &addresses, const Phrase &error)>;
    void resolve(const QString &host, quint16 port, const Resolved &done);
    void begin(int index);
    void dial(int index);
    void onFinished(int index);
    void redirect(int index, const QUrl &location);
    Phrase timeoutPhrase() const;
    void read(Document &d, const QByteArray &body);
    void end(int index, const QString &problem, const Phrase &error);
    void checkDone();

    HostMetaOptions m_options;
    HostMetaFact m_fact;
    QNetworkAccessManager *m_nam;
    QVector<Document> m_documents;
    QHash<QString, std::pair<QStringList, Phrase>> m_resolved; // host → addresses, or why none
    QList<DnsLookup *> m_lookups;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Inspector
