// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsfields.h"

#include "filefield.h"

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

constexpr qint64 MaxSeed = 0xffffffffLL;
} // namespace

DnsFields::DnsFields(const QString &prefix, QWidget *parent)
    : QObject(parent)
    , m_serverLabel(new QLabel(parent))
    , m_anchorsLabel(new QLabel(parent))
    , m_seedLabel(new QLabel(parent))
    , m_server(new QLineEdit(parent))
    , m_anchors(new FileField(fieldName(prefix, "trustAnchorEdit"), FileField::Mode::SeveralFiles,
                              parent))
    , m_seed(new QLineEdit(parent))
{
    m_server->setObjectName(fieldName(prefix, "dnsServerEdit"));
    m_seed->setObjectName(fieldName(prefix, "srvSeedEdit"));
    m_serverLabel->setBuddy(m_server);
    m_anchorsLabel->setBuddy(m_anchors->edit());
    m_seedLabel->setBuddy(m_seed);
    for (QLineEdit *e : {m_server, m_seed})
        connect(e, &QLineEdit::textChanged, this, &DnsFields::changed);
    connect(m_anchors, &FileField::changed, this, &DnsFields::changed);
}

void DnsFields::addRows(QFormLayout *form)
{
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_anchorsLabel, m_anchors);
    form->addRow(m_seedLabel, m_seed);
}

void DnsFields::retranslate()
{
    m_serverLabel->setText(tr("&DNS server:"));
    m_anchorsLabel->setText(tr("Trust a&nchors:"));
    m_seedLabel->setText(tr("SR&V seed:"));
    m_server->setPlaceholderText(tr("IP[:PORT]; empty: the system's resolver"));
    m_anchors->edit()->setPlaceholderText(
        tr("DS/DNSKEY files, separated by ';'; empty: the root key"));
    m_anchors->edit()->setToolTip(
        tr("DNSSEC trust anchors in zone-file format, instead of the root zone's key. "
           "With a DNS server and no trust anchor, nothing is validated."));
    m_anchors->setDialogTexts(tr("DNSSEC trust anchors"),
                              tr("Zone files (*.key *.ds *.zone);;All files (*)"));
    m_anchors->retranslate(tr("Trust anchors"));
    m_seed->setPlaceholderText(tr("empty: a random order"));
    m_seed->setToolTip(tr("Seed of the weighted random order of SRV targets of equal priority "
                          "(RFC 2782), to repeat a run's order: 0 to 4294967295."));
}

QString DnsFields::read(DnsSettings *out) const
{
    QString problem;
    QString why;
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty() && !DnsLookup::parseServer(server, &out->server, &why))
        problem = tr("DNS server: %1").arg(why);
    for (const QString &file : m_anchors->paths()) {
        Phrase anchorProblem;
        if (problem.isEmpty() && !DnsSettings::checkAnchorFile(file, &anchorProblem))
            problem = tr("Trust anchors: %1.").arg(anchorProblem.display());
        out->trustAnchors << file;
    }
    const QString seed = m_seed->text().trimmed();
    if (!seed.isEmpty()) {
        bool ok = false;
        const qint64 n = seed.toLongLong(&ok);
        if (ok && n >= 0 && n <= MaxSeed)
            out->srvSeed = n;
        else if (problem.isEmpty())
            problem = tr("SRV seed: '%1' is not a number from 0 to 4294967295.").arg(seed);
    }
    return problem;
}

void DnsFields::write(const DnsSettings &settings)
{
    // Unbound's "IP@PORT" back to what parseServer() reads: IP:PORT, [IPv6]:PORT.
    QString server = settings.server;
    const int at = server.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        const QString host = server.left(at);
        server =
            (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
            QLatin1Char(':') + server.mid(at + 1);
    }
    m_server->setText(server);
    m_anchors->setPaths(settings.trustAnchors);
    m_seed->setText(settings.srvSeed < 0 ? QString() : QString::number(settings.srvSeed));
}

bool DnsFields::asksDns() const
{
    return !m_server->text().trimmed().isEmpty() || !m_anchors->paths().isEmpty();
}

} // namespace Inspector
