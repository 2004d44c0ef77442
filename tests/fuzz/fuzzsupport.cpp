// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every fuzz target: set-up libFuzzer calls once before the first input.
#include "fuzzsupport.h"

#include <QtGlobal>

namespace {
// Qt's debug output and warnings about malformed input would be printed for millions of inputs
// and slow the run down; critical and fatal messages still reach stderr.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    return 0;
}
