// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/scan.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Inspector {

class SessionForm;

/**
 * Session → Scan domains…: the list of domains (typed, pasted or loaded from a file, read as
 * `scan --domains` reads it, its skipped lines said as they are typed), how many at once and
 * how fast, and the session options every domain's session runs with (the s2s form without a
 * peer domain).
 */
class ScanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScanDialog(QWidget *parent = nullptr);

    void setListText(const QString &text);
    bool loadList(const QString &path, QString *error);
    SessionForm *form() const { return m_form; }
    /// What Start gives: the options (with --authoritative, one domain at a time) and the list.
    ScanOptions options() const;
    const ScanList &list() const { return m_list; }
    bool canStart() const;

private:
    void readList();
    void updateStart();
    void retranslate();
    void changeEvent(QEvent *event) override;

    QPlainTextEdit *m_edit;
    QPushButton *m_load;
    QLabel *m_count;
    QLabel *m_problem; // why Start is off, when the reason is on the other tab
    QSpinBox *m_concurrency;
    QSpinBox *m_perAddress;
    QSpinBox *m_rate;
    QLabel *m_labels[3];
    SessionForm *m_form;
    QDialogButtonBox *m_buttons;
    QTimer m_reread;
    ScanList m_list;
};

} // namespace Inspector
