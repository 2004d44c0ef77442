// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanresult.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Inspector {

namespace {
/// Two parts of one scan (run on two machines, joined with cat): their counts added, the longer
/// time kept.
QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (const char *key : {"domains", "scanned", "succeeded", "failed", "notScanned"}) {
        const QString k = QLatin1String(key);
        a.insert(k, a.value(k).toInt() + b.value(k).toInt());
    }
    for (const char *key : {"outcomes", "findings"}) {
        const QString k = QLatin1String(key);
        QJsonObject counts = a.value(k).toObject();
        const QJsonObject more = b.value(k).toObject();
        for (auto it = more.begin(); it != more.end(); ++it)
            counts.insert(it.key(), counts.value(it.key()).toInt() + it.value().toInt());
        a.insert(k, counts);
    }
    a.insert(QStringLiteral("elapsedMs"),
             qMax(a.value(u"elapsedMs").toInteger(), b.value(u"elapsedMs").toInteger()));
    a.insert(QStringLiteral("stopped"),
             a.value(u"stopped").toBool() || b.value(u"stopped").toBool());
    a.insert(QStringLiteral("parts"), qMax(1, a.value(u"parts").toInt()) + 1);
    return a;
}
} // namespace

bool ScanResult::isScanLine(const QByteArray &firstLine)
{
    ScanResult probe;
    return probe.add(QJsonDocument::fromJson(firstLine).object());
}

bool ScanResult::isScanFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    QByteArray line;
    while (!file.atEnd() && line.trimmed().isEmpty())
        line = file.readLine(1 << 20);
    return isScanLine(line);
}

bool ScanResult::add(const QJsonObject &record)
{
    const QString kind = record.value(u"record").toString();
    if (kind == QLatin1String("domain"))
        domains.append(record);
    else if (kind == QLatin1String("skipped"))
        skipped.append(record);
    else if (kind == QLatin1String("summary"))
        summary = summary.isEmpty() ? record : merged(summary, record);
    else
        return false;
    return true;
}

bool ScanResult::parse(const QByteArray &bytes, ScanResult *result, int *badLine)
{
    int number = 0;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        const bool terminated = end >= 0;
        if (!terminated)
            end = bytes.size();
        const QByteArray line = bytes.mid(from, end - from);
        from = end + 1;
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parsed;
        const QJsonObject o = QJsonDocument::fromJson(line, &parsed).object();
        if (parsed.error == QJsonParseError::NoError && result->add(o))
            continue;
        if (!terminated && parsed.error != QJsonParseError::NoError) {
            result->truncated = true;
            break;
        }
        *badLine = number;
        return false;
    }
    return true;
}

bool ScanResult::read(const QString &path, ScanResult *result, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        *error = QStringLiteral("%1: larger than 1 GiB").arg(path);
        return false;
    }
    int bad = 0;
    if (!parse(file.readAll(), result, &bad)) {
        *error = QStringLiteral("%1: line %2 is not a scan's JSON object").arg(path).arg(bad);
        return false;
    }
    return true;
}

QByteArray ScanResult::toJsonLines() const
{
    QByteArray out;
    const auto line = [&out](const QJsonObject &o) {
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    };
    for (const QJsonObject &o : skipped)
        line(o);
    for (const QJsonObject &o : domains)
        line(o);
    if (!summary.isEmpty())
        line(summary);
    return out;
}

} // namespace Inspector
