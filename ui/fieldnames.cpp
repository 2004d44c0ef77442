// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldnames.h"

#include "filefield.h"

#include <QCoreApplication>
#include <QLabel>

namespace Inspector {

namespace {
struct FormFields
{
    Q_DECLARE_TR_FUNCTIONS(FormFields)
};
} // namespace

QString formFieldName(Specifications::Field field)
{
    using F = Specifications::Field;
    switch (field) {
    case F::From:
        return FormFields::tr("From domain");
    case F::To:
        return FormFields::tr("To domain");
    case F::Host:
        return FormFields::tr("Host");
    case F::Timeout:
        return FormFields::tr("Step timeout");
    case F::StopAfter:
        return FormFields::tr("Stop after");
    case F::Auth:
        return FormFields::tr("Authentication");
    case F::Authoritative:
        return FormFields::tr("the authoritative listener");
    case F::DialbackSecret:
        return FormFields::tr("your dialback secret");
    case F::Certificate:
        return FormFields::tr("a certificate");
    case F::Jid:
        return FormFields::tr("Account");
    case F::Password:
        return FormFields::tr("Password");
    case F::SendTo:
        return FormFields::tr("Message to");
    case F::Body:
        return FormFields::tr("Message text");
    case F::Ping:
        return FormFields::tr("Ping JID");
    case F::MinScramIterations:
        return FormFields::tr("Minimum SCRAM iterations");
    case F::Stay:
        return FormFields::tr("Stay online");
    case F::SmResumeTest:
        return FormFields::tr("Test resumption");
    case F::WebSocket:
        return FormFields::tr("WebSocket URL");
    case F::Bosh:
        return FormFields::tr("BOSH URL");
    case F::ProbeAll:
        return FormFields::tr("Try every path");
    case F::Origin:
        return FormFields::tr("Web page origin");
    case F::Domain:
    case F::DnsDomain:
        return FormFields::tr("Domain");
    case F::Bind:
        return FormFields::tr("Listen on");
    case F::Duration:
        return FormFields::tr("Duration");
    }
    return {};
}

void nameFields(const QWidget *form)
{
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy)
            continue;
        QString name = label->text();
        name.remove(QLatin1Char('&')); // no label has a literal '&'
        name = name.trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name = name.chopped(1).trimmed();
        buddy->setAccessibleName(name);
        if (auto *file = qobject_cast<FileField *>(buddy->parentWidget()))
            file->retranslate(name);
    }
}

} // namespace Inspector
