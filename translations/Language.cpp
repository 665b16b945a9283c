#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

// Info and above: the language is decided before the log file exists, and a
// line on stderr at every start (even for --help) would be noise.
Q_LOGGING_CATEGORY(lcI18n, "prime.i18n", QtInfoMsg)

namespace prime::i18n {

namespace {

// Marks the translators install() owns, so a later call can replace them.
QString translatorName()
{
    return QStringLiteral("prime.i18n.translator");
}

// "de-CH" / "de_CH" / "DE" -> "de".
QString baseCode(const QString &language)
{
    return language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void removeInstalled(QCoreApplication *app)
{
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(translatorName(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

bool load(QCoreApplication *app, const QString &fileName, const QString &directory)
{
    auto *t = new QTranslator(app);
    t->setObjectName(translatorName());
    if (!t->load(fileName, directory)) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    return true;
}

} // namespace

QList<Language> availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QString::fromUtf8("Fran\xc3\xa7" "ais")},
    };
}

bool isAvailable(const QString &code)
{
    const QList<Language> all = availableLanguages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const Language &l) { return l.code == code; });
}

QString availableCodes()
{
    QStringList codes;
    for (const Language &l : availableLanguages())
        codes << l.code;
    return codes.join(QStringLiteral(", "));
}

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QString savedLanguage()
{
    const QString code = QSettings().value(settingsKey()).toString();
    return isAvailable(code) ? code : QString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break; // positional arguments follow
        if (arg.startsWith(withValue))
            return arg.mid(withValue.size());
        if (arg == option || arg == QLatin1String("-lang"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith(QLatin1String("-lang=")))
            return arg.mid(6);
    }
    return {};
}

QString systemLanguage(const QStringList &uiLanguages)
{
    for (const QString &ui : uiLanguages) {
        const QString code = baseCode(ui);
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString resolveLanguage(const QString &commandLine, const QString &saved, const QStringList &systemUiLanguages)
{
    if (isAvailable(commandLine))
        return commandLine;
    if (isAvailable(saved))
        return saved;
    return systemLanguage(systemUiLanguages);
}

bool install(QCoreApplication *app, const QString &code)
{
    removeInstalled(app);
    QString effective = QStringLiteral("en");
    bool ok = code == QLatin1String("en");
    if (isAvailable(code) && !ok) {
        ok = load(app, QStringLiteral("prime-admin_") + code, QStringLiteral(":/i18n"));
        if (ok)
            effective = code;
        else
            qCWarning(lcI18n) << "no embedded catalogue for" << code << "- staying in English";
    }
    // English needs its catalogue too, for the plural forms only ("1 key", "17 keys").
    if (effective == QLatin1String("en") && !load(app, QStringLiteral("prime-admin_en"), QStringLiteral(":/i18n")))
        qCWarning(lcI18n) << "no embedded English plural forms";
    // Qt's own strings (standard buttons, context menus). A missing qtbase
    // catalogue only leaves those in English.
    if (effective != QLatin1String("en")
        && !load(app, QStringLiteral("qtbase_") + effective, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcI18n) << "Qt's own catalogue for" << effective << "is not installed";
    // Keep the user's regional formats (en-GB dates, de-CH numbers) when they
    // speak the chosen language; otherwise use that language's formats.
    const QLocale system = QLocale::system();
    QLocale::setDefault(baseCode(system.name()) == effective ? system : QLocale(effective));
    qCDebug(lcI18n) << "user interface language" << effective << "locale" << QLocale().name();
    return ok;
}

} // namespace prime::i18n
