// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript reader on arbitrary bytes, as if a file of any content were opened. Every
// event it accepts is written again (with and without secrets) and the line written with them
// is read back: it must give the same event.
#include "fuzzsupport.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    EventLog log;
    const Transcript::ReadResult result =
        Transcript::readBytes(Fuzz::toByteArray(data, size), &log);
    Fuzz::require(result.ok || (!result.error.isEmpty() && result.errorLine >= 1),
                  "a refused transcript names the line and says why");
    Fuzz::require(result.events == log.size(), "every event read is in the log");

    Transcript::WriteOptions keep;
    keep.keepSecrets = true;
    const Transcript::WriteOptions redact;
    for (int i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        Transcript::eventLine(e, i, redact);
        const QByteArray written =
            Transcript::headerLine(log, keep) + Transcript::eventLine(e, i, keep);
        EventLog again;
        const Transcript::ReadResult back = Transcript::readBytes(written, &again);
        Fuzz::require(back.ok && again.size() == 1, "a written event reads back");
        const Event &r = again.at(0);
        Fuzz::require(r.kind == e.kind && r.direction == e.direction &&
                          r.connection == e.connection && r.raw == e.raw,
                      "a written event reads back the same");
    }
    return 0;
}
