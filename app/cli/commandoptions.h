// SPDX-License-Identifier: GPL-3.0-or-later
// What every command of xmpp-inspector-cli checks the same way: ports, domains, durations,
// files, certificates, the output options.
#pragma once

#include "clioptions.h"
#include "net/dnslookup.h"

#include <QCommandLineParser>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace Inspector::Cli {

/// One parser per command, with the checks every command shares.
struct Options
{
    QCommandLineParser p;
    QString error;

    Options() { p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); }

    /// --json, --verbose, --transcript FILE, --keep-secrets: shared by the session commands.
    struct Output
    {
        QCommandLineOption json, verbose, transcript, keepSecrets;
    };
    Output addOutput()
    {
        return {add(QStringLiteral("json")), add(QStringLiteral("verbose")),
                add(QStringLiteral("transcript"), QStringLiteral("FILE")),
                add(QStringLiteral("keep-secrets"))};
    }
    /// Reads the output options into `out`.
    bool output(const Output &f, Parsed &out);

    QCommandLineOption add(const QString &name, const QString &value = {});

    // Each check below leaves a one-sentence message in `error` and returns false on bad
    // input; an option that is not given is left as it is.
    bool single(const QList<QCommandLineOption> &options); // each given at most once
    bool noArguments();                                    // no stray positional arguments
    bool port(const QCommandLineOption &o, quint16 *out);  // 1–65535
    bool tlsMode(const QCommandLineOption &o, S2sOptions::Tls *out);
    bool domain(const QCommandLineOption &o, QString *out);
    bool seconds(const QCommandLineOption &o, int *ms); // (0, 86400], in milliseconds
    bool hostPort(const QCommandLineOption &o, HostPort *out);
    bool ca(const QCommandLineOption &o, QList<QSslCertificate> *out, QString *file);
    bool identity(const QCommandLineOption &cert, const QCommandLineOption &key,
                  QSslCertificate *certificate, QSslKey *privateKey, QString *file);
    bool resolve(const QCommandLineOption &o,
                 QHash<QString, HostPort> *out); // D:HOST:PORT, repeatable
    /// --dns-server IP[:PORT], --trust-anchor FILE (repeatable), --srv-seed N.
    struct Dns
    {
        QCommandLineOption server, trustAnchor, srvSeed;
    };
    Dns addDns()
    {
        return {add(QStringLiteral("dns-server"), QStringLiteral("IP[:PORT]")),
                add(QStringLiteral("trust-anchor"), QStringLiteral("FILE")),
                add(QStringLiteral("srv-seed"), QStringLiteral("N"))};
    }
    bool dns(const Dns &f, DnsSettings *out);
    /// The password of a client session: from an environment variable, the first line of a
    /// file, or (with a warning) the command line; none for a probe.
    bool password(const QCommandLineOption &passwordEnv, const QCommandLineOption &passwordFile,
                  const QCommandLineOption &password, C2sOptions *c, QString *warning);
};

/// Stanzas to send after authentication: one or more top-level elements in the stream's
/// content namespace, checked by the stream parser; they are re-serialised through the writer.
bool readStanzas(const QString &file, const QString &contentNamespace, QVector<ElementPtr> *out,
                 QString *error);
/// Every command starts so: unknown options are a usage error, --help prints its text.
/// False when there is nothing more to parse.
bool begin(Options &o, const QStringList &args, const QCommandLineOption &help,
           const QString &helpText, Parsed &out);
/// And ends so: the command's own checks (`ok`), then the output options it shares; `command`
/// when all is well.
void end(Options &o, bool ok, const Options::Output *output, Parsed::Command command, Parsed &out);

/// --dialback-secret S | --dialback-secret-file FILE | --dialback-secret-env VAR (one of them).
struct DialbackSecretOptions
{
    QCommandLineOption secret, file, env;
};
DialbackSecretOptions addDialbackSecret(Options &o);
/// The secret from whichever of the three is given (left as it is when none is); a secret on
/// the command line is visible in `ps` to every user of the machine, so it draws a warning.
bool readDialbackSecret(Options &o, const DialbackSecretOptions &f, QByteArray *out,
                        QString *warning);

/// The options of an s2s session, shared by `s2s` and `scan`; `target`: also those that name
/// one peer (--to, --host, --send), which a scan takes from its list.
struct S2sFlags
{
    /// Adds the options to `o`'s parser.
    S2sFlags(Options &o, bool target);
    bool target;
    QCommandLineOption from, to, host, port, resolve, tls, strict, ca, timeout, stopAfter, auth,
        authoritative, cert, key, bidi, noSm, ping, disco, version, send;
    Options::Dns dns;
    DialbackSecretOptions secret;
};
bool readS2sFlags(Options &o, const S2sFlags &f, S2sOptions *s, QString *warning);
/// A whole number in [min, max] (left as it is when not given).
bool readCount(Options &o, const QCommandLineOption &option, int min, int max, int *out);
/// `scan`: its parser (scanoptions.cpp).
void parseScan(const QStringList &args, Parsed &out);

} // namespace Inspector::Cli
