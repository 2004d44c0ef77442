// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/tlsfact.h"
#include <QDialog>

#include <QVector>

class QListWidget;
class QTreeWidget;

namespace Inspector {

/**
 * The certificate chain a peer presented, one certificate at a time: subject, issuer, serial,
 * validity, names, key, purposes and fingerprint, with the PEM text, and saving the selected
 * certificate or the whole chain as a PEM file.
 */
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `chain` as the TLS facts record it (leaf first), `index` the certificate shown first.
    CertificateDialog(const QVector<CertificateFact> &chain, int index, QWidget *parent = nullptr);

    int current() const;
    void setCurrent(int index);
    /// Writes the shown certificate, or the whole chain, as PEM; atomically.
    bool savePem(const QString &path, bool wholeChain, QString *error) const;

private:
    void showCertificate(int index);
    void saveDialog(bool wholeChain);

    QVector<CertificateFact> m_chain;
    QListWidget *m_list;
    QTreeWidget *m_details;
};

} // namespace Inspector
