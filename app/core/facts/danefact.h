// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace Inspector {

/// One TLSA record (RFC 6698 §2.1) as DNS gave it. -1: the field was missing or not a number.
struct TlsaRecord
{
    int usage = -1, selector = -1, matchingType = -1;
    QString data; // the certificate association data, hex

    /// RFC 7671 §4.1: a known usage (0-3), selector (0, 1) and matching type (0, 1, 2).
    bool usable() const
    {
        return usage >= 0 && usage <= 3 && (selector == 0 || selector == 1) && matchingType >= 0 &&
               matchingType <= 2;
    }
    /// "PKIX-TA", "PKIX-EE", "DANE-TA", "DANE-EE" (RFC 7218 §2.1), else "unknown".
    QString usageName() const;

    static TlsaRecord fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    static QVector<TlsaRecord> listFromJson(const QJsonValue &v);
    static QJsonArray listToJson(const QVector<TlsaRecord> &records);
};

/// One TLSA record checked against a chain.
struct DaneRecordResult
{
    TlsaRecord record;
    bool usable = false;
    bool matched = false;
};

/**
 * DANE (RFC 6698, RFC 7673): the TLSA records of the endpoint against the chain it presented
 * (Dane::evaluate). Recorded in the TLS facts as "dane"; `present` is false where there was no
 * evaluation (no TLSA records, or a recording without one).
 */
struct DaneFact
{
    bool present = false;
    QVector<DaneRecordResult> records;
    std::optional<bool> matched; // none without records
    int matchedUsage = -1;       // the usage of the strongest matching record
    QString dnssec;              // the TLSA answer's DNSSEC status
    bool usable = false;         // DNSSEC-secure and at least one usable record: DANE decides
    int usableRecords = -1;      // -1: not recorded (recordings before it was)
    bool mismatch = false;       // usable and nothing matched: the connection must fail

    /// DANE decides and a DANE-EE record matched (RFC 7671 §5.1: names do not matter).
    bool daneEeMatch() const { return usable && matchedUsage == 3; }

    static DaneFact fromJson(const QJsonObject &o);
    /// Empty when not present.
    QJsonObject toJson() const;
};

} // namespace Inspector
