// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include "preferences.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Inspector {

namespace {
QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}
} // namespace

CertificateDialog::CertificateDialog(const QVector<CertificateFact> &chain, int index,
                                     QWidget *parent)
    : QDialog(parent)
    , m_chain(chain)
    , m_list(new QListWidget(this))
    , m_details(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate chain"));
    m_list->setObjectName(QStringLiteral("chainList"));
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Field"), tr("Value")});
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->setWordWrap(true);
    for (int i = 0; i < m_chain.size(); ++i) {
        const QString role = i == 0 ? tr("server certificate") : tr("issuer %1").arg(i);
        m_list->addItem(tr("%1: %2").arg(role, m_chain.at(i).subject));
    }

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveOne =
        buttons->addButton(tr("Save certificate as PEM…"), QDialogButtonBox::ActionRole);
    QPushButton *saveAll =
        buttons->addButton(tr("Save chain as PEM…"), QDialogButtonBox::ActionRole);
    saveOne->setObjectName(QStringLiteral("savePemButton"));
    saveAll->setObjectName(QStringLiteral("saveChainButton"));
    connect(saveOne, &QPushButton::clicked, this, [this] { saveDialog(false); });
    connect(saveAll, &QPushButton::clicked, this, [this] { saveDialog(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &CertificateDialog::showCertificate);
    setCurrent(index);
}

int CertificateDialog::current() const
{
    return m_list->currentRow();
}

void CertificateDialog::setCurrent(int index)
{
    m_list->setCurrentRow(qBound(0, index, int(m_chain.size()) - 1));
}

void CertificateDialog::showCertificate(int index)
{
    m_details->clear();
    if (index < 0 || index >= m_chain.size())
        return;
    const CertificateFact &c = m_chain.at(index);
    const auto add = [this](const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(m_details, {name, value});
        item->setToolTip(1, value);
        return item;
    };
    add(tr("Subject"), c.subject);
    add(tr("Issuer"), c.issuer);
    add(tr("Serial number"), c.serial);
    add(tr("Valid from"), c.notBefore);
    add(tr("Valid until"), c.notAfter);
    add(tr("DNS names"), joined(c.dnsNames));
    add(tr("Self-signed"), c.selfSigned ? tr("yes") : tr("no"));
    add(tr("Public key"), tr("%1, %2 bits").arg(c.keyAlgorithm).arg(c.keyBits));
    if (c.signatureAlgorithm)
        add(tr("Signature algorithm"), *c.signatureAlgorithm);
    if (c.keyUsage)
        add(tr("Key usage"), joined(*c.keyUsage));
    if (c.extendedKeyUsage)
        add(tr("Extended key usage"), joined(*c.extendedKeyUsage));
    add(tr("SHA-256 fingerprint"), c.sha256);
    QTreeWidgetItem *pem = add(tr("PEM"), QString());
    auto *text = new QTreeWidgetItem(pem, {QString(), c.pem});
    text->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pem->setExpanded(true);
}

bool CertificateDialog::savePem(const QString &path, bool wholeChain, QString *error) const
{
    QByteArray pem;
    for (int i = 0; i < m_chain.size(); ++i) {
        if (wholeChain || i == current())
            pem += m_chain.at(i).pem.toLatin1();
    }
    QSaveFile file(path);
    if (pem.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() ||
        !file.commit()) {
        *error = pem.isEmpty() ? tr("There is no certificate to save.")
                               : tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CertificateDialog::saveDialog(bool wholeChain)
{
    const QString name =
        wholeChain ? QStringLiteral("/chain.pem") : QStringLiteral("/certificate.pem");
    const QString path = QFileDialog::getSaveFileName(
        this, wholeChain ? tr("Save chain") : tr("Save certificate"),
        Preferences::load().startFolder() + name, tr("PEM files (*.pem *.crt)"));
    QString error;
    if (!path.isEmpty() && !savePem(path, wholeChain, &error))
        QMessageBox::warning(this, tr("Save certificate"), error);
}

} // namespace Inspector
