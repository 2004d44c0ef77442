// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileprogress.h"

namespace Inspector {

FileProgress::FileProgress(QWidget *parent, const QString &label)
    : m_dialog(new QProgressDialog(parent)) // its Cancel button in Qt's own translation
{
    m_dialog->setLabelText(label);
    m_dialog->setRange(0, 1000);
    m_dialog->setObjectName(QStringLiteral("fileProgress"));
    m_dialog->setWindowTitle(label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(MinimumMs);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setAccessibleName(label);
    m_dialog->setValue(0); // starts the clock of the minimum duration
}

FileProgress::~FileProgress()
{
    delete m_dialog;
}

Transcript::Progress FileProgress::callback()
{
    return [dialog = m_dialog](qint64 done, qint64 total) {
        if (!dialog)
            return true;
        // Modal: setValue() lets the window repaint and Cancel be clicked.
        dialog->setValue(int(done * 1000 / qMax<qint64>(1, total)));
        return !dialog->wasCanceled();
    };
}

} // namespace Inspector
