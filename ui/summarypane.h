// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/summary.h"

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

    const SessionSummary &summary() const { return m_summary; }
    void refresh();
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
    QTreeWidgetItem *section(const QString &title);
    void add(QTreeWidgetItem *parent, const QString &name, const QString &value,
             const QString &tooltip = {});

    const EventLog *m_log;
    Summary::Builder m_builder;
    SessionSummary m_summary;
    QTimer m_throttle;
};

} // namespace Inspector
