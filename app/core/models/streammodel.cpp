// SPDX-License-Identifier: GPL-3.0-or-later
#include "streammodel.h"

#include "facts/dnsfact.h"
#include "facts/eventfacts.h"
#include "facts/tlsfact.h"
#include "facts/verdictfact.h"
#include "models/flushpacer.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "xml/namespaces.h"
#include "xml/streamheader.h"

#include <utility>

namespace Inspector {

StreamModel::StreamModel(const EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(log->size())
    , m_pacer(FlushPacer::shared(this))
{
    connect(log, &EventLog::truncated, this, [this] {
        beginResetModel();
        m_rows = m_log->size();
        endResetModel();
    });
    connect(log, &EventLog::eventAppended, this, [this] {
        // A lone event shows at once; a flood is shown as rows about 20 times a second,
        // together with the other models' rows, instead of after every read.
        if (std::exchange(m_flushAsked, true))
            return;
        m_pacer->request(this, [this] {
            m_flushAsked = false;
            flush();
        });
    });
}

void StreamModel::flush()
{
    const int total = m_log->size();
    if (total <= m_rows)
        return;
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
}

int StreamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StreamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Event &e = m_log->at(index.row());
    if (role == EventIndexRole)
        return index.row();
    if (role == RawBytesRole)
        return e.raw;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QString::number(double(e.monotonicNs) / 1e6, 'f', 1);
    case ConnectionColumn:
        return e.connection;
    case DirectionColumn:
        return e.direction == Direction::Inbound    ? QStringLiteral("←")
               : e.direction == Direction::Outbound ? QStringLiteral("→")
                                                    : QString();
    case SummaryColumn:
        return summarize(*m_log, index.row());
    case SizeColumn:
        return e.raw.isEmpty() ? QVariant() : QVariant(e.raw.size());
    default:
        return {};
    }
}

QVariant StreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case ConnectionColumn:
        return tr("Conn.");
    case DirectionColumn:
        return tr("Dir.");
    case SummaryColumn:
        return tr("Summary");
    case SizeColumn:
        return tr("Bytes");
    default:
        return {};
    }
}

namespace {
/// " name=value" for each attribute that has a value.
QString attributeList(std::initializer_list<std::pair<QString, QString>> attributes)
{
    QString s;
    for (const auto &[name, value] : attributes) {
        if (!value.isEmpty())
            s += QLatin1Char(' ') + name + QLatin1Char('=') + value;
    }
    return s;
}

/// The attributes the header has: an initial header has no id yet (RFC 6120 §4.7.3).
QString headerSummary(const StreamHeader &h)
{
    return QStringLiteral("stream header") + attributeList({{QStringLiteral("from"), h.from},
                                                            {QStringLiteral("to"), h.to},
                                                            {QStringLiteral("id"), h.id}});
}

/// A BOSH request ("POST rid 7, restart") or response ("HTTP 200 for rid 7 after 12 ms").
QString httpSummary(const Event &e)
{
    const HttpFact h = e.payload.as<HttpFact>();
    const QString rid = h.rid ? QString::number(*h.rid) : QStringLiteral("?");
    QString s = e.direction == Direction::Outbound
                    ? StreamModel::tr("%1 rid %2").arg(h.method.text(), rid)
                    : StreamModel::tr("HTTP %1 for rid %2 after %3 ms")
                          .arg(h.status.value_or(0))
                          .arg(rid)
                          .arg(h.elapsedMs.value_or(0));
    const QString purpose = h.purpose.text();
    if (purpose == QLatin1String("create"))
        s += StreamModel::tr(", session creation");
    else if (purpose == QLatin1String("restart"))
        s += StreamModel::tr(", stream restart");
    else if (purpose == QLatin1String("poll"))
        s += StreamModel::tr(", empty (long poll)");
    else if (purpose == QLatin1String("terminate") && e.direction == Direction::Outbound)
        s += StreamModel::tr(", terminate");
    if (h.elements.value_or(0) > 0)
        s += StreamModel::tr(", %n element(s)", nullptr, int(*h.elements));
    // A request's purpose already says it terminates; a response's type says the server did.
    if (h.type.text() == QLatin1String("terminate") && e.direction == Direction::Inbound)
        s += h.condition.text().isEmpty()
                 ? StreamModel::tr(", terminate")
                 : StreamModel::tr(", terminate: %1").arg(h.condition.text());
    return s;
}

QString elementSummary(const Element &el)
{
    QString s =
        el.namespaceUri() == Ns::Streams ? QStringLiteral("stream:") + el.name() : el.name();
    s += attributeList({{QStringLiteral("type"), el.attribute(QStringLiteral("type"))},
                        {QStringLiteral("id"), el.attribute(QStringLiteral("id"))},
                        {QStringLiteral("to"), el.attribute(QStringLiteral("to"))},
                        {QStringLiteral("from"), el.attribute(QStringLiteral("from"))}});
    if (const ElementPtr child = el.firstChild())
        s += QStringLiteral(" <%1/>").arg(child->name());
    return s;
}
} // namespace

QString StreamModel::summarize(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    switch (e.kind) {
    case EventKind::StreamHeader:
        return headerSummary(e.payload.as<StreamHeader>());
    case EventKind::Element: {
        const ElementPtr tree = log.element(index);
        return tree ? elementSummary(*tree) : QStringLiteral("element");
    }
    case EventKind::Whitespace:
        return tr("whitespace keepalive");
    case EventKind::StreamEnd: // over BOSH: a terminate's <body/>, recorded with its HTTP event
        return e.raw.isEmpty() ? tr("end of the stream") : QStringLiteral("</stream:stream>");
    case EventKind::DiscardedBytes:
        return tr("%n byte(s) outside any XML stream", nullptr, int(e.raw.size()));
    case EventKind::Phase: {
        const PhaseEventFact phase = e.payload.as<PhaseEventFact>();
        const QString label = Phases::label(phase.name);
        // A session's own phases (connection 0) say whose they are: the lab, its listener and
        // its s2s session each finish.
        if (phase.scope.text().isEmpty())
            return tr("phase: %1").arg(label);
        return tr("phase (%1): %2").arg(Phases::scopeLabel(phase.scope.text()), label);
    }
    case EventKind::Tls: {
        const TlsFact tls = e.payload.as<TlsFact>();
        return QStringLiteral("TLS %1 %2").arg(tls.protocol, tls.cipher);
    }
    case EventKind::Note:
        return e.payload.as<NoteEventFact>().phrase.display();
    case EventKind::Error:
        return tr("error: %1").arg(e.payload.as<ErrorEventFact>().messagePhrase.display());
    case EventKind::Dns: {
        const DnsFact dns = e.payload.as<DnsFact>();
        return tr("DNS: %n candidate(s) for %1, DNSSEC %2", nullptr, int(dns.candidates.size()))
            .arg(dns.domain, dns.dnssec);
    }
    case EventKind::Http:
        return httpSummary(e);
    case EventKind::Connection: {
        const ConnectionInfo c = e.payload.as<ConnectionInfo>();
        return tr("connection %1: %2, %3 (%4 ↔ %5)")
            .arg(e.connection)
            .arg(Phases::roleLabel(c.role), c.label, c.localAddress, c.peerAddress);
    }
    case EventKind::Verdict: {
        const VerdictFact v = e.verdict();
        return QStringLiteral("%1 → %2").arg(v.what, v.result.text());
    }
    case EventKind::SessionStarted:
        return tr("session started");
    case EventKind::SessionFinished: {
        const SessionFinishedFact f = e.payload.as<SessionFinishedFact>();
        return f.success ? tr("session finished: success")
                         : tr("session finished: %1").arg(f.errorPhrase.display());
    }
    }
    return {};
}

} // namespace Inspector
