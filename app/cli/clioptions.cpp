// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "net/dnslookup.h"
#include "net/identity.h"
#include "protocol/jid.h"
#include "protocol/namespaces.h"
#include "xml/fragment.h"
#include "xml/streamparser.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>

namespace Inspector::Cli {

namespace {
constexpr double MaxSeconds = 86400;

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
                add(QStringLiteral("transcript"), QStringLiteral("FILE")), add(QStringLiteral("keep-secrets"))};
    }
    bool output(const Output &f, Parsed &out)
    {
        if (!single({f.transcript}))
            return false;
        out.json = p.isSet(f.json);
        out.verbose = p.isSet(f.verbose);
        out.transcript = p.value(f.transcript);
        out.keepSecrets = p.isSet(f.keepSecrets);
        if (out.keepSecrets && out.transcript.isEmpty()) {
            error = QStringLiteral("--keep-secrets applies to --transcript FILE, which is missing.");
            return false;
        }
        return true;
    }

    QCommandLineOption add(const QString &name, const QString &value = {})
    {
        QCommandLineOption o(name, QString(), value);
        p.addOption(o);
        return o;
    }

    bool single(const QList<QCommandLineOption> &options)
    {
        for (const QCommandLineOption &o : options) {
            if (p.values(o).size() > 1) {
                error = QStringLiteral("--%1 is given more than once.").arg(o.names().first());
                return false;
            }
        }
        return true;
    }

    bool domain(const QCommandLineOption &o, QString *out)
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

    bool seconds(const QCommandLineOption &o, int *ms)
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

    bool hostPort(const QCommandLineOption &o, HostPort *out)
    {
        QString why;
        if (!HostPort::parse(p.value(o), out, &why)) {
            error = QStringLiteral("--%1: %2").arg(o.names().first(), why);
            return false;
        }
        return true;
    }

    bool ca(const QCommandLineOption &o, QList<QSslCertificate> *out, QString *file)
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

    bool identity(const QCommandLineOption &cert, const QCommandLineOption &key,
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

    bool resolve(const QCommandLineOption &o, QHash<QString, HostPort> *out)
    {
        for (const QString &v : p.values(o)) {
            const int colon = v.indexOf(QLatin1Char(':'));
            HostPort hp;
            QString why;
            const Jid d = Jid::domain(v.left(colon));
            if (colon <= 0 || !d.isValid() || !HostPort::parse(v.mid(colon + 1), &hp, &why)) {
                error = QStringLiteral("--resolve '%1' is not DOMAIN:HOST:PORT%2")
                            .arg(v, why.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + why);
                return false;
            }
            out->insert(d.domainPart(), hp);
        }
        return true;
    }
};

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

bool readSecret(const QString &value, QByteArray *out, QString *error)
{
    if (value.isEmpty()) {
        *error = QStringLiteral("--dialback-secret is empty.");
        return false;
    }
    *out = value.toUtf8();
    return true;
}
} // namespace

QString usage()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  s2s        open a server-to-server stream: features, TLS, authentication, queries\n"
        "  c2s        log in as a user: STARTTLS, SCRAM, binding, roster, message, ping\n"
        "  dns        find a domain's XMPP servers: SRV of both kinds, addresses, TLSA, DNSSEC\n"
        "  listen     receive server-to-server connections for a domain and record them\n"
        "  lab        run the built-in lab: a complete federation on loopback, no server needed\n"
        "  show       print a saved transcript: the summary and every event\n"
        "  export     turn a transcript into HTML, Markdown, text or the JSON summary\n"
        "  diff       compare two transcripts: outcome, features, TLS, verdicts, phases\n"
        "\n"
        "Run 'xmpp-inspector-cli COMMAND --help' for the options of a command.\n"
        "Other options: --help, --version.\n");
}

QString s2sHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli s2s --from DOMAIN --to DOMAIN [options]\n"
        "\n"
        "Opens a server-to-server stream to --to as --from, reads the header and features,\n"
        "negotiates TLS, authenticates if asked, sends the queries asked for, and closes.\n"
        "\n"
        "Connection:\n"
        "  --from DOMAIN          our domain: the stream's 'from' (required)\n"
        "  --to DOMAIN            the remote domain: the stream's 'to', SNI and the name the\n"
        "                         certificate is checked against (required)\n"
        "  --host HOST            connect to HOST instead of DOMAIN (an address or a name)\n"
        "  --port N               TCP port (default 5269; 5270 with --tls direct)\n"
        "  --resolve D:HOST:PORT  reach domain D at HOST:PORT (verify connections); repeatable\n"
        "  --dns-server IP[:PORT] without --host: ask only this DNS server (default: the system's)\n"
        "                         for the SRV records (_xmpps-server, _xmpp-server), addresses\n"
        "                         and TLSA; every candidate address is tried in order\n"
        "  --tls MODE             auto: STARTTLS when offered (default); starttls: require it;\n"
        "                         direct: TLS from the first byte (XEP-0368), ALPN xmpp-server;\n"
        "                         none: never negotiate TLS\n"
        "  --strict-tls           certificate errors abort the handshake (default: they are\n"
        "                         reported and the session goes on, for inspection)\n"
        "  --ca FILE              PEM file of extra trust anchors\n"
        "  --timeout SECONDS      the longest wait for any one step of the peer (default 10)\n"
        "  --stop-after PHASE     close gracefully once PHASE is reached, one of:\n"
        "                         tcp_connected, tls_established, header_received,\n"
        "                         features_received\n"
        "\n"
        "Authentication:\n"
        "  --auth MODE            none (default): probe only; dialback; external: SASL EXTERNAL\n"
        "                         with --cert/--key; auto: EXTERNAL when offered and a\n"
        "                         certificate is given, else dialback\n"
        "  --authoritative H:P    run this tool as the authoritative server for --from on H:P\n"
        "                         (an IP address): the remote connects back there to verify\n"
        "                         our dialback key; its DNS for --from must point there\n"
        "  --dialback-secret S    compute the dialback key exactly as your own server for\n"
        "                         --from does (Prosody's dialback_secret): when the remote asks\n"
        "                         your real server to verify it, the answer is valid. Never\n"
        "                         recorded or printed.\n"
        "  --cert FILE --key FILE our certificate and key (PEM): SASL EXTERNAL client\n"
        "                         certificate, and STARTTLS on the authoritative listener\n"
        "\n"
        "After authentication:\n"
        "  --ping                 XEP-0199 ping, with the round-trip time\n"
        "  --disco                XEP-0030 disco#info of the remote domain\n"
        "  --software-version     XEP-0092 software version of the remote server\n"
        "  --send FILE            send the stanzas in FILE (XML; 'from'/'to' added if missing)\n"
        "\n"
        "Output:\n"
        "  --json                 print one JSON object on stdout\n"
        "  --verbose              print the stream on stderr as it happens\n"
        "  --transcript FILE      save the whole session as a transcript (.xitrace)\n"
        "  --keep-secrets         keep dialback keys and SASL payloads in the transcript\n"
        "                         (they are replaced by [redacted:LENGTH] otherwise)\n"
        "\n"
        "Exit status: 0 success, 1 the peer refused or failed the protocol, 2 usage error,\n"
        "3 network failure or timeout.\n");
}

QString listenHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli listen --domain DOMAIN --bind HOST:PORT [options]\n"
        "\n"
        "Receives server-to-server connections for DOMAIN: offers STARTTLS (with --cert/--key),\n"
        "dialback and SASL EXTERNAL, verifies each sender's dialback key with its\n"
        "authoritative server, and records everything until --duration ends.\n"
        "\n"
        "Options:\n"
        "  --domain DOMAIN        the domain to receive for (required)\n"
        "  --bind HOST:PORT       the IP address and port to listen on (required)\n"
        "  --cert FILE --key FILE certificate and key for DOMAIN (PEM), for STARTTLS\n"
        "  --ca FILE              PEM file of extra trust anchors (peers' certificates)\n"
        "  --dialback-secret S    answer <db:verify/> for DOMAIN with this secret\n"
        "  --resolve D:HOST:PORT  reach domain D's authoritative server at HOST:PORT; repeatable\n"
        "  --duration SECONDS     how long to listen (default 60)\n"
        "  --timeout SECONDS      the longest wait for any one step of a peer (default 10)\n"
        "  --json                 print one JSON object on stdout at the end\n"
        "  --verbose              print the streams on stderr as they happen\n"
        "  --transcript FILE      save the whole session as a transcript (.xitrace)\n"
        "  --keep-secrets         keep dialback keys and SASL payloads in the transcript\n"
        "\n"
        "Exit status: 0 success, 2 usage error, 3 the address cannot be bound.\n");
}

QString c2sHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli c2s --jid USER@DOMAIN [--password-env VAR | --password-file FILE]\n"
        "                          [options]\n"
        "\n"
        "Logs in as a user: STARTTLS (or direct TLS), SASL, resource binding, then what is asked.\n"
        "\n"
        "Options:\n"
        "  --jid USER@DOMAIN      the account (required)\n"
        "  --password-env VAR     read the password from environment variable VAR\n"
        "  --password-file FILE   read it from the first line of FILE\n"
        "  --password PASSWORD    on the command line (other users can see it; avoid)\n"
        "  --host HOST --port N   connect there instead of DOMAIN:5222 (5223 with direct TLS)\n"
        "  --tls MODE             auto (default), starttls, direct (XEP-0368), none\n"
        "  --strict-tls           certificate errors abort the handshake\n"
        "  --ca FILE              PEM file of extra trust anchors\n"
        "  --mechanism NAME       use this SASL mechanism (default: the strongest offered of\n"
        "                         SCRAM-SHA-256-PLUS, SCRAM-SHA-1-PLUS, SCRAM-SHA-256,\n"
        "                         SCRAM-SHA-1, PLAIN; -PLUS with tls-server-end-point binding)\n"
        "  --allow-plaintext      allow PLAIN on an unencrypted stream\n"
        "  --resource NAME        the resource to bind (default inspector)\n"
        "  --probe                only read the features (before and after TLS); no password\n"
        "  --roster               fetch the roster\n"
        "  --send-to JID --body T send a message and watch for a delivery error\n"
        "  --ping JID             XEP-0199 ping of any JID (another domain: a federation test)\n"
        "  --send FILE            send the stanzas in FILE after binding\n"
        "  --stay SECONDS         send initial presence and stay online: the server probes the\n"
        "                         contacts' presence (RFC 6121 §4.2.2); what arrives is recorded\n"
        "  --timeout SECONDS      the longest wait for any one step of the server (default 10)\n"
        "  --json, --verbose, --transcript FILE, --keep-secrets  as for s2s; SASL payloads are\n"
        "                         recorded as [redacted:LENGTH] unless --keep-secrets\n"
        "\n"
        "Exit status: 0 success, 1 the server refused (authentication, binding, …), 2 usage\n"
        "error, 3 network failure or timeout.\n");
}

QString fileCommandsHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli show FILE\n"
        "       xmpp-inspector-cli export FILE --format html|md|txt|json -o OUT\n"
        "       xmpp-inspector-cli diff FILE1 FILE2 [--json]\n"
        "\n"
        "show prints a transcript's summary and every event. export writes it as a\n"
        "self-contained HTML page (timeline as inline SVG), Markdown, plain text or the JSON\n"
        "summary the other commands print. diff lists what differs between two sessions\n"
        "(exit status 0: nothing, 1: differences, 2: a file cannot be read).\n");
}

QString labHelp()
{
    QString variants;
    for (const QString &v : LabSession::variantNames())
        variants += QStringLiteral("                         %1: %2\n")
                        .arg(v, LabSession::describe(LabSession::Variant(LabSession::variantNames().indexOf(v))));
    return QStringLiteral(
               "Usage: xmpp-inspector-cli lab [--variant NAME] [--json] [--verbose]\n"
               "\n"
               "Runs a complete server-to-server session on loopback between two roles of this\n"
               "tool: lab-a.localhost federates with lab-b.localhost, with certificates made at\n"
               "startup. Nothing needs to be installed or configured.\n"
               "\n"
               "Options:\n"
               "  --variant NAME         which lab to run (default standard):\n")
           + variants
           + QStringLiteral("  --json                 print one JSON object on stdout\n"
                            "  --verbose              print the streams on stderr as they happen\n"
                            "  --transcript FILE      save the whole session as a transcript\n"
                            "  --keep-secrets         keep dialback keys in the transcript\n"
                            "\n"
                            "Exit status as for s2s.\n");
}

namespace {
void parseDns(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto client = o.add(QStringLiteral("client"));
    const auto server = o.add(QStringLiteral("dns-server"), QStringLiteral("IP[:PORT]"));
    const auto json = o.add(QStringLiteral("json"));
    const QString usage = QStringLiteral(
        "Usage: xmpp-inspector-cli dns DOMAIN [--client] [--dns-server IP[:PORT]] [--json]\n"
        "\n"
        "Lists the candidates a server (or with --client, a client) would connect to, in order:\n"
        "_xmpps-/_xmpp- SRV records (XEP-0368; target \".\" means no service), else the domain\n"
        "itself on the default port; the addresses of each, its TLSA records and the DNSSEC\n"
        "status; and the findings. --dns-server asks only that server (a test zone before\n"
        "publishing it).\n");
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + usage;
        return;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = usage;
        return;
    }
    if (o.p.positionalArguments().size() != 1) {
        out.error = QStringLiteral("dns takes one domain.\n\n") + usage;
        return;
    }
    const Jid d = Jid::domain(o.p.positionalArguments().first());
    if (!d.isValid()) {
        out.error = QStringLiteral("'%1' is not a valid domain: %2").arg(o.p.positionalArguments().first(), d.error());
        return;
    }
    out.dnsDomain = d.domainPart();
    out.dnsClient = o.p.isSet(client);
    if (o.p.isSet(server)) {
        QString why;
        if (!DnsLookup::parseServer(o.p.value(server), &out.dnsServer, &why)) {
            out.error = QStringLiteral("--dns-server: ") + why;
            return;
        }
    }
    out.json = o.p.isSet(json);
    out.command = Parsed::Command::Dns;
}

void parseC2s(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto jid = o.add(QStringLiteral("jid"), QStringLiteral("JID"));
    const auto passwordEnv = o.add(QStringLiteral("password-env"), QStringLiteral("VAR"));
    const auto passwordFile = o.add(QStringLiteral("password-file"), QStringLiteral("FILE"));
    const auto password = o.add(QStringLiteral("password"), QStringLiteral("PASSWORD"));
    const auto host = o.add(QStringLiteral("host"), QStringLiteral("HOST"));
    const auto port = o.add(QStringLiteral("port"), QStringLiteral("N"));
    const auto tls = o.add(QStringLiteral("tls"), QStringLiteral("MODE"));
    const auto strict = o.add(QStringLiteral("strict-tls"));
    const auto ca = o.add(QStringLiteral("ca"), QStringLiteral("FILE"));
    const auto mechanism = o.add(QStringLiteral("mechanism"), QStringLiteral("NAME"));
    const auto plaintext = o.add(QStringLiteral("allow-plaintext"));
    const auto resource = o.add(QStringLiteral("resource"), QStringLiteral("NAME"));
    const auto probe = o.add(QStringLiteral("probe"));
    const auto roster = o.add(QStringLiteral("roster"));
    const auto sendTo = o.add(QStringLiteral("send-to"), QStringLiteral("JID"));
    const auto body = o.add(QStringLiteral("body"), QStringLiteral("TEXT"));
    const auto ping = o.add(QStringLiteral("ping"), QStringLiteral("JID"));
    const auto send = o.add(QStringLiteral("send"), QStringLiteral("FILE"));
    const auto stay = o.add(QStringLiteral("stay"), QStringLiteral("SECONDS"));
    const auto timeout = o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS"));
    const Options::Output output = o.addOutput();
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + c2sHelp();
        return;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = c2sHelp();
        return;
    }
    C2sOptions &c = out.c2s;
    const auto ok = [&] {
        if (!o.p.positionalArguments().isEmpty()) {
            o.error = QStringLiteral("Unexpected argument '%1'.").arg(o.p.positionalArguments().first());
            return false;
        }
        if (!o.single({jid, passwordEnv, passwordFile, password, host, port, tls, ca, mechanism,
                       resource, sendTo, body, ping, send, stay, timeout}))
            return false;
        const Jid j = Jid::parse(o.p.value(jid));
        if (!o.p.isSet(jid) || !j.isValid() || j.local().isEmpty() || !j.resource().isEmpty()) {
            o.error = o.p.isSet(jid) ? QStringLiteral("--jid '%1' is not a bare USER@DOMAIN address%2")
                                           .arg(o.p.value(jid), j.isValid() ? QStringLiteral(".") : QStringLiteral(": ") + j.error())
                                     : QStringLiteral("c2s needs --jid USER@DOMAIN.");
            return false;
        }
        c.jid = j.bare();
        const int sources = int(o.p.isSet(passwordEnv)) + int(o.p.isSet(passwordFile)) + int(o.p.isSet(password));
        if (sources > 1) {
            o.error = QStringLiteral("Give the password one way only.");
            return false;
        }
        c.probe = o.p.isSet(probe);
        if (o.p.isSet(passwordEnv)) {
            const QByteArray v = qgetenv(o.p.value(passwordEnv).toLocal8Bit().constData());
            if (v.isEmpty()) {
                o.error = QStringLiteral("The environment variable %1 is empty or not set.").arg(o.p.value(passwordEnv));
                return false;
            }
            c.password = QString::fromUtf8(v);
            c.passwordSource = QStringLiteral("environment variable %1").arg(o.p.value(passwordEnv));
        } else if (o.p.isSet(passwordFile)) {
            QFile f(o.p.value(passwordFile));
            if (!f.open(QIODevice::ReadOnly)) {
                o.error = QStringLiteral("--password-file '%1' cannot be read: %2").arg(f.fileName(), f.errorString());
                return false;
            }
            c.password = QString::fromUtf8(f.readLine(4096)).trimmed();
            c.passwordSource = QStringLiteral("file");
            if (c.password.isEmpty()) {
                o.error = QStringLiteral("--password-file '%1' has no password on its first line.").arg(f.fileName());
                return false;
            }
        } else if (o.p.isSet(password)) {
            c.password = o.p.value(password);
            c.passwordSource = QStringLiteral("command line");
            out.warning = QStringLiteral("warning: a password on the command line is visible to other "
                                         "users of this machine; prefer --password-env or --password-file.");
        } else if (!c.probe) {
            o.error = QStringLiteral("c2s needs the password: --password-env VAR or --password-file FILE "
                                     "(or --probe to look at the features only).");
            return false;
        }
        c.host = o.p.value(host).trimmed();
        if (o.p.isSet(port)) {
            bool okPort = false;
            const uint n = o.p.value(port).toUInt(&okPort);
            if (!okPort || n < 1 || n > 65535) {
                o.error = QStringLiteral("--port '%1' is not a port number (1–65535).").arg(o.p.value(port));
                return false;
            }
            c.port = quint16(n);
        }
        if (o.p.isSet(tls) && !S2sOptions::parseTls(o.p.value(tls), &c.tls)) {
            o.error = QStringLiteral("--tls '%1' is not one of auto, starttls, direct, none.").arg(o.p.value(tls));
            return false;
        }
        c.strictTls = o.p.isSet(strict);
        if (!o.ca(ca, &c.extraCa, &c.caFile) || !o.seconds(timeout, &c.timeoutMs))
            return false;
        c.mechanism = o.p.value(mechanism).toUpper();
        c.allowPlaintext = o.p.isSet(plaintext);
        if (o.p.isSet(resource))
            c.resource = o.p.value(resource);
        c.roster = o.p.isSet(roster);
        if (o.p.isSet(sendTo) != o.p.isSet(body)) {
            o.error = QStringLiteral("--send-to and --body go together.");
            return false;
        }
        for (const auto &[option, target] : {std::pair{&sendTo, &c.sendTo}, std::pair{&ping, &c.pingJid}}) {
            if (!o.p.isSet(*option))
                continue;
            const Jid to = Jid::parse(o.p.value(*option));
            if (!to.isValid()) {
                o.error = QStringLiteral("--%1 '%2' is not a valid address: %3")
                              .arg(option->names().first(), o.p.value(*option), to.error());
                return false;
            }
            *target = to.full();
        }
        c.body = o.p.value(body);
        if (o.p.isSet(send) && !readStanzas(o.p.value(send), Ns::Client, &c.stanzas, &o.error))
            return false;
        int stayMs = 0;
        if (!o.seconds(stay, &stayMs))
            return false;
        c.stayMs = stayMs;
        return true;
    };
    if (!ok()) {
        out.error = o.error;
        return;
    }
    if (!o.output(output, out)) {
        out.error = o.error;
        out.command = Parsed::Command::None;
        return;
    }
    c.keepSecrets = out.keepSecrets;
    out.command = Parsed::Command::C2s;
}

void parseFiles(const QString &command, const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto format = o.add(QStringLiteral("format"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QString(), QStringLiteral("OUT"));
    o.p.addOption(output);
    const auto json = o.add(QStringLiteral("json"));
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + fileCommandsHelp();
        return;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = fileCommandsHelp();
        return;
    }
    out.files = o.p.positionalArguments();
    const int want = command == QLatin1String("diff") ? 2 : 1;
    if (out.files.size() != want) {
        out.error = QStringLiteral("%1 takes %2 transcript file%3.\n\n")
                        .arg(command)
                        .arg(want)
                        .arg(want == 1 ? QString() : QStringLiteral("s"))
                    + fileCommandsHelp();
        return;
    }
    out.json = o.p.isSet(json);
    if (command == QLatin1String("export")) {
        if (!o.p.isSet(format) || !o.p.isSet(output)) {
            out.error = QStringLiteral("export needs --format html|md|txt|json and -o OUT.");
            return;
        }
        out.exportFormat = o.p.value(format);
        out.exportTo = o.p.value(output);
        const QStringList known{QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("markdown"),
                                QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("json")};
        if (!known.contains(out.exportFormat.toLower())) {
            out.error = QStringLiteral("--format '%1' is not one of html, md, txt, json.").arg(out.exportFormat);
            return;
        }
        out.command = Parsed::Command::Export;
    } else {
        out.command = command == QLatin1String("show") ? Parsed::Command::Show : Parsed::Command::Diff;
    }
}

void parseLab(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto variant = o.add(QStringLiteral("variant"), QStringLiteral("NAME"));
    const Options::Output output = o.addOutput();
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + labHelp();
        return;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = labHelp();
        return;
    }
    if (!o.p.positionalArguments().isEmpty()) {
        out.error = QStringLiteral("Unexpected argument '%1'.").arg(o.p.positionalArguments().first());
        return;
    }
    if (!o.single({variant})) {
        out.error = o.error;
        return;
    }
    if (o.p.isSet(variant) && !LabSession::parseVariant(o.p.value(variant), &out.labVariant)) {
        out.error = QStringLiteral("--variant '%1' is not one of %2.")
                        .arg(o.p.value(variant), LabSession::variantNames().join(QStringLiteral(", ")));
        return;
    }
    if (!o.output(output, out)) {
        out.error = o.error;
        out.command = Parsed::Command::None;
        return;
    }
    out.command = Parsed::Command::Lab;
}

void parseS2s(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto from = o.add(QStringLiteral("from"), QStringLiteral("DOMAIN"));
    const auto to = o.add(QStringLiteral("to"), QStringLiteral("DOMAIN"));
    const auto host = o.add(QStringLiteral("host"), QStringLiteral("HOST"));
    const auto port = o.add(QStringLiteral("port"), QStringLiteral("N"));
    const auto resolve = o.add(QStringLiteral("resolve"), QStringLiteral("D:HOST:PORT"));
    const auto dnsServer = o.add(QStringLiteral("dns-server"), QStringLiteral("IP[:PORT]"));
    const auto tls = o.add(QStringLiteral("tls"), QStringLiteral("MODE"));
    const auto strict = o.add(QStringLiteral("strict-tls"));
    const auto ca = o.add(QStringLiteral("ca"), QStringLiteral("FILE"));
    const auto timeout = o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS"));
    const auto stopAfter = o.add(QStringLiteral("stop-after"), QStringLiteral("PHASE"));
    const auto auth = o.add(QStringLiteral("auth"), QStringLiteral("MODE"));
    const auto authoritative = o.add(QStringLiteral("authoritative"), QStringLiteral("HOST:PORT"));
    const auto secret = o.add(QStringLiteral("dialback-secret"), QStringLiteral("SECRET"));
    const auto cert = o.add(QStringLiteral("cert"), QStringLiteral("FILE"));
    const auto key = o.add(QStringLiteral("key"), QStringLiteral("FILE"));
    const auto ping = o.add(QStringLiteral("ping"));
    const auto disco = o.add(QStringLiteral("disco"));
    const auto version = o.add(QStringLiteral("software-version"));
    const auto send = o.add(QStringLiteral("send"), QStringLiteral("FILE"));
    const Options::Output output = o.addOutput();
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + s2sHelp();
        return;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = s2sHelp();
        return;
    }
    S2sOptions &s = out.s2s;
    const auto ok = [&] {
        if (!o.p.positionalArguments().isEmpty()) {
            o.error = QStringLiteral("Unexpected argument '%1'.").arg(o.p.positionalArguments().first());
            return false;
        }
        if (!o.single({from, to, host, port, tls, ca, timeout, stopAfter, auth, authoritative,
                       secret, cert, key, send}))
            return false;
        if (!o.p.isSet(from) || !o.p.isSet(to)) {
            o.error = QStringLiteral("s2s needs --from DOMAIN and --to DOMAIN.");
            return false;
        }
        if (!o.domain(from, &s.from) || !o.domain(to, &s.to))
            return false;
        s.host = o.p.value(host).trimmed();
        if (o.p.isSet(host) && s.host.isEmpty()) {
            o.error = QStringLiteral("--host is empty.");
            return false;
        }
        if (o.p.isSet(port)) {
            bool okPort = false;
            const uint n = o.p.value(port).toUInt(&okPort);
            if (!okPort || n < 1 || n > 65535) {
                o.error = QStringLiteral("--port '%1' is not a port number (1–65535).").arg(o.p.value(port));
                return false;
            }
            s.port = quint16(n);
        }
        if (!o.resolve(resolve, &s.resolve))
            return false;
        if (o.p.isSet(dnsServer)) {
            QString why;
            if (!DnsLookup::parseServer(o.p.value(dnsServer), &s.dnsServer, &why)) {
                o.error = QStringLiteral("--dns-server: ") + why;
                return false;
            }
        }
        // --resolve for the remote domain itself replaces DNS for it, like curl's.
        if (s.host.isEmpty() && s.resolve.contains(s.to)) {
            s.host = s.resolve.value(s.to).host;
            if (!s.port)
                s.port = s.resolve.value(s.to).port;
        }
        if (o.p.isSet(tls) && !S2sOptions::parseTls(o.p.value(tls), &s.tls)) {
            o.error = QStringLiteral("--tls '%1' is not one of auto, starttls, direct, none.")
                          .arg(o.p.value(tls));
            return false;
        }
        s.strictTls = o.p.isSet(strict);
        if (!o.ca(ca, &s.extraCa, &s.caFile) || !o.seconds(timeout, &s.timeoutMs))
            return false;
        if (o.p.isSet(stopAfter)) {
            static const QStringList allowed{
                QStringLiteral("tcp_connected"), QStringLiteral("tls_established"),
                QStringLiteral("header_received"), QStringLiteral("features_received")};
            if (!allowed.contains(o.p.value(stopAfter))) {
                o.error = QStringLiteral("--stop-after '%1' is not one of %2.")
                              .arg(o.p.value(stopAfter), allowed.join(QStringLiteral(", ")));
                return false;
            }
            s.stopAfter = o.p.value(stopAfter);
        }
        if (o.p.isSet(auth) && !S2sOptions::parseAuth(o.p.value(auth), &s.auth)) {
            o.error = QStringLiteral("--auth '%1' is not one of auto, dialback, external, none.")
                          .arg(o.p.value(auth));
            return false;
        }
        if (o.p.isSet(authoritative) && !o.hostPort(authoritative, &s.authoritative))
            return false;
        if (o.p.isSet(secret) && !readSecret(o.p.value(secret), &s.dialbackSecret, &o.error))
            return false;
        if (!o.identity(cert, key, &s.certificate, &s.privateKey, &s.certificateFile))
            return false;
        s.ping = o.p.isSet(ping);
        s.disco = o.p.isSet(disco);
        s.softwareVersion = o.p.isSet(version);
        if (o.p.isSet(send)) {
            s.stanzasFile = o.p.value(send);
            if (!readStanzas(s.stanzasFile, Ns::Server, &s.stanzas, &o.error))
                return false;
        }
        const bool queries = s.ping || s.disco || s.softwareVersion || !s.stanzas.isEmpty();
        if (queries && s.auth == S2sOptions::Auth::None)
            s.auth = S2sOptions::Auth::Auto; // queries need an authenticated stream
        if ((s.auth == S2sOptions::Auth::Dialback)
            && s.dialbackSecret.isEmpty() && !s.authoritative.isValid()) {
            o.error = QStringLiteral("Dialback needs --authoritative HOST:PORT (this tool answers "
                                     "the remote's verification) or --dialback-secret (your "
                                     "server does).");
            return false;
        }
        if (s.auth == S2sOptions::Auth::Auto && s.certificate.isNull()
            && s.dialbackSecret.isEmpty() && !s.authoritative.isValid()) {
            o.error = QStringLiteral("Authentication needs a certificate (--cert, --key), "
                                     "--authoritative or --dialback-secret.");
            return false;
        }
        return true;
    };
    if (!ok()) {
        out.error = o.error;
        return;
    }
    if (!o.output(output, out)) {
        out.error = o.error;
        out.command = Parsed::Command::None;
        return;
    }
    out.command = Parsed::Command::S2s;
}

void parseListen(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto domain = o.add(QStringLiteral("domain"), QStringLiteral("DOMAIN"));
    const auto bind = o.add(QStringLiteral("bind"), QStringLiteral("HOST:PORT"));
    const auto cert = o.add(QStringLiteral("cert"), QStringLiteral("FILE"));
    const auto key = o.add(QStringLiteral("key"), QStringLiteral("FILE"));
    const auto ca = o.add(QStringLiteral("ca"), QStringLiteral("FILE"));
    const auto secret = o.add(QStringLiteral("dialback-secret"), QStringLiteral("SECRET"));
    const auto resolve = o.add(QStringLiteral("resolve"), QStringLiteral("D:HOST:PORT"));
    const auto duration = o.add(QStringLiteral("duration"), QStringLiteral("SECONDS"));
    const auto timeout = o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS"));
    const Options::Output output = o.addOutput();
    if (!o.p.parse(args)) {
        out.error = o.p.errorText() + QStringLiteral("\n\n") + listenHelp();
        return;
    }
    if (o.p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = listenHelp();
        return;
    }
    ListenOptions &l = out.listen;
    QString caFile;
    const auto ok = [&] {
        if (!o.p.positionalArguments().isEmpty()) {
            o.error = QStringLiteral("Unexpected argument '%1'.").arg(o.p.positionalArguments().first());
            return false;
        }
        if (!o.single({domain, bind, cert, key, ca, secret, duration, timeout}))
            return false;
        if (!o.p.isSet(domain) || !o.p.isSet(bind)) {
            o.error = QStringLiteral("listen needs --domain DOMAIN and --bind HOST:PORT.");
            return false;
        }
        return o.domain(domain, &l.domain) && o.hostPort(bind, &l.bind)
               && o.identity(cert, key, &l.certificate, &l.privateKey, &l.certificateFile)
               && o.ca(ca, &l.extraCa, &caFile) && o.resolve(resolve, &l.resolve)
               && (!o.p.isSet(secret) || readSecret(o.p.value(secret), &l.dialbackSecret, &o.error))
               && o.seconds(duration, &l.durationMs) && o.seconds(timeout, &l.timeoutMs);
    };
    if (!ok()) {
        out.error = o.error;
        return;
    }
    if (!o.output(output, out)) {
        out.error = o.error;
        out.command = Parsed::Command::None;
        return;
    }
    out.command = Parsed::Command::Listen;
}
} // namespace

Parsed parse(const QStringList &arguments)
{
    Parsed out;
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        out.error = QStringLiteral("No command given.\n\n") + usage();
        return out;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out.command = Parsed::Command::Help;
        out.output = usage();
        return out;
    }
    if (command == QLatin1String("--version")) {
        out.command = Parsed::Command::Version;
        out.output = QStringLiteral("xmpp-inspector-cli " INSPECTOR_VERSION "\n");
        return out;
    }
    const QStringList rest = QStringList{arguments.first()} + args.mid(1);
    if (command == QLatin1String("s2s"))
        parseS2s(rest, out);
    else if (command == QLatin1String("listen"))
        parseListen(rest, out);
    else if (command == QLatin1String("c2s"))
        parseC2s(rest, out);
    else if (command == QLatin1String("dns"))
        parseDns(rest, out);
    else if (command == QLatin1String("lab"))
        parseLab(rest, out);
    else if (command == QLatin1String("show") || command == QLatin1String("export")
             || command == QLatin1String("diff"))
        parseFiles(command, rest, out);
    else
        out.error = QStringLiteral("Unknown command '%1'.\n\n").arg(command) + usage();
    return out;
}

} // namespace Inspector::Cli
