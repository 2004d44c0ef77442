// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Inspector {

namespace {
QString fieldName(const QString &prefix, const char *name)
{
    const QString n = QLatin1String(name);
    return prefix.isEmpty() ? n : prefix + n.at(0).toUpper() + n.mid(1);
}
} // namespace

DnsFields::DnsFields(const QString &prefix, QWidget *parent)
    : QObject(parent)
    , m_serverLabel(new QLabel(parent))
    , m_anchorsLabel(new QLabel(parent))
    , m_server(new QLineEdit(parent))
    , m_anchors(new QLineEdit(parent))
{
    m_server->setObjectName(fieldName(prefix, "dnsServerEdit"));
    m_anchors->setObjectName(fieldName(prefix, "trustAnchorEdit"));
    m_serverLabel->setBuddy(m_server);
    m_anchorsLabel->setBuddy(m_anchors);
    for (QLineEdit *e : {m_server, m_anchors})
        connect(e, &QLineEdit::textChanged, this, &DnsFields::changed);
}

void DnsFields::addRows(QFormLayout *form)
{
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_anchorsLabel, m_anchors);
}

void DnsFields::retranslate()
{
    m_serverLabel->setText(tr("&DNS server:"));
    m_anchorsLabel->setText(tr("T&rust anchors:"));
    m_server->setPlaceholderText(tr("IP[:PORT]; empty: the system's resolver"));
    m_anchors->setPlaceholderText(tr("DS/DNSKEY files, separated by ';'; empty: the root key"));
    m_anchors->setToolTip(
        tr("DNSSEC trust anchors in zone-file format, instead of the root zone's key. "
           "With a DNS server and no trust anchor, nothing is validated."));
}

QString DnsFields::read(DnsSettings *out) const
{
    QString problem;
    QString why;
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty() && !DnsLookup::parseServer(server, &out->server, &why))
        problem = tr("DNS server: %1").arg(why);
    for (const QString &file : m_anchors->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        Phrase anchorProblem;
        if (problem.isEmpty() && !DnsSettings::checkAnchorFile(file.trimmed(), &anchorProblem))
            problem = tr("Trust anchors: %1.").arg(anchorProblem.display());
        out->trustAnchors << file.trimmed();
    }
    return problem;
}

} // namespace Inspector
