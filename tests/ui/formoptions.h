// SPDX-License-Identifier: GPL-3.0-or-later
// What the session-form tests compare: each option of the CLI's s2s and c2s commands, the form
// field that stands for it, and the specifications the two front ends make of the same values.
#pragma once

#include "run/specification.h"

#include <QStringList>

class QWidget;

namespace FormOptions {

/// Files the options name, made in a folder: a CA, our certificate and its key, stanzas for
/// each kind of stream, two DNSSEC trust anchors.
struct Files
{
    QString ca, cert, key, s2sStanzas, c2sStanzas, anchor1, anchor2;
};
bool makeFiles(const QString &dir, Files *out, QString *error);

/// How a form field stands for a CLI option.
struct Field
{
    enum class How {
        Text,   // a line edit; a repeated option's values joined by `separator`
        Number, // a spin box
        Flag,   // a check box, ticked when the option is given
        NoFlag, // a check box, ticked by default and cleared when the option is given
        Index,  // a combo box whose items are the option's values in `items`' order
        Data,   // a combo box whose items carry the option's value (any case)
    };
    Field(QString option, QString objectName, How how = How::Text, QStringList items = {},
          QString separator = {})
        : option(std::move(option))
        , objectName(std::move(objectName))
        , how(how)
        , items(std::move(items))
        , separator(std::move(separator))
    {}
    QString option; // without "--"
    QString objectName;
    How how;
    QStringList items;
    QString separator;
};
/// Every option of the CLI's `s2s` and `c2s` commands that a form has a field for.
QList<Field> s2sFields();
QList<Field> c2sFields();
/// The options that have no field, each because the form has another way: the CLI's output
/// options (the window shows, saves and exports every session), and the other sources of a
/// secret (an environment variable, a file) that the form's secret field is typed into.
QStringList s2sWithoutField();
QStringList c2sWithoutField();
/// The options a command's help names ("--from" → "from").
QStringList helpOptions(const QString &help);

/// Puts the values of CLI arguments (after the command's name) into a form's fields; what
/// went wrong (an option without a field, a field not found), or empty.
QString fill(QWidget *form, const QList<Field> &fields, const QStringList &args);
/// The specification the CLI's parser makes of `args` ("s2s --from …"), or its error.
Inspector::Specification parse(const QStringList &args, QString *error);

/// The fields in which two specifications differ; the secrets (the dialback secret, the
/// password and the opt-in to send credentials to an unverified server) are compared only
/// when `secrets` is true. Where a password came from is not compared.
QStringList differences(const Inspector::S2sOptions &a, const Inspector::S2sOptions &b,
                        bool secrets);
QStringList differences(const Inspector::C2sOptions &a, const Inspector::C2sOptions &b,
                        bool secrets);

} // namespace FormOptions
