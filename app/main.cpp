// prime-admin: the desktop application. Parses the command line, sets up the
// log file, profiles, keychain and audit log, and opens the window.
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

using namespace prime;

int main(int argc, char *argv[])
{
    // First of all: no core file may ever hold a secret from this process.
    prime::disableCoreDumps();
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
    window.show();
    if (parser.isSet(sandboxOption))
        window.startSandbox();
    else if (parser.isSet(profileOption))
        window.openProfile(parser.value(profileOption));
    else if (const QString last = profiles.lastProfileName(); !last.isEmpty() && profiles.profile(last))
        window.openProfile(last);
    const int code = app.exec();
    LogFile::install(nullptr);
    return code;
}
