#pragma once

#include <AuditLog.h>
#include <MainWindow.h>
#include <ProfileStore.h>
#include <SandboxSession.h>
#include <SecretStore.h>
#include <Session.h>

#include <QTemporaryDir>

#include <memory>

// One window with its own profile file, audit log and settings; sandbox
// sessions use short retry pauses so fault tests stay fast.
struct GuiFixture
{
    QTemporaryDir dir;
    prime::ProfileStore profiles{dir.filePath(QStringLiteral("profiles.ini"))};
    prime::SecretStore secrets{QStringLiteral("PrimeAdminGuiTest")};
    prime::AuditLog audit{dir.filePath(QStringLiteral("audit.jsonl"))};
    std::unique_ptr<prime::ui::MainWindow> window;

    GuiFixture() { window = makeWindow(); }

    std::unique_ptr<prime::ui::MainWindow> makeWindow()
    {
        auto w = std::make_unique<prime::ui::MainWindow>(&profiles, &secrets, &audit);
        w->setSandboxFactory([](QString *error) {
            prime::TransportOptions transport;
            transport.backoffBaseMs = 20;
            transport.backoffCapMs = 100;
            transport.timeoutMs = 5000;
            return prime::shell::startSandboxSession(error, {}, transport);
        });
        return w;
    }

    prime::sandbox::SandboxServer *sandbox() const
    {
        return prime::shell::sandboxOf(window->session());
    }
};
