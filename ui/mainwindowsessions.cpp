// SPDX-License-Identifier: GPL-3.0-or-later
// The Session menu's side of the main window that goes through the new-session dialog.
#include "mainwindow.h"

#include "newsessiondialog.h"
#include "sessionview.h"

namespace Inspector {

SessionView *MainWindow::editAndRunAgain()
{
    const SessionView *s = currentSession();
    if (!s || !s->specification() || !NewSessionDialog::canEdit(*s->specification()))
        return nullptr;
    NewSessionDialog dialog(this);
    dialog.setSpecification(*s->specification());
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return start(dialog.accepted());
}

} // namespace Inspector
