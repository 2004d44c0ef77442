// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypane.h"

#include "certificatedialog.h"
#include "models/flushpacer.h"
#include "net/tlserrortext.h"
#include "protocol/discofeatures.h"
#include "render/clientfacts.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/summary.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>

namespace Inspector {

namespace {
constexpr int CertificateRole = Qt::UserRole + 1; // index in the peer's chain
const QString None = QStringLiteral("—");

QString text(const TextFact &t)
{
    return t.isValue() ? t.value : None;
}

/// A fact that is empty when it was not seen.
QString orNone(const QString &s)
{
    return s.isEmpty() ? None : s;
}

QString yesNo(bool b)
{
    return b ? QObject::tr("yes") : QObject::tr("no");
}

QString result(const std::optional<VerdictFact> &v)
{
    return v ? text(v->result) : None;
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
    // Under a flood with the models' rows, in the same turn of the event loop: one repaint for
    // all of them. Catching up (the events of a slice left over) goes on at once.
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_catchingUp || !FlushPacer::shared(this)->join(this, [this] { refresh(); }))
            refresh();
    });
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
    const QVector<CertificateFact> chain =
        m_summary.tls ? m_summary.tls->peerCertificates : QVector<CertificateFact>();
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

void SummaryPane::refresh(Refresh how)
{
    QElapsedTimer took;
    took.start();
    // A flood is read a slice at a time, so the GUI thread never waits long on the summary
    // (old stanzas may have to be parsed again from their bytes: slices end on a time budget).
    bool caughtUp = false;
    while (!(caughtUp = m_builder.update(*m_log, 500)) &&
           (how == Refresh::Whole || took.elapsed() < 5)) {
    }
    m_catchingUp = !caughtUp;
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
    // While events keep coming, refreshing takes at most a tenth of the GUI thread.
    m_throttle.setInterval(qBound(150, int(took.elapsed()) * 10, 2000));
}

SummaryPane::Outcome SummaryPane::outcome(const SessionSummary &s)
{
    if (!s.finished)
        return Outcome::Running;
    if (!s.success)
        return Outcome::Failed;
    for (const Finding &f : s.findings) {
        if (f.severity != Finding::Severity::Info)
            return Outcome::SucceededWithProblems;
    }
    return Outcome::Succeeded;
}

QString SummaryPane::outcomeText(Outcome o)
{
    switch (o) {
    case Outcome::Running:
        return tr("running…");
    case Outcome::Succeeded:
        return tr("succeeded");
    case Outcome::SucceededWithProblems:
        return tr("succeeded with problems");
    case Outcome::Failed:
        break;
    }
    return tr("failed");
}

QIcon SummaryPane::outcomeIcon(Outcome o, const QStyle *style)
{
    switch (o) {
    case Outcome::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case Outcome::Succeeded:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Outcome::SucceededWithProblems:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Outcome::Failed:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

void SummaryPane::addOutcome(const SessionSummary &s)
{
    QTreeWidgetItem *outcome = section(tr("Outcome"));
    const Outcome o = SummaryPane::outcome(s);
    auto *result = new QTreeWidgetItem(outcome, {tr("Result"), outcomeText(o)});
    result->setIcon(1, outcomeIcon(o, style()));
    if (s.error.isValue())
        add(outcome, tr("Error"), s.errorPhrase.display());
    if (s.url.isValue())
        add(outcome, tr("Session"),
            (s.overBosh() ? tr("%1 → %2 over BOSH %3") : tr("%1 → %2 over WebSocket %3"))
                .arg(text(s.fromDomain), text(s.toDomain), text(s.url)));
    else
        add(outcome, tr("Session"),
            tr("%1 → %2 via %3:%4")
                .arg(text(s.fromDomain), text(s.toDomain), text(s.host),
                     s.port ? QString::number(*s.port) : None));
    add(outcome, tr("Server domain"), orNone(s.serverDomain));
    add(outcome, tr("Stream id"), orNone(s.streamId));
}

void SummaryPane::addFindings(const SessionSummary &s)
{
    if (s.findings.isEmpty())
        return;
    QTreeWidgetItem *section = this->section(tr("Findings"));
    for (const Finding &f : s.findings) {
        // The texts in the interface's language, made now (a language change refreshes).
        auto *item = new QTreeWidgetItem(section, {severityText(f.severity), f.title()});
        item->setIcon(0, severityIcon(f.severity));
        item->setToolTip(1, f.title());
        item->setData(0, FindingCodeRole, f.codeName());
        // What it means and what to do are read, not hovered for: shown below the title,
        // open for errors and warnings.
        add(item, tr("What it means"), f.explanation());
        add(item, tr("What to do"), f.fix());
        if (!f.spec().isEmpty())
            add(item, tr("Specification"), f.spec());
        add(item, tr("Code"), f.codeName());
        item->setExpanded(f.severity != Finding::Severity::Info);
    }
}

QString SummaryPane::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return tr("Error", "finding severity");
    case Finding::Severity::Warning:
        return tr("Warning", "finding severity");
    case Finding::Severity::Info:
        break;
    }
    return tr("Information", "finding severity");
}

QIcon SummaryPane::severityIcon(Finding::Severity severity) const
{
    switch (severity) {
    case Finding::Severity::Error:
        return style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning:
        return style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info:
        break;
    }
    return style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

void SummaryPane::addAuthentication(const SessionSummary &s)
{
    QTreeWidgetItem *auth = section(tr("Authentication"));
    add(auth, tr("Dialback"), result(s.dialback),
        s.dialback ? s.dialback->explanationPhrase.display() : QString());
    if (s.dialback && s.dialback->resultIs("error"))
        add(auth, tr("Dialback error"),
            text(s.dialback->condition) + QLatin1Char(' ') + s.dialback->text.text());
    // A client session names the mechanism it used; a server-to-server one uses EXTERNAL.
    const QString mechanism = s.isClient() && s.sasl ? s.sasl->mechanism.text() : QString();
    add(auth,
        !mechanism.isEmpty() ? tr("SASL %1").arg(mechanism)
        : s.isClient()       ? tr("SASL")
                             : tr("SASL EXTERNAL"),
        result(s.sasl));
    if (s.sasl && s.sasl->resultIs("failure"))
        add(auth, tr("SASL error"),
            text(s.sasl->condition) + QLatin1Char(' ') + s.sasl->textPhrase.display());
    add(auth, tr("Authenticated as"), s.authenticated ? text(s.authenticated->as) : None);
}

void SummaryPane::addTls(const SessionSummary &s)
{
    QTreeWidgetItem *tlsItem = section(tr("TLS"));
    add(tlsItem, tr("STARTTLS"),
        tr("offered %1, required %2, upgraded %3")
            .arg(yesNo(s.starttlsOffered), yesNo(s.starttlsRequired), yesNo(s.tlsUpgraded)));
    if (!s.tls || !s.tls->isRecorded())
        return;
    const TlsFact &tls = *s.tls;
    QStringList shown;
    for (qsizetype i = 0; i < tls.verifyErrors.size(); ++i)
        shown << TlsErrorText::ofRecorded(tls.verifyErrorCodes.value(i), tls.verifyErrors.at(i))
                     .display();
    const QString problems = shown.join(QStringLiteral(", "));
    add(tlsItem, tr("Protocol"), tls.protocol);
    add(tlsItem, tr("Cipher"), tls.cipher);
    add(tlsItem, tr("ALPN"), tls.alpn.isValue() ? tls.alpn.value : None);
    add(tlsItem, tr("SNI"), tls.sni);
    add(tlsItem, tr("Verified"), yesNo(tls.verified), problems);
    if (!tls.verifyErrors.isEmpty())
        add(tlsItem, tr("Problems"), problems);
    int n = 0;
    for (const CertificateFact &c : tls.peerCertificates) {
        auto *cert = new QTreeWidgetItem(tlsItem, {tr("Certificate %1").arg(++n), c.subject});
        cert->setData(0, CertificateRole, n - 1);
        cert->setToolTip(0, tr("Double-click for the details and to save it as PEM"));
        add(cert, tr("Issuer"), c.issuer);
        add(cert, tr("Valid"), c.notBefore + QStringLiteral(" – ") + c.notAfter);
        add(cert, tr("Names"), c.dnsNames.join(QStringLiteral(", ")));
        add(cert, tr("SHA-256"), c.sha256);
    }
}

void SummaryPane::addQueries(const SessionSummary &s)
{
    QTreeWidgetItem *queries = section(tr("Queries"));
    add(queries, tr("Ping"), pingText(s.ping));
    if (s.softwareVersion)
        add(queries, tr("Software"),
            tr("%1 %2").arg(text(s.softwareVersion->softwareName()),
                            text(s.softwareVersion->softwareRelease())));
    if (s.disco) {
        add(queries, tr("Disco features"),
            s.disco->discoFeatures() ? s.disco->discoFeatures()->join(QStringLiteral(", ")) : None);
        // Each feature with the specification that defines it (XEP-0030 §3.1).
        QTreeWidgetItem *features = queries->child(queries->childCount() - 1);
        for (const QString &f : s.disco->discoFeatures().value_or(QStringList()))
            add(features, f, orNone(DiscoFeatures::specification(f)));
    }
    const QVector<ClientFactRow> sm = ClientFacts::streamManagement(s);
    if (!sm.isEmpty()) {
        QTreeWidgetItem *item = section(tr("Stream management"));
        for (const ClientFactRow &row : sm)
            add(item, row.label, row.value);
    }
    const QVector<ClientFactRow> offers = ClientFacts::offers(s);
    if (!offers.isEmpty()) {
        QTreeWidgetItem *item = section(tr("Offered"));
        for (const ClientFactRow &row : offers)
            add(item, row.label, row.value);
    }
}

QString SummaryPane::pingText(const std::optional<VerdictFact> &ping)
{
    if (!ping)
        return None;
    const QString connection =
        ping->replyConnection ? QString::number(*ping->replyConnection) : None;
    if (ping->resultIs("result") && ping->rttMs)
        return tr("answered in %1 ms (connection %2)")
            .arg(QString::number(*ping->rttMs, 'f', 1), connection);
    if (ping->resultIs("timeout"))
        return tr("no answer in time (connection %1)").arg(connection);
    if (ping->resultIs("error"))
        return tr("answered with an error: %1 (connection %2)")
            .arg(text(ping->condition), connection);
    return tr("%1 (connection %2)").arg(text(ping->result), connection);
}

void SummaryPane::addConnections(const SessionSummary &s)
{
    QTreeWidgetItem *connections = section(tr("Connections"));
    for (const ConnectionFact &c : s.connections) {
        add(connections, QStringLiteral("%1 · %2").arg(c.id).arg(Phases::roleLabel(c.role)),
            tr("%1 — %2 ↔ %3%4")
                .arg(c.label, orNone(c.local), orNone(c.remote), c.tls ? tr(" (TLS)") : QString()));
    }
    if (!s.notes.isEmpty()) {
        QTreeWidgetItem *n = section(tr("Notes"));
        for (const NoteFact &note : s.notes)
            add(n, QString::number(note.atMs, 'f', 1) + tr(" ms"), note.phrase.display());
    }
}

} // namespace Inspector
