// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfacts.h"

#include "facts/sessionsummary.h"

#include <QCoreApplication>

namespace Inspector::ClientFacts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientFacts)
};

using Tone = ClientFactRow::Tone;

QString count(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QStringLiteral("?");
}

ClientFactRow enableRow(const SessionSummary &s)
{
    const QString label = Tr::tr("Stream management (XEP-0198)");
    const VerdictFact *e = s.lastVerdict(u"sm-enable");
    if (!e)
        return {label, s.streamManagementOffered() ? Tr::tr("offered, not enabled")
                                                   : Tr::tr("not offered")};
    if (e->resultIs("failed"))
        return {label, Tr::tr("refused (%1)").arg(e->condition.text()), Tone::Bad};
    if (e->resultIs("no-answer"))
        return {label, Tr::tr("no answer to <enable/>"), Tone::Bad};
    if (!s.isClient()) // between servers nothing is resumed: acknowledgements only
        return {label, Tr::tr("enabled (acknowledgements)"), Tone::Good};
    if (!e->resume.value_or(false))
        return {label, Tr::tr("enabled, not resumable")};
    return {label,
            e->max ? Tr::tr("enabled, resumable for %1 s").arg(*e->max)
                   : Tr::tr("enabled, resumable"),
            Tone::Good};
}

std::optional<ClientFactRow> ackRow(const SessionSummary &s)
{
    const VerdictFact *a = s.lastVerdict(u"sm-ack");
    if (!a)
        return std::nullopt;
    const QString label = Tr::tr("Acknowledged");
    if (a->resultIs("no-answer"))
        return ClientFactRow{label, Tr::tr("no answer to <r/>"), Tone::Bad};
    if (a->resultIs("too-high"))
        return ClientFactRow{
            label,
            Tr::tr("%1 stanzas, but only %2 were sent").arg(count(a->handled), count(a->sentCount)),
            Tone::Bad};
    return ClientFactRow{
        label, Tr::tr("%1 of %2 stanzas sent").arg(count(a->handled), count(a->sentCount)),
        a->resultIs("ok") ? Tone::Good : Tone::Bad};
}

std::optional<ClientFactRow> resumeRow(const SessionSummary &s)
{
    const VerdictFact *r = s.lastVerdict(u"sm-resume");
    if (!r)
        return std::nullopt;
    const QString label = Tr::tr("Resumption");
    if (r->resultIs("failed"))
        return ClientFactRow{label, Tr::tr("refused (%1)").arg(r->condition.text()), Tone::Bad};
    if (r->resultIs("not-offered"))
        return ClientFactRow{label, Tr::tr("not offered"), Tone::Bad};
    return ClientFactRow{label,
                         Tr::tr("resumed: the server had handled %1 of %2 stanzas; %3 sent "
                                "again")
                             .arg(count(r->handled), count(r->sentCount), count(r->resent)),
                         Tone::Good};
}

std::optional<ClientFactRow> testRow(const SessionSummary &s)
{
    const VerdictFact *t = s.lastVerdict(u"sm-resume-test");
    if (!t)
        return std::nullopt;
    const QString label = Tr::tr("Resumption test");
    if (t->resultIs("works"))
        return ClientFactRow{label,
                             Tr::tr("works: the message sent before the drop arrived once; "
                                    "%1 stanzas came between the resumption and its first "
                                    "acknowledgement")
                                 .arg(count(t->peerResent)),
                             Tone::Good};
    return ClientFactRow{label,
                         t->testMessage.text() == QLatin1String("lost")
                             ? Tr::tr("broken: the message sent before the drop was lost")
                             : Tr::tr("broken: the message sent before the drop arrived more "
                                      "than once (%1)")
                                   .arg(t->testMessage.text()),
                         Tone::Bad};
}
/// What service discovery found (XEP-0030): carbons on the server, the archive on the
/// account (or the server), and the capabilities hash checked.
QVector<ClientFactRow> discoveryRows(const SessionSummary &s)
{
    // Only a result of the entity asked tells what it offers: after an error, or another
    // sender's answer, it is unknown, not "not offered".
    const std::optional<QStringList> server = s.disco->discoFeatures();
    const VerdictFact *account = s.lastVerdict(u"disco-account");
    const std::optional<QStringList> own =
        account ? account->discoFeatures() : std::optional<QStringList>();
    const QString mam = QStringLiteral("urn:xmpp:mam:2");
    const QString unknown = Tr::tr("unknown: no answer to service discovery");
    QString carbons = unknown, archive = unknown;
    if (server)
        carbons = server->contains(QStringLiteral("urn:xmpp:carbons:2")) ? Tr::tr("offered")
                                                                         : Tr::tr("not offered");
    if (own && own->contains(mam))
        archive = Tr::tr("offered on the account");
    else if (server && server->contains(mam))
        archive = Tr::tr("offered");
    else if (server && own)
        archive = Tr::tr("not offered");
    QVector<ClientFactRow> rows{{Tr::tr("Message carbons (XEP-0280)"), carbons},
                                {Tr::tr("Message archive (XEP-0313)"), archive}};
    if (const VerdictFact *c = s.lastVerdict(u"caps")) {
        const QString label = Tr::tr("Capabilities hash (XEP-0115)");
        if (c->resultIs("verified"))
            rows << ClientFactRow{label, Tr::tr("verified (%1)").arg(c->method.text()), Tone::Good};
        else if (c->resultIs("mismatch"))
            rows << ClientFactRow{label,
                                  Tr::tr("does not match: announced %1, computed %2")
                                      .arg(c->expected.text(), c->received.text()),
                                  Tone::Bad};
        else if (c->resultIs("ill-formed"))
            rows << ClientFactRow{
                label, Tr::tr("cannot be checked: %1").arg(c->errorPhrase.display()), Tone::Bad};
        else
            rows << ClientFactRow{label,
                                  Tr::tr("hash function '%1' unknown").arg(c->method.text())};
    }
    return rows;
}

std::optional<ClientFactRow> registrationRow(const SessionSummary &s, bool offered)
{
    const QString label = Tr::tr("In-band registration (XEP-0077)");
    const VerdictFact *r = s.lastVerdict(u"registration");
    if (!r)
        return offered ? std::optional<ClientFactRow>({label, Tr::tr("offered, not asked")})
                       : std::nullopt;
    const QString fields = r->fields.value_or(QStringList()).join(QStringLiteral(", "));
    if (r->resultIs("open"))
        return ClientFactRow{label,
                             r->captcha.value_or(false)
                                 ? Tr::tr("form handed out, with a CAPTCHA: %1").arg(fields)
                                 : Tr::tr("form handed out to anyone: %1").arg(fields),
                             Tone::Bad};
    if (r->resultIs("web"))
        return ClientFactRow{label, Tr::tr("on a web page: %1").arg(r->location.text())};
    if (r->resultIs("no-answer"))
        return ClientFactRow{label, Tr::tr("no answer to the form's request"), Tone::Bad};
    if (r->resultIs("no-fields"))
        return ClientFactRow{label, Tr::tr("offered, with a form that asks for nothing")};
    return ClientFactRow{label, Tr::tr("closed (%1)").arg(r->condition.text()), Tone::Good};
}
} // namespace

QVector<ClientFactRow> offers(const SessionSummary &s)
{
    bool registration = false, csi = false;
    const StreamFeatures *compression = nullptr;
    for (const FeatureStageFact &stage : s.featureStages) {
        registration |= stage.features.registration;
        csi |= stage.features.csi;
        if (stage.features.compression && !compression)
            compression = &stage.features;
    }
    QVector<ClientFactRow> rows;
    if (const auto row = registrationRow(s, registration))
        rows << *row;
    if (compression)
        rows << ClientFactRow{
            Tr::tr("Stream compression (XEP-0138)"),
            Tr::tr("offered: %1").arg(compression->compressionMethods.join(QStringLiteral(", "))),
            Tone::Bad};
    if (s.isClient() && s.bound)
        rows << ClientFactRow{Tr::tr("Client state indication (XEP-0352)"),
                              csi ? Tr::tr("offered") : Tr::tr("not offered")};
    if (s.isClient() && s.disco)
        rows += discoveryRows(s);
    return rows;
}

QVector<ClientFactRow> streamManagement(const SessionSummary &s)
{
    if (!s.lastVerdict(u"sm-enable") && !s.streamManagementOffered())
        return {};
    QVector<ClientFactRow> rows{enableRow(s)};
    for (const auto &row : {ackRow(s), resumeRow(s), testRow(s)}) {
        if (row)
            rows << *row;
    }
    return rows;
}

} // namespace Inspector::ClientFacts
