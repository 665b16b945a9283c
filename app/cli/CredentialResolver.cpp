#include "CredentialResolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>

namespace prime::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("primectl", text);
}

SecretBytes readSecretLine(QFile &file)
{
    QByteArray line = file.readLine(8192);
    return SecretBytes::adopt(line).trimmed();
}
} // namespace

ResolvedCredentials credentialsFromEnvironment(const CredentialRequest &request)
{
    ResolvedCredentials r;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    r.credentials.apiKey = env.value(QStringLiteral("PRIME_API_KEY")).trimmed();
    if (r.credentials.apiKey.isEmpty()) {
        r.error = tr("no credentials: use --profile NAME, or set PRIME_API_KEY and give the secret "
                     "with PRIME_API_SECRET_FILE or --secret-stdin");
        return r;
    }
    const QString url = !request.url.isEmpty() ? request.url : env.value(QStringLiteral("PRIME_API_URL"));
    if (!url.isEmpty())
        r.credentials.baseUrl = QUrl(url);

    const QString secretFile = env.value(QStringLiteral("PRIME_API_SECRET_FILE"));
    QFile file;
    if (request.secretStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            r.error = tr("cannot read the API secret from standard input");
            return r;
        }
    } else if (!secretFile.isEmpty()) {
        file.setFileName(secretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            r.error = tr("cannot read the API secret from PRIME_API_SECRET_FILE (%1): %2")
                          .arg(secretFile, file.errorString());
            return r;
        }
    } else {
        r.error = tr("PRIME_API_KEY is set but no secret was given: set PRIME_API_SECRET_FILE "
                     "or pipe the secret with --secret-stdin");
        return r;
    }
    r.credentials.secret = readSecretLine(file);
    if (r.credentials.secret.isEmpty())
        r.error = request.secretStdin ? tr("no API secret on standard input")
                                      : tr("the file in PRIME_API_SECRET_FILE holds no secret");
    return r;
}

} // namespace prime::cli
