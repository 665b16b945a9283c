// prime-admin: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PrimeAdmin"));
    QApplication::setApplicationName(QStringLiteral("prime-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Prime Admin"));
    QApplication::setApplicationVersion(QStringLiteral(PRIME_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Administer a Kraken Prime account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    QMainWindow window;
    window.show();
    return app.exec();
}
