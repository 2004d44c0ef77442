// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/phrase.h"
#include "textfact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Inspector {

/// A flag a payload recorded as true or false, as null (not known), or not at all.
struct FlagFact
{
    enum class State : quint8 { Absent, Null, Value };
    State state = State::Absent;
    bool value = false;

    FlagFact() = default;
    FlagFact(bool b) // NOLINT(google-explicit-constructor): a flag is a bool that was recorded
        : state(State::Value)
        , value(b)
    {}
    static FlagFact null()
    {
        FlagFact f;
        f.state = State::Null;
        return f;
    }
    bool isValue() const { return state == State::Value; }
    bool isRecorded() const { return state != State::Absent; }
    bool operator==(const FlagFact &o) const { return state == o.state && value == o.value; }
};

/**
 * The JSON edge of a fact. Each fact lists its fields once, in `visitFields(Fact &, V &)`
 * (found by argument-dependent lookup), as (key, member) pairs; JsonReader fills them from an
 * object and JsonWriter writes them, so every key is spelt in one place and reading and
 * writing cannot disagree. Optional members that hold nothing, and absent texts, leave their
 * key out; plain members are always written.
 */
class JsonReader
{
public:
    static constexpr bool Reading = true;
    explicit JsonReader(const QJsonObject &o)
        : m_o(o)
    {}

    void operator()(const char *key, TextFact &t) const { t = TextFact::fromJson(value(key)); }
    void operator()(const char *key, QString &s) const { s = value(key).toString(); }
    void operator()(const char *key, bool &b) const { b = value(key).toBool(); }
    void operator()(const char *key, int &n) const { n = value(key).toInt(); }
    void operator()(const char *key, qint64 &n) const { n = value(key).toInteger(); }
    void operator()(const char *key, double &n) const { n = value(key).toDouble(); }
    void operator()(const char *key, QStringList &l) const { l = TextFact::strings(value(key)); }
    void operator()(const char *key, FlagFact &f) const;
    void operator()(const char *key, std::optional<bool> &b) const;
    void operator()(const char *key, std::optional<qint64> &n) const;
    void operator()(const char *key, std::optional<double> &n) const;
    void operator()(const char *key, std::optional<QStringList> &l) const;
    void operator()(const char *key, std::optional<QString> &s) const;
    /// A text with its phrase, stored under key + "Phrase" ("text": "phrase").
    void phrased(const char *key, TextFact &text, Phrase &phrase) const;
    /// A phrase alone: its English text, and its phrase where that says the same.
    void phrase(const char *key, Phrase &phrase) const;

    template<class F> void object(const char *key, std::optional<F> &f) const
    {
        const QJsonValue v = value(key);
        if (v.isObject())
            f = read<F>(v.toObject());
    }
    template<class F> void object(const char *key, F &f) const
    {
        f = read<F>(value(key).toObject());
    }
    template<class F> void list(const char *key, QVector<F> &l) const
    {
        l.clear();
        for (const QJsonValue &v : value(key).toArray())
            l.append(read<F>(v.toObject()));
    }
    template<class F> void list(const char *key, std::optional<QVector<F>> &l) const
    {
        if (!value(key).isArray())
            return;
        l.emplace();
        list(key, *l);
    }

    template<class F> static F read(const QJsonObject &o)
    {
        F f;
        JsonReader r(o);
        visitFields(f, r);
        return f;
    }

private:
    QJsonValue value(const char *key) const { return m_o.value(QLatin1String(key)); }
    const QJsonObject &m_o;
};

class JsonWriter
{
public:
    static constexpr bool Reading = false;
    enum class Phrases : quint8 { Keep, Leave };
    explicit JsonWriter(QJsonObject *o, Phrases phrases = Phrases::Keep)
        : m_o(o)
        , m_phrases(phrases)
    {}

    void operator()(const char *key, const TextFact &t) const;
    void operator()(const char *key, const QString &s) const { put(key, s); }
    void operator()(const char *key, bool b) const { put(key, b); }
    void operator()(const char *key, int n) const { put(key, n); }
    void operator()(const char *key, qint64 n) const { put(key, n); }
    void operator()(const char *key, double n) const { put(key, n); }
    void operator()(const char *key, const QStringList &l) const;
    void operator()(const char *key, const FlagFact &f) const;
    void operator()(const char *key, const std::optional<bool> &b) const;
    void operator()(const char *key, const std::optional<qint64> &n) const;
    void operator()(const char *key, const std::optional<double> &n) const;
    void operator()(const char *key, const std::optional<QStringList> &l) const;
    void operator()(const char *key, const std::optional<QString> &s) const;
    void phrased(const char *key, const TextFact &text, const Phrase &phrase) const;
    /// Nothing for an empty phrase.
    void phrase(const char *key, const Phrase &phrase) const;

    template<class F> void object(const char *key, const std::optional<F> &f) const
    {
        if (f)
            put(key, write(*f, m_phrases));
    }
    template<class F> void object(const char *key, const F &f) const
    {
        put(key, write(f, m_phrases));
    }
    template<class F> void list(const char *key, const QVector<F> &l) const
    {
        QJsonArray a;
        for (const F &f : l)
            a.append(write(f, m_phrases));
        put(key, a);
    }
    template<class F> void list(const char *key, const std::optional<QVector<F>> &l) const
    {
        if (l)
            list(key, *l);
    }

    template<class F> static QJsonObject write(const F &f, Phrases phrases = Phrases::Keep)
    {
        QJsonObject o;
        JsonWriter w(&o, phrases);
        // The writer only reads the fields; one field list serves both directions.
        visitFields(const_cast<F &>(f), w);
        return o;
    }

private:
    void put(const char *key, const QJsonValue &v) const { m_o->insert(QLatin1String(key), v); }
    QJsonObject *m_o;
    Phrases m_phrases;
};

} // namespace Inspector
