// SPDX-License-Identifier: GPL-3.0-or-later
// Certificates made in a test, for each case it needs (names, issuer, purpose, validity).
#pragma once

#include "net/certfactory.h"

#include <QSslCertificate>
#include <QSslKey>

namespace Inspector::Test {

struct Issued
{
    QSslCertificate certificate;
    QSslKey key;
};

/// A certificate and key made from `spec`; a test that cannot make one cannot go on.
inline Issued issue(const CertFactory::Spec &spec)
{
    Issued i;
    QString error;
    if (!CertFactory::make(spec, &i.certificate, &i.key, &error))
        qFatal("%s", qPrintable(error));
    return i;
}

} // namespace Inspector::Test
