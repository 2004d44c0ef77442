// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QJsonValue;

namespace Inspector {

/// A text an event payload recorded, or did not: absent, null, or a string. The summary's JSON
/// keeps the difference (an absent key is left out, a null one written as null), so the
/// engine's types keep it too.
struct TextFact
{
    enum class State : quint8 { Absent, Null, Value };
    State state = State::Absent;
    QString value;

    TextFact() = default;
    TextFact(const QString &text) // NOLINT(google-explicit-constructor): a recorded text
        : state(State::Value)
        , value(text)
    {}
    static TextFact null()
    {
        TextFact t;
        t.state = State::Null;
        return t;
    }
    /// A string for a string, null for null, absent for anything else (a missing key).
    static TextFact fromJson(const QJsonValue &v);
    /// The strings of a JSON array (anything else: none).
    static QStringList strings(const QJsonValue &v);
    /// Undefined (so QJsonObject::insert leaves the key out), null, or the string.
    QJsonValue toJson() const;

    bool isValue() const { return state == State::Value; }
    bool isAbsent() const { return state == State::Absent; }
    /// The text, empty when there is none.
    const QString &text() const { return value; }
    bool operator==(const TextFact &o) const { return state == o.state && value == o.value; }
    bool operator!=(const TextFact &o) const { return !(*this == o); }
};

} // namespace Inspector
