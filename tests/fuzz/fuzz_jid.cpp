// SPDX-License-Identifier: GPL-3.0-or-later
// XMPP addresses on arbitrary input (as UTF-8): parsed as an address and as a bare domain.
// An address that is accepted is given again in its full and bare forms, which must be accepted
// and read back the same: what this tool prints can be pasted back into it.
#include "fuzzsupport.h"
#include "protocol/jid.h"

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::toByteArray(data, size));
    const Jid jid = Jid::parse(text);
    const Jid domain = Jid::domain(text);
    Fuzz::require(jid.isValid() || !jid.error().isEmpty(), "a refused address says why");
    Fuzz::require(!domain.isValid() || domain.isDomainOnly(), "a valid domain is a domain only");
    Fuzz::require(!domain.isValid() || jid.isValid(), "a valid domain is a valid address");
    if (!jid.isValid())
        return 0;

    const Jid full = Jid::parse(jid.full());
    Fuzz::require(full.isValid(), "the full form of a valid address is valid");
    Fuzz::require(full.local() == jid.local() && full.domainPart() == jid.domainPart() &&
                      full.resource() == jid.resource(),
                  "the full form reads back the same parts");
    const Jid bare = Jid::parse(jid.bare());
    Fuzz::require(bare.isValid() && bare.resource().isEmpty(), "the bare form is valid");
    Fuzz::require(bare.local() == jid.local() && bare.domainPart() == jid.domainPart(),
                  "the bare form reads back the same local part and domain");
    return 0;
}
