// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoptions.h"

#include "net/identity.h"
#include "protocol/jid.h"
#include "xml/fragment.h"

#include <QFile>

namespace Inspector::Cli {

namespace {
constexpr double MaxSeconds = 86400;
} // namespace

bool Options::output(const Output &f, Parsed &out)
{
    if (!single({f.transcript}))
        return false;
    out.json = p.isSet(f.json);
    out.verbose = p.isSet(f.verbose);
    out.transcript = p.value(f.transcript);
    out.keepSecrets = p.isSet(f.keepSecrets);
    if (out.keepSecrets && out.transcript.isEmpty() && !out.verbose) {
        error = QStringLiteral("--keep-secrets applies to --transcript FILE and --verbose, and "
                               "neither is given.");
        return false;
    }
    return true;
}

QCommandLineOption Options::add(const QString &name, const QString &value)
{
    QCommandLineOption o(name, QString(), value);
    p.addOption(o);
    return o;
}

bool Options::single(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &o : options) {
        if (p.values(o).size() > 1) {
            error = QStringLiteral("--%1 is given more than once.").arg(o.names().first());
            return false;
        }
    }
    return true;
}

bool Options::noArguments()
{
    if (p.positionalArguments().isEmpty())
        return true;
    error = QStringLiteral("Unexpected argument '%1'.").arg(p.positionalArguments().first());
    return false;
}

bool Options::port(const QCommandLineOption &o, quint16 *out)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const uint n = p.value(o).toUInt(&ok);
    if (!ok || n < 1 || n > 65535) {
        error = QStringLiteral("--%1 '%2' is not a port number (1–65535).")
                    .arg(o.names().first(), p.value(o));
        return false;
    }
    *out = quint16(n);
    return true;
}

bool Options::tlsMode(const QCommandLineOption &o, S2sOptions::Tls *out)
{
    if (!p.isSet(o) || S2sOptions::parseTls(p.value(o), out))
        return true;
    error = QStringLiteral("--%1 '%2' is not one of auto, starttls, direct, none.")
                .arg(o.names().first(), p.value(o));
    return false;
}

bool Options::password(const QCommandLineOption &passwordEnv,
                       const QCommandLineOption &passwordFile, const QCommandLineOption &password,
                       C2sOptions *c, QString *warning)
{
    const int sources =
        int(p.isSet(passwordEnv)) + int(p.isSet(passwordFile)) + int(p.isSet(password));
    if (sources > 1) {
        error = QStringLiteral("Give the password one way only.");
        return false;
    }
    if (p.isSet(passwordEnv)) {
        const QByteArray v = qgetenv(p.value(passwordEnv).toLocal8Bit().constData());
        if (v.isEmpty()) {
            error = QStringLiteral("The environment variable %1 is empty or not set.")
                        .arg(p.value(passwordEnv));
            return false;
        }
        c->password = QString::fromUtf8(v);
        c->passwordSource = QStringLiteral("environment variable %1").arg(p.value(passwordEnv));
    } else if (p.isSet(passwordFile)) {
        QFile f(p.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("--password-file '%1' cannot be read: %2")
                        .arg(f.fileName(), f.errorString());
            return false;
        }
        c->password = QString::fromUtf8(f.readLine(4096)).trimmed();
        c->passwordSource = QStringLiteral("file");
        if (c->password.isEmpty()) {
            error = QStringLiteral("--password-file '%1' has no password on its first line.")
                        .arg(f.fileName());
            return false;
        }
    } else if (p.isSet(password)) {
        c->password = p.value(password);
        c->passwordSource = QStringLiteral("command line");
        *warning =
            QStringLiteral("warning: a password on the command line is visible to other "
                           "users of this machine; prefer --password-env or --password-file.");
    }
    return true; // no password at all: Specifications::check() says when one is needed
}

bool Options::domain(const QCommandLineOption &o, QString *out)
{
    const Jid j = Jid::domain(p.value(o));
    if (!j.isValid()) {
        error = QStringLiteral("--%1 '%2' is not a valid domain: %3")
                    .arg(o.names().first(), p.value(o), j.error());
        return false;
    }
    *out = j.domainPart();
    return true;
}

bool Options::seconds(const QCommandLineOption &o, int *ms)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const double secs = p.value(o).toDouble(&ok);
    if (!ok || secs <= 0 || secs > MaxSeconds) {
        error = QStringLiteral("--%1 '%2' is not a number of seconds between 0 and 86400.")
                    .arg(o.names().first(), p.value(o));
        return false;
    }
    *ms = qMax(1, int(secs * 1000));
    return true;
}

bool Options::hostPort(const QCommandLineOption &o, HostPort *out)
{
    QString why;
    if (!HostPort::parse(p.value(o), out, &why)) {
        error = QStringLiteral("--%1: %2").arg(o.names().first(), why);
        return false;
    }
    return true;
}

bool Options::ca(const QCommandLineOption &o, QList<QSslCertificate> *out, QString *file)
{
    if (!p.isSet(o))
        return true;
    *file = p.value(o);
    QFile f(*file);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("--ca '%1' cannot be read: %2").arg(*file, f.errorString());
        return false;
    }
    *out = QSslCertificate::fromData(f.read(16 * 1024 * 1024), QSsl::Pem);
    if (out->isEmpty()) {
        error = QStringLiteral("--ca '%1' contains no PEM certificate.").arg(*file);
        return false;
    }
    return true;
}

bool Options::identity(const QCommandLineOption &cert, const QCommandLineOption &key,
                       QSslCertificate *certificate, QSslKey *privateKey, QString *file)
{
    if (p.isSet(cert) != p.isSet(key)) {
        error = QStringLiteral("--cert and --key go together.");
        return false;
    }
    if (!p.isSet(cert))
        return true;
    *file = p.value(cert);
    QString why;
    if (!Identity::load(p.value(cert), p.value(key), certificate, privateKey, &why)) {
        error = why;
        return false;
    }
    return true;
}

bool Options::resolve(const QCommandLineOption &o, QHash<QString, HostPort> *out)
{
    for (const QString &v : p.values(o)) {
        QString domain;
        HostPort hp;
        QString why;
        if (!HostPort::parseResolve(v, &domain, &hp, &why)) {
            error = QStringLiteral("--resolve '%1' is not DOMAIN:HOST:PORT%2")
                        .arg(v, why.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + why);
            return false;
        }
        if (out->contains(domain) && out->value(domain).toString() != hp.toString()) {
            error = QStringLiteral("--resolve gives %1 twice: %2 and %3.")
                        .arg(domain, out->value(domain).toString(), hp.toString());
            return false;
        }
        out->insert(domain, hp);
    }
    return true;
}

bool Options::dns(const Dns &f, DnsSettings *out)
{
    if (!single({f.server, f.srvSeed}))
        return false;
    if (p.isSet(f.server)) {
        QString why;
        if (!DnsLookup::parseServer(p.value(f.server), &out->server, &why)) {
            error = QStringLiteral("--dns-server: ") + why;
            return false;
        }
    }
    for (const QString &file : p.values(f.trustAnchor)) {
        Phrase why;
        if (!DnsSettings::checkAnchorFile(file, &why)) {
            error = QStringLiteral("--trust-anchor: ") + why.display() + QLatin1Char('.');
            return false;
        }
        out->trustAnchors << file;
    }
    if (p.isSet(f.srvSeed)) {
        bool ok = false;
        const qint64 seed = p.value(f.srvSeed).toLongLong(&ok);
        if (!ok || seed < 0 || seed > 0xffffffffLL) {
            error = QStringLiteral("--srv-seed '%1' is not a number from 0 to 4294967295.")
                        .arg(p.value(f.srvSeed));
            return false;
        }
        out->srvSeed = seed;
    }
    return true;
}

/// Stanzas to send after authentication: one or more top-level elements in the stream's
/// content namespace, checked by the stream parser; they are re-serialised through the writer.
bool readStanzas(const QString &file, const QString &contentNamespace, QVector<ElementPtr> *out,
                 QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--send '%1' cannot be read: %2").arg(file, f.errorString());
        return false;
    }
    QString why;
    if (!Fragment::parse(f.read(Fragment::MaxBytes + 1), contentNamespace, out, &why)) {
        *error = QStringLiteral("--send '%1': %2").arg(file, why);
        return false;
    }
    return true;
}

/// Every command starts so: unknown options are a usage error, --help prints its text.
/// False when there is nothing more to parse.
bool begin(Options &o, const QStringList &args, const QCommandLineOption &help,
           const QString &helpText, Parsed &out)
{
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + helpText;
        return false;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = helpText;
        return false;
    }
    return true;
}

/// And ends so: the command's own checks (`ok`), then the output options it shares.
void end(Options &o, bool ok, const Options::Output *output, Parsed::Command command, Parsed &out)
{
    if (ok && (!output || o.output(*output, out)))
        o.error = Specifications::check(&out.spec, flagName).text;
    if (!o.error.isEmpty()) {
        out.error = o.error;
        out.command = Parsed::Command::None;
        return;
    }
    out.command = command;
}

DialbackSecretOptions addDialbackSecret(Options &o)
{
    return {o.add(QStringLiteral("dialback-secret"), QStringLiteral("SECRET")),
            o.add(QStringLiteral("dialback-secret-file"), QStringLiteral("FILE")),
            o.add(QStringLiteral("dialback-secret-env"), QStringLiteral("VAR"))};
}

bool readDialbackSecret(Options &o, const DialbackSecretOptions &f, QByteArray *out,
                        QString *warning)
{
    if (!o.single({f.secret, f.file, f.env}))
        return false;
    const int sources = int(o.p.isSet(f.secret)) + int(o.p.isSet(f.file)) + int(o.p.isSet(f.env));
    if (sources == 0)
        return true;
    if (sources > 1) {
        o.error = QStringLiteral("Give the dialback secret one way only (--dialback-secret, "
                                 "--dialback-secret-file or --dialback-secret-env).");
        return false;
    }
    QByteArray secret;
    if (o.p.isSet(f.env)) {
        const QString var = o.p.value(f.env);
        secret = qgetenv(var.toLocal8Bit().constData());
        if (secret.isEmpty()) {
            o.error = QStringLiteral("The environment variable %1 is empty or not set.").arg(var);
            return false;
        }
    } else if (o.p.isSet(f.file)) {
        QFile file(o.p.value(f.file));
        if (!file.open(QIODevice::ReadOnly)) {
            o.error = QStringLiteral("--dialback-secret-file '%1' cannot be read: %2")
                          .arg(file.fileName(), file.errorString());
            return false;
        }
        // The first line, as a server's configuration holds it, without its line break and
        // trailing spaces (an editor's leftovers); leading spaces are kept.
        constexpr qint64 MaxSecret = 64 * 1024;
        secret = file.readLine(MaxSecret + 2);
        if (secret.size() > MaxSecret && !secret.endsWith('\n')) {
            o.error = QStringLiteral("--dialback-secret-file '%1': the first line is longer than "
                                     "64 KiB.")
                          .arg(file.fileName());
            return false;
        }
        while (!secret.isEmpty() && QByteArrayView(" \t\r\n").contains(secret.back()))
            secret.chop(1);
        if (secret.isEmpty()) {
            o.error = QStringLiteral("--dialback-secret-file '%1' has no secret on its first line.")
                          .arg(file.fileName());
            return false;
        }
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            *warning = QStringLiteral("warning: --dialback-secret-file '%1' can be read by other "
                                      "users (chmod 600 it).")
                           .arg(file.fileName());
    } else {
        secret = o.p.value(f.secret).toUtf8();
        if (secret.isEmpty()) {
            o.error = QStringLiteral("--dialback-secret is empty.");
            return false;
        }
        *warning = QStringLiteral("warning: a dialback secret on the command line is visible to "
                                  "other users of this machine; prefer --dialback-secret-file or "
                                  "--dialback-secret-env.");
    }
    *out = secret;
    return true;
}

} // namespace Inspector::Cli
