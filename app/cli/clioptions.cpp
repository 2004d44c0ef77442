// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "protocol/jid.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>

namespace Inspector::Cli {

namespace {
constexpr double MaxTimeoutSeconds = 3600;

QString s2sHelp()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli s2s --from DOMAIN --to DOMAIN [options]\n"
        "\n"
        "Opens a server-to-server stream to DOMAIN as DOMAIN --from, reads the stream header\n"
        "and features, negotiates TLS as asked, and closes with the closing handshake.\n"
        "\n"
        "Options:\n"
        "  --from DOMAIN        our domain: the stream's 'from' (required)\n"
        "  --to DOMAIN          the remote domain: the stream's 'to', SNI and the name the\n"
        "                       certificate is checked against (required)\n"
        "  --host HOST          connect to HOST instead of DOMAIN (an address or a name)\n"
        "  --port N             TCP port (default 5269; 5270 with --tls direct)\n"
        "  --tls MODE           auto: STARTTLS when offered (default); starttls: require it;\n"
        "                       direct: TLS from the first byte (XEP-0368), ALPN xmpp-server;\n"
        "                       none: never negotiate TLS\n"
        "  --strict-tls         certificate errors abort the handshake (default: they are\n"
        "                       reported and the session goes on, for inspection)\n"
        "  --ca FILE            PEM file of extra trust anchors\n"
        "  --timeout SECONDS    the longest wait for any one step of the peer (default 10)\n"
        "  --stop-after PHASE   close gracefully once PHASE is reached, one of:\n"
        "                       tcp_connected, tls_established, header_received,\n"
        "                       features_received\n"
        "  --json               print one JSON object on stdout\n"
        "  --verbose            print the stream on stderr as it happens\n"
        "\n"
        "Exit status: 0 success, 1 the peer refused or failed the protocol, 2 usage error,\n"
        "3 network failure or timeout.\n");
}
} // namespace

QString usage()
{
    return QStringLiteral(
        "Usage: xmpp-inspector-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  s2s        open a server-to-server stream and report what the peer offers\n"
        "\n"
        "Run 'xmpp-inspector-cli COMMAND --help' for the options of a command.\n"
        "Other options: --help, --version.\n");
}

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
    if (command != QLatin1String("s2s")) {
        out.error = QStringLiteral("Unknown command '%1'.\n\n").arg(command) + usage();
        return out;
    }

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("DOMAIN"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("DOMAIN"));
    const QCommandLineOption host(QStringLiteral("host"), {}, QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), {}, QStringLiteral("N"));
    const QCommandLineOption tls(QStringLiteral("tls"), {}, QStringLiteral("MODE"));
    const QCommandLineOption strict(QStringLiteral("strict-tls"));
    const QCommandLineOption ca(QStringLiteral("ca"), {}, QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("SECONDS"));
    const QCommandLineOption stopAfter(QStringLiteral("stop-after"), {}, QStringLiteral("PHASE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    p.addOptions({help, from, to, host, port, tls, strict, ca, timeout, stopAfter, json, verbose});
    if (!p.parse(QStringList{arguments.first()} + args.mid(1))) {
        out.error = p.errorText() + QStringLiteral("\n\n") + s2sHelp();
        return out;
    }
    if (p.isSet(help)) {
        out.command = Parsed::Command::Help;
        out.output = s2sHelp();
        return out;
    }
    if (!p.positionalArguments().isEmpty()) {
        out.error = QStringLiteral("Unexpected argument '%1'.").arg(p.positionalArguments().first());
        return out;
    }
    for (const QCommandLineOption *o : {&from, &to, &host, &port, &tls, &ca, &timeout, &stopAfter}) {
        if (p.values(*o).size() > 1) {
            out.error = QStringLiteral("--%1 is given more than once.").arg(o->names().first());
            return out;
        }
    }

    S2sOptions &s = out.s2s;
    if (!p.isSet(from) || !p.isSet(to)) {
        out.error = QStringLiteral("s2s needs --from DOMAIN and --to DOMAIN.");
        return out;
    }
    for (const auto &[option, target] :
         {std::pair{&from, &s.from}, std::pair{&to, &s.to}}) {
        const Jid j = Jid::domain(p.value(*option));
        if (!j.isValid()) {
            out.error = QStringLiteral("--%1 '%2' is not a valid domain: %3")
                            .arg(option->names().first(), p.value(*option), j.error());
            return out;
        }
        *target = j.domainPart();
    }
    s.host = p.value(host);
    if (p.isSet(host) && s.host.trimmed().isEmpty()) {
        out.error = QStringLiteral("--host is empty.");
        return out;
    }
    if (p.isSet(port)) {
        bool ok = false;
        const uint n = p.value(port).toUInt(&ok);
        if (!ok || n < 1 || n > 65535) {
            out.error = QStringLiteral("--port '%1' is not a port number (1–65535).")
                            .arg(p.value(port));
            return out;
        }
        s.port = quint16(n);
    }
    if (p.isSet(tls) && !S2sOptions::parseTls(p.value(tls), &s.tls)) {
        out.error = QStringLiteral("--tls '%1' is not one of auto, starttls, direct, none.")
                        .arg(p.value(tls));
        return out;
    }
    s.strictTls = p.isSet(strict);
    if (p.isSet(ca)) {
        s.caFile = p.value(ca);
        QFile f(s.caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            out.error = QStringLiteral("--ca '%1' cannot be read: %2").arg(s.caFile, f.errorString());
            return out;
        }
        s.extraCa = QSslCertificate::fromData(f.read(16 * 1024 * 1024), QSsl::Pem);
        if (s.extraCa.isEmpty()) {
            out.error = QStringLiteral("--ca '%1' contains no PEM certificate.").arg(s.caFile);
            return out;
        }
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        const double secs = p.value(timeout).toDouble(&ok);
        if (!ok || secs <= 0 || secs > MaxTimeoutSeconds) {
            out.error = QStringLiteral("--timeout '%1' is not a number of seconds between 0 and "
                                       "3600.")
                            .arg(p.value(timeout));
            return out;
        }
        s.timeoutMs = qMax(1, int(secs * 1000));
    }
    if (p.isSet(stopAfter)) {
        static const QStringList allowed{QStringLiteral("tcp_connected"),
                                         QStringLiteral("tls_established"),
                                         QStringLiteral("header_received"),
                                         QStringLiteral("features_received")};
        if (!allowed.contains(p.value(stopAfter))) {
            out.error = QStringLiteral("--stop-after '%1' is not one of %2.")
                            .arg(p.value(stopAfter), allowed.join(QStringLiteral(", ")));
            return out;
        }
        s.stopAfter = p.value(stopAfter);
    }
    out.json = p.isSet(json);
    out.verbose = p.isSet(verbose);
    out.command = Parsed::Command::S2s;
    return out;
}

} // namespace Inspector::Cli
