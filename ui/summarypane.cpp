// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypane.h"

#include "certificatedialog.h"
#include "trace/eventlog.h"
#include "trace/summary.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>

namespace Inspector {

namespace {
/// A connection's role (the summary's and the transcripts' identifier) in the interface's
/// language.
QString roleLabel(const QString &role)
{
    if (role == QLatin1String("initiating"))
        return SummaryPane::tr("initiating", "connection role");
    if (role == QLatin1String("receiving"))
        return SummaryPane::tr("receiving", "connection role");
    if (role == QLatin1String("authoritative"))
        return SummaryPane::tr("authoritative", "connection role");
    if (role == QLatin1String("verify"))
        return SummaryPane::tr("verify", "connection role: the dialback verification connection");
    if (role == QLatin1String("client"))
        return SummaryPane::tr("client", "connection role");
    return role;
}

constexpr int CertificateRole = Qt::UserRole + 1; // index in the peer's chain
QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? QObject::tr("yes") : QObject::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << text(x);
        return parts.join(QStringLiteral(", "));
    }
    return v.toString();
}
} // namespace

SummaryPane::SummaryPane(const EventLog *log, QWidget *parent)
    : QTreeWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("summaryPane"));
    setColumnCount(2);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setHeaderLabels({tr("Fact"), tr("Value")});
    setWordWrap(true);
    m_throttle.setSingleShot(true);
    m_throttle.setObjectName(QStringLiteral("summaryRefresh"));
    m_throttle.setInterval(150);
    connect(&m_throttle, &QTimer::timeout, this, &SummaryPane::refresh);
    connect(log, &EventLog::eventAppended, this, [this] {
        if (!m_throttle.isActive())
            m_throttle.start();
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, CertificateRole);
        if (index.isValid())
            openCertificate(index.toInt());
    });
    connect(log, &EventLog::truncated, this, [this] {
        m_builder.reset();
        if (!m_throttle.isActive())
            m_throttle.start();
    });
    refresh();
}

CertificateDialog *SummaryPane::openCertificate(int index)
{
    const QJsonArray chain = m_summary.value(QStringLiteral("tls"))
                                 .toObject()
                                 .value(QStringLiteral("peerCertificates"))
                                 .toArray();
    if (index < 0 || index >= chain.size())
        return nullptr;
    auto *dialog = new CertificateDialog(chain, index, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void SummaryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeaderLabels({tr("Fact"), tr("Value")});
        refresh();
    }
    QTreeWidget::changeEvent(event);
}

QTreeWidgetItem *SummaryPane::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setExpanded(true);
    return item;
}

void SummaryPane::add(QTreeWidgetItem *parent, const QString &name, const QString &value,
                      const QString &tooltip)
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    if (!tooltip.isEmpty())
        item->setToolTip(1, tooltip);
    else
        item->setToolTip(1, value);
}

void SummaryPane::refresh()
{
    QElapsedTimer took;
    took.start();
    // A flood is read a slice at a time, so the GUI thread never waits long on the summary
    // (old stanzas may have to be parsed again from their bytes: slices end on a time budget).
    bool caughtUp = false;
    while (!(caughtUp = m_builder.update(*m_log, 500)) && took.elapsed() < 15) {
    }
    if (!caughtUp) {
        m_throttle.start(1);
        return;
    }
    m_summary = m_builder.result(*m_log);
    clear();
    addOutcome(m_summary);
    addFindings(m_summary);
    addAuthentication(m_summary);
    addTls(m_summary);
    addQueries(m_summary);
    addConnections(m_summary);
    Q_EMIT summaryChanged(m_summary);
    // While events keep coming, refreshing takes at most a tenth of the GUI thread.
    m_throttle.setInterval(qBound(150, int(took.elapsed()) * 10, 2000));
}

void SummaryPane::addOutcome(const QJsonObject &s)
{
    QTreeWidgetItem *outcome = section(tr("Outcome"));
    const bool done = s.value(QStringLiteral("finished")).toBool();
    add(outcome, tr("Result"),
        !done                                         ? tr("running…")
        : s.value(QStringLiteral("success")).toBool() ? tr("success")
                                                      : tr("failed"));
    if (s.value(QStringLiteral("error")).isString())
        add(outcome, tr("Error"), s.value(QStringLiteral("error")).toString());
    add(outcome, tr("Session"),
        tr("%1 → %2 via %3:%4")
            .arg(text(s.value(QStringLiteral("fromDomain"))),
                 text(s.value(QStringLiteral("toDomain"))), text(s.value(QStringLiteral("host"))),
                 text(s.value(QStringLiteral("port")))));
    add(outcome, tr("Server domain"), text(s.value(QStringLiteral("serverDomain"))));
    add(outcome, tr("Stream id"), text(s.value(QStringLiteral("streamId"))));
}

void SummaryPane::addFindings(const QJsonObject &s)
{
    const QJsonArray findings = s.value(QStringLiteral("findings")).toArray();
    if (!findings.isEmpty()) {
        QTreeWidgetItem *f = section(tr("Findings"));
        for (const QJsonValue &v : findings) {
            const QJsonObject o = v.toObject();
            auto *item = new QTreeWidgetItem(f, {o.value(QStringLiteral("severity")).toString(),
                                                 o.value(QStringLiteral("title")).toString()});
            item->setToolTip(1, QStringLiteral("%1\n%2\nFix: %3\n%4")
                                    .arg(o.value(QStringLiteral("code")).toString(),
                                         o.value(QStringLiteral("explanation")).toString(),
                                         o.value(QStringLiteral("fix")).toString(),
                                         o.value(QStringLiteral("spec")).toString()));
            if (o.value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                item->setForeground(1, QColor(190, 50, 50));
        }
    }
}

void SummaryPane::addAuthentication(const QJsonObject &s)
{
    QTreeWidgetItem *auth = section(tr("Authentication"));
    add(auth, tr("Dialback"), text(s.value(QStringLiteral("dialbackResult"))),
        s.value(QStringLiteral("dialbackExplanation")).toString());
    const QJsonObject dbError = s.value(QStringLiteral("dialbackError")).toObject();
    if (!dbError.isEmpty())
        add(auth, tr("Dialback error"),
            text(dbError.value(QStringLiteral("condition"))) + QLatin1Char(' ') +
                dbError.value(QStringLiteral("text")).toString());
    // A client session names the mechanism it used; a server-to-server one uses EXTERNAL.
    const QString mechanism = s.value(QStringLiteral("mechanismUsed")).toString();
    const bool client = s.value(QStringLiteral("mode")).toString() == QLatin1String("c2s");
    add(auth,
        !mechanism.isEmpty() ? tr("SASL %1").arg(mechanism)
        : client             ? tr("SASL")
                             : tr("SASL EXTERNAL"),
        text(s.value(QStringLiteral("saslResult"))));
    const QJsonObject saslError = s.value(QStringLiteral("saslError")).toObject();
    if (!saslError.isEmpty())
        add(auth, tr("SASL error"),
            text(saslError.value(QStringLiteral("condition"))) + QLatin1Char(' ') +
                saslError.value(QStringLiteral("text")).toString());
    add(auth, tr("Authenticated as"), text(s.value(QStringLiteral("authenticatedAs"))));
}

void SummaryPane::addTls(const QJsonObject &s)
{
    QTreeWidgetItem *tlsItem = section(tr("TLS"));
    const QJsonObject tls = s.value(QStringLiteral("tls")).toObject();
    add(tlsItem, tr("STARTTLS"),
        tr("offered %1, required %2, upgraded %3")
            .arg(text(s.value(QStringLiteral("starttlsOffered"))),
                 text(s.value(QStringLiteral("starttlsRequired"))),
                 text(s.value(QStringLiteral("tlsUpgraded")))));
    if (!tls.isEmpty()) {
        add(tlsItem, tr("Protocol"), text(tls.value(QStringLiteral("protocol"))));
        add(tlsItem, tr("Cipher"), text(tls.value(QStringLiteral("cipher"))));
        add(tlsItem, tr("ALPN"), text(tls.value(QStringLiteral("alpn"))));
        add(tlsItem, tr("SNI"), text(tls.value(QStringLiteral("sni"))));
        add(tlsItem, tr("Verified"), text(tls.value(QStringLiteral("verified"))),
            text(tls.value(QStringLiteral("verifyErrors"))));
        if (!tls.value(QStringLiteral("verifyErrors")).toArray().isEmpty())
            add(tlsItem, tr("Problems"), text(tls.value(QStringLiteral("verifyErrors"))));
        int n = 0;
        for (const QJsonValue &v : tls.value(QStringLiteral("peerCertificates")).toArray()) {
            const QJsonObject c = v.toObject();
            auto *cert =
                new QTreeWidgetItem(tlsItem, {tr("Certificate %1").arg(++n),
                                              c.value(QStringLiteral("subject")).toString()});
            cert->setData(0, CertificateRole, n - 1);
            cert->setToolTip(0, tr("Double-click for the details and to save it as PEM"));
            add(cert, tr("Issuer"), c.value(QStringLiteral("issuer")).toString());
            add(cert, tr("Valid"),
                c.value(QStringLiteral("notBefore")).toString() + QStringLiteral(" – ") +
                    c.value(QStringLiteral("notAfter")).toString());
            add(cert, tr("Names"), text(c.value(QStringLiteral("dnsNames"))));
            add(cert, tr("SHA-256"), c.value(QStringLiteral("sha256")).toString());
        }
    }
}

void SummaryPane::addQueries(const QJsonObject &s)
{
    QTreeWidgetItem *queries = section(tr("Queries"));
    const QJsonObject ping = s.value(QStringLiteral("ping")).toObject();
    add(queries, tr("Ping"),
        ping.isEmpty() ? QStringLiteral("—")
                       : tr("%1 in %2 ms (connection %3)")
                             .arg(text(ping.value(QStringLiteral("result"))),
                                  text(ping.value(QStringLiteral("rttMs"))),
                                  text(ping.value(QStringLiteral("connection")))));
    const QJsonObject version = s.value(QStringLiteral("softwareVersion")).toObject();
    if (!version.isEmpty())
        add(queries, tr("Software"),
            tr("%1 %2").arg(text(version.value(QStringLiteral("name"))),
                            text(version.value(QStringLiteral("version")))));
    const QJsonObject disco = s.value(QStringLiteral("disco")).toObject();
    if (!disco.isEmpty())
        add(queries, tr("Disco features"), text(disco.value(QStringLiteral("features"))));
}

void SummaryPane::addConnections(const QJsonObject &s)
{
    QTreeWidgetItem *connections = section(tr("Connections"));
    for (const QJsonValue &v : s.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        add(connections,
            QStringLiteral("%1 · %2")
                .arg(c.value(QStringLiteral("id")).toInt())
                .arg(roleLabel(c.value(QStringLiteral("role")).toString())),
            tr("%1 — %2 ↔ %3%4")
                .arg(c.value(QStringLiteral("label")).toString(),
                     text(c.value(QStringLiteral("local"))),
                     text(c.value(QStringLiteral("remote"))),
                     c.value(QStringLiteral("tls")).toBool() ? tr(" (TLS)") : QString()));
    }
    const QJsonArray notes = s.value(QStringLiteral("notes")).toArray();
    if (!notes.isEmpty()) {
        QTreeWidgetItem *n = section(tr("Notes"));
        for (const QJsonValue &v : notes) {
            const QJsonObject o = v.toObject();
            add(n, QString::number(o.value(QStringLiteral("atMs")).toDouble(), 'f', 1) + tr(" ms"),
                o.value(QStringLiteral("text")).toString());
        }
    }
}

} // namespace Inspector
