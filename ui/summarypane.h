// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/summary.h"

#include <QIcon>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>

namespace Inspector {

class CertificateDialog;

class EventLog;

/**
 * The outcome of a session at a glance: result, authentication (dialback, SASL), TLS and the
 * certificate chain, queries and connections. Rendered from the same summary the CLI prints,
 * refreshed at most a few times a second while events arrive.
 */
class SummaryPane : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SummaryPane(const EventLog *log, QWidget *parent = nullptr);

    /// How a session ended: a success with errors or warnings among its findings is a success
    /// with problems.
    enum class Outcome { Running, Succeeded, SucceededWithProblems, Failed };
    static Outcome outcome(const SessionSummary &s);
    static QString outcomeText(Outcome o);
    static QIcon outcomeIcon(Outcome o, const QStyle *style);
    /// The data role on a finding's row holding its code ("DIALBACK-INVALID").
    static constexpr int FindingCodeRole = Qt::UserRole + 2;

    const SessionSummary &summary() const { return m_summary; }
    /// Takes in the events recorded since the last refresh: a slice at a time (the rest soon
    /// after), or all of them at once.
    enum class Refresh { Sliced, Whole };
    void refresh(Refresh how = Refresh::Sliced);
    /// Opens the certificate dialog on certificate `index` of the main connection's chain (also
    /// on activating a certificate's row); nullptr when there is no such certificate.
    CertificateDialog *openCertificate(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The sections of the tree, in order.
    void addOutcome(const SessionSummary &s);
    void addFindings(const SessionSummary &s);
    void addAuthentication(const SessionSummary &s);
    void addTls(const SessionSummary &s);
    void addQueries(const SessionSummary &s);
    /// The connections and the notes.
    void addConnections(const SessionSummary &s);
    static QString severityText(Finding::Severity severity);
    QIcon severityIcon(Finding::Severity severity) const;
    static QString pingText(const std::optional<VerdictFact> &ping);
    QTreeWidgetItem *section(const QString &title);
    void add(QTreeWidgetItem *parent, const QString &name, const QString &value,
             const QString &tooltip = {});

    const EventLog *m_log;
    Summary::Builder m_builder;
    SessionSummary m_summary;
    QTimer m_throttle;
    bool m_catchingUp = false; // a slice's budget ended before the last event
};

} // namespace Inspector
