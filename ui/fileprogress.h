// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/transcript.h"

#include <QPointer>
#include <QProgressDialog>

namespace Inspector {

/**
 * The progress of reading or saving a large transcript, in a window-modal dialog that appears
 * once the work has taken MinimumMs; its Cancel stops the work (Transcript::Progress).
 */
class FileProgress
{
public:
    static constexpr int MinimumMs = 400;
    FileProgress(QWidget *parent, const QString &label);
    ~FileProgress();
    FileProgress(const FileProgress &) = delete;
    FileProgress &operator=(const FileProgress &) = delete;

    /// For Transcript::read and Transcript::write; valid while this object lives.
    Transcript::Progress callback();
    QProgressDialog *dialog() const { return m_dialog; }

private:
    QPointer<QProgressDialog> m_dialog;
};

} // namespace Inspector
