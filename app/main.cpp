// prime-admin: the desktop application. Parses the command line, sets up the
// log file, profiles, keychain and audit log, and opens the window.
#include "FirstPaint.h"

#include <CoreDumps.h>
#include <AuditLog.h>
#include <Language.h>
#include <LogFile.h>
#include <MainWindow.h>
#include <ProfileStore.h>
#include <SandboxSession.h>
#include <ScreenshotRenderer.h>
#include <SecretStore.h>
#include <Session.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace prime;

namespace {

// --help and --version print and quit without a window: they must work over
// ssh or in a package check with no display, where QApplication would abort
// for want of a platform plugin.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // First of all: no core file may ever hold a secret from this process.
    prime::disableCoreDumps();
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PrimeAdmin"));
    QApplication::setApplicationName(QStringLiteral("prime-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Prime Admin"));
    QApplication::setApplicationVersion(QStringLiteral(PRIME_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("prime-admin"));

    // The language is installed before any text is translated or any widget
    // exists: --lang > saved choice (View > Language) > system > English.
    // --lang is read ahead of the parser so that --help is translated too.
    const QString requestedLanguage = i18n::languageArgument(QApplication::arguments());
    i18n::install(&app, i18n::resolveLanguage(requestedLanguage, i18n::savedLanguage(),
                                              QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Administer a Kraken Prime account: API users, keys, settlement."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the built-in sandbox with demo data (no real funds) and connect to it."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Open the saved connection profile <name>."),
        QApplication::translate("main", "name"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "With --sandbox: render every main view and dialog at 1280x800 to <dir>/<view>.png and exit."),
        QApplication::translate("main", "dir"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the user interface in language <code> (%1) instead of the saved or system language.")
            .arg(i18n::availableCodes()),
        QApplication::translate("main", "code"));
    parser.addOptions({sandboxOption, profileOption, screenshotsOption, langOption});
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(langOption) && !i18n::isAvailable(parser.value(langOption))) {
        err << QApplication::translate("main", "Unknown language \"%1\": use one of %2.")
                   .arg(parser.value(langOption), i18n::availableCodes())
            << '\n';
        return 2;
    }
    const bool screenshots = parser.isSet(screenshotsOption);
    if (screenshots && !parser.isSet(sandboxOption)) {
        err << QApplication::translate("main", "--screenshots needs --sandbox: screenshots show demo data only.") << '\n';
        return 2;
    }
    if (parser.isSet(sandboxOption) && parser.isSet(profileOption)) {
        err << QApplication::translate("main", "Use either --sandbox or --profile, not both.") << '\n';
        return 2;
    }

    LogFile log(LogFile::defaultDirectory());
    LogFile::install(&log);

    // Screenshots must not show this user's audit history: they get an empty log.
    QTemporaryDir scratch;
    AuditLog audit(screenshots ? scratch.filePath(QStringLiteral("audit.jsonl")) : AuditLog::defaultPath());
    ProfileStore profiles;
    SecretStore secrets;

    ui::MainWindow window(&profiles, &secrets, &audit);
    window.setSandboxFactory([](QString *error) { return shell::startSandboxSession(error); });

    if (screenshots) {
        auto *renderer = new ui::ScreenshotRenderer(&window, parser.value(screenshotsOption), &window);
        QObject::connect(renderer, &ui::ScreenshotRenderer::finished, &app,
                         [&err](bool ok, const QString &error) {
                             if (!ok)
                                 err << "prime-admin: " << error << Qt::endl;
                             QApplication::exit(ok ? 0 : 1);
                         });
        renderer->start();
        return app.exec();
    }

    window.restoreSettings();
    // PRIME_EXIT_AFTER_FIRST_PAINT=1 (prime-bench's start-up measure): print
    // "first-paint" once the window is painted, and quit.
    if (qEnvironmentVariableIntValue("PRIME_EXIT_AFTER_FIRST_PAINT") == 1) {
        new startup::AfterFirstPaint(&window, 0x7fffffff, [] {
            startup::printFirstPaint();
            std::fflush(stdout);
            // Queued: what start-up queued behind the paint (the profile) still begins.
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
        });
    }
    window.show();
    if (parser.isSet(sandboxOption)) {
        window.startSandbox();
    } else {
        // The window shows first; the keychain (D-Bus, maybe an unlock prompt) is asked after.
        const QString name = parser.isSet(profileOption) ? parser.value(profileOption) : profiles.lastProfileName();
        if (parser.isSet(profileOption) || (!name.isEmpty() && profiles.profile(name)))
            new startup::AfterFirstPaint(&window, 500, [&window, name] { window.openProfile(name); });
    }
    const int code = app.exec();
    LogFile::install(nullptr);
    return code;
}
