#pragma once

// prime_i18n: the user interface languages of Prime Admin. The compiled
// catalogues (prime-admin_<lang>.qm) are embedded in this library under
// ":/i18n/"; Qt's own translations (qtbase_<lang>.qm) come from the Qt
// installation. No widgets here: prime-admin, the ui layer and the tests use it.

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace prime::i18n {

struct Language
{
    QString code;       // "en", "de", "fr": the suffix of prime-admin_<code>.ts
    QString nativeName; // shown untranslated so a user can find their own language
};

// The source language first, then every language with a catalogue.
QList<Language> availableLanguages();
bool isAvailable(const QString &code);
// The codes joined for messages: "en, de, fr".
QString availableCodes();

// QSettings key of the saved choice; empty or absent means "follow the system".
QString settingsKey();
// The saved language if it is still available, else empty.
QString savedLanguage();
// Saves `code` (empty: follow the system). Takes effect at the next start.
void saveLanguage(const QString &code);

// The value of --lang <code> / --lang=<code> in `arguments` (argv, program
// name first), read before QCommandLineParser runs so that even --help is
// translated; empty when absent.
QString languageArgument(const QStringList &arguments);

// The first of the system's UI languages ("de-CH", "fr", ...) that we have,
// else "en".
QString systemLanguage(const QStringList &uiLanguages);

// Resolution order: command line > saved setting > system > English. Values
// that are not available are skipped.
QString resolveLanguage(const QString &commandLine, const QString &saved, const QStringList &systemUiLanguages);

// Installs the catalogue of `code` and Qt's own qtbase catalogue into `app`
// (replacing those an earlier call installed) and makes the language's locale
// the default, so numbers and dates follow it. English installs no catalogue.
// Returns false, leaving English, when `code` is not available or its
// catalogue cannot be loaded.
bool install(QCoreApplication *app, const QString &code);

} // namespace prime::i18n
