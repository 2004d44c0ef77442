// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON edge of every fact's fields, and of texts stored with their phrases.
#include "jsonfields.h"

#include "eventfacts.h"

namespace Inspector {

static QString phraseKey(QLatin1String key)
{
    return key == QLatin1String("text") ? QStringLiteral("phrase") : key + QLatin1String("Phrase");
}

void insertPhrase(QJsonObject *data, QLatin1String key, const Phrase &phrase)
{
    data->insert(key, phrase.english());
    if (!phrase.isLiteral())
        data->insert(phraseKey(key), phrase.toJson());
}

Phrase storedPhrase(const QJsonObject &d, QLatin1String key)
{
    // The phrase is used only when it says what the stored English text says: a transcript
    // that shows one thing in the window and another in the CLI would be lying to someone.
    const QString text = d.value(key).toString();
    const Phrase p = Phrase::fromJson(d.value(phraseKey(key)));
    return p.isEmpty() || p.english() != text ? Phrase(text) : p;
}

void removePhrases(QJsonObject *data)
{
    for (auto it = data->begin(); it != data->end();) {
        if (it.key() == QLatin1String("phrase") || it.key().endsWith(QLatin1String("Phrase")))
            it = data->erase(it);
        else
            ++it;
    }
}

void JsonReader::operator()(const char *key, FlagFact &f) const
{
    const QJsonValue v = value(key);
    if (v.isNull())
        f = FlagFact::null();
    else if (v.isBool())
        f = v.toBool();
    else
        f = FlagFact();
}

void JsonReader::operator()(const char *key, std::optional<bool> &b) const
{
    const QJsonValue v = value(key);
    b = v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void JsonReader::operator()(const char *key, std::optional<qint64> &n) const
{
    const QJsonValue v = value(key);
    n = v.isDouble() ? std::optional<qint64>(v.toInteger(qint64(v.toDouble()))) : std::nullopt;
}

void JsonReader::operator()(const char *key, std::optional<double> &n) const
{
    const QJsonValue v = value(key);
    n = v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

void JsonReader::operator()(const char *key, std::optional<QStringList> &l) const
{
    const QJsonValue v = value(key);
    l = v.isArray() ? std::optional<QStringList>(TextFact::strings(v)) : std::nullopt;
}

void JsonReader::operator()(const char *key, std::optional<QString> &s) const
{
    const QJsonValue v = value(key);
    s = v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

void JsonReader::phrased(const char *key, TextFact &text, Phrase &phrase) const
{
    text = TextFact::fromJson(value(key));
    phrase = text.isValue() ? storedPhrase(m_o, QLatin1String(key)) : Phrase();
}

void JsonReader::phrase(const char *key, Phrase &phrase) const
{
    phrase = m_o.contains(QLatin1String(key)) ? storedPhrase(m_o, QLatin1String(key)) : Phrase();
}

void JsonWriter::operator()(const char *key, const TextFact &t) const
{
    if (!t.isAbsent())
        put(key, t.toJson());
}

void JsonWriter::operator()(const char *key, const QStringList &l) const
{
    put(key, QJsonArray::fromStringList(l));
}

void JsonWriter::operator()(const char *key, const FlagFact &f) const
{
    if (f.state == FlagFact::State::Null)
        put(key, QJsonValue());
    else if (f.isValue())
        put(key, f.value);
}

void JsonWriter::operator()(const char *key, const std::optional<bool> &b) const
{
    if (b)
        put(key, *b);
}

void JsonWriter::operator()(const char *key, const std::optional<qint64> &n) const
{
    if (n)
        put(key, *n);
}

void JsonWriter::operator()(const char *key, const std::optional<double> &n) const
{
    if (n)
        put(key, *n);
}

void JsonWriter::operator()(const char *key, const std::optional<QStringList> &l) const
{
    if (l)
        put(key, QJsonArray::fromStringList(*l));
}

void JsonWriter::operator()(const char *key, const std::optional<QString> &s) const
{
    if (s)
        put(key, *s);
}

void JsonWriter::phrased(const char *key, const TextFact &text, const Phrase &phrase) const
{
    (*this)(key, text);
    if (m_phrases == Phrases::Keep && text.isValue() && !phrase.isLiteral() &&
        phrase.english() == text.value)
        m_o->insert(phraseKey(QLatin1String(key)), phrase.toJson());
}

void JsonWriter::phrase(const char *key, const Phrase &phrase) const
{
    if (phrase.isEmpty())
        return;
    put(key, phrase.english());
    if (m_phrases == Phrases::Keep && !phrase.isLiteral())
        m_o->insert(phraseKey(QLatin1String(key)), phrase.toJson());
}

} // namespace Inspector
