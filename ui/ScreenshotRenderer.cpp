#include "ScreenshotRenderer.h"

#include "AuditLogDialog.h"
#include "KeyScreenshots.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "Pane.h"
#include "ProfileDialog.h"
#include "SettleDialog.h"
#include "SettlementPane.h"
#include "BatchDetailView.h"

#include <BatchesModel.h>
#include <Session.h>
#include <SettlementRun.h>

#include <QDir>
#include <QLoggingCategory>
#include <QPainter>
#include <QTimer>

namespace prime::ui {

Q_LOGGING_CATEGORY(lcShots, "prime.ui.screenshots")

namespace {
constexpr int kSettleMs = 150;     // lets layouts and deferred paints settle
constexpr int kLoadTimeoutMs = 30000;
} // namespace

ScreenshotRenderer::ScreenshotRenderer(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
}

QImage ScreenshotRenderer::renderWindow(QWidget *window, QWidget *dialog)
{
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(window->palette().color(QPalette::Window));
    window->render(&image);
    if (!dialog)
        return image;
    QPainter p(&image);
    p.fillRect(image.rect(), QColor(0, 0, 0, 110));
    const QSize size = dialog->size();
    const int titleHeight = 30;
    const QRect frame((kWidth - size.width()) / 2, (kHeight - size.height() - titleHeight) / 2,
                      size.width(), size.height() + titleHeight);
    const QPalette pal = dialog->palette();
    p.fillRect(frame.adjusted(-1, -1, 1, 1), pal.color(QPalette::Mid));
    p.fillRect(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), pal.color(QPalette::Button));
    QFont f = dialog->font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), Qt::AlignCenter,
               dialog->windowTitle());
    p.end();
    dialog->render(&image, frame.topLeft() + QPoint(0, titleHeight));
    return image;
}

void ScreenshotRenderer::start()
{
    if (!QDir().mkpath(m_directory)) {
        fail(tr("cannot create %1").arg(m_directory));
        return;
    }
    m_window->setPersistSettings(false);
    m_window->resize(kWidth, kHeight);
    m_window->show();
    m_steps.append([this] {
        save(QStringLiteral("welcome"), renderWindow(m_window));
        m_window->startSandbox();
        if (!m_window->session()) {
            fail(tr("the sandbox did not start: %1").arg(m_window->messageBar()->text()));
            return;
        }
        waitUntilIdle(kLoadTimeoutMs);
    });
    for (Pane *pane : m_window->panes()) {
        m_steps.append([this, pane] {
            m_window->setCurrentPane(pane->key());
            QTimer::singleShot(kSettleMs, this, &ScreenshotRenderer::next);
        });
        m_steps.append([this, pane] {
            save(pane->key(), renderWindow(m_window));
            next();
        });
    }
    addSettlementSteps();
    m_steps.append([this] {
        m_window->setCurrentPane(QStringLiteral("users"));
        auto *dialog = new ProfileDialog(nullptr, nullptr, m_window);
        dialog->setObjectName(QStringLiteral("screenshotProfileDialog"));
        dialog->setFields(QString(), QStringLiteral("https://api.kraken.com"), QString());
        dialog->resize(dialog->sizeHint().expandedTo(QSize(600, 0)));
        dialog->show();
        QTimer::singleShot(kSettleMs, this, [this, dialog] {
            save(QStringLiteral("profile-dialog"), renderWindow(m_window, dialog));
            dialog->deleteLater();
            next();
        });
    });
    m_steps.append([this] {
        AuditLog *log = m_window->session() ? m_window->session()->auditLog() : nullptr;
        if (!log) {
            next();
            return;
        }
        auto *dialog = new AuditLogDialog(log, m_window);
        dialog->show();
        QTimer::singleShot(kSettleMs, this, [this, dialog] {
            save(QStringLiteral("audit-log"), renderWindow(m_window, dialog));
            dialog->deleteLater();
            next();
        });
    });
    m_steps.append([this] {
        // The show-once secret, the allow-list editor and the rotation wizard with sandbox data.
        m_window->setCurrentPane(QStringLiteral("keys"));
        auto *keyShots = new KeyScreenshots(
            m_window, [this](const QString &name, QWidget *dialog) { save(name, renderWindow(m_window, dialog)); },
            this);
        connect(keyShots, &KeyScreenshots::finished, this, [this, keyShots](bool ok, const QString &error) {
            keyShots->deleteLater();
            if (!ok)
                return fail(error);
            next();
        });
        keyShots->start();
    });
    m_steps.append([this] { emit finished(!m_failed, {}); });
    QTimer::singleShot(kSettleMs, this, &ScreenshotRenderer::next);
}

// batch-detail.png: the open demo batch (legs in both directions, some settled,
// one transfer in flight); settle-dialog.png: the question before a leg is
// settled (the dialog is cancelled: a screenshot run never moves anything).
void ScreenshotRenderer::addSettlementSteps()
{
    auto pane = [this] { return qobject_cast<SettlementPane *>(m_window->pane(QStringLiteral("settlement"))); };
    m_steps.append([this, pane] {
        SettlementPane *p = pane();
        QString id;
        for (const Batch &b : p ? p->batches()->records() : QList<Batch>()) {
            if (b.status != QLatin1String("completed") && b.confirmed && b.legs.size() > 2)
                id = b.id;
        }
        if (id.isEmpty() || !p->openBatch(id)) {
            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
            fail(tr("no open demo batch to show"));
            return;
        }
        m_window->setCurrentPane(p->key());
        waitUntilIdle(kLoadTimeoutMs);
    });
    m_steps.append([this] {
        save(QStringLiteral("batch-detail"), renderWindow(m_window));
        next();
    });
    m_steps.append([this, pane] {
        BatchDetailView *detail = pane()->detail();
        const QStringList eligible = detail->batch() ? SettlementRun::eligibleAssets(*detail->batch()) : QStringList();
        if (eligible.isEmpty()) {
            //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            fail(tr("the demo batch has no leg to settle"));
            return;
        }
        detail->selectAsset(eligible.first());
        detail->settleAsset(eligible.first());
        SettleDialog *dialog = detail->pendingDialog();
        if (!dialog) {
            //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            fail(tr("the settle dialog did not open"));
            return;
        }
        QTimer::singleShot(kSettleMs, this, [this, dialog, pane] {
            save(QStringLiteral("settle-dialog"), renderWindow(m_window, dialog));
            dialog->reject();
            pane()->showList();
            next();
        });
    });
}

void ScreenshotRenderer::next()
{
    if (m_failed || m_steps.isEmpty())
        return;
    Step step = m_steps.takeFirst();
    step();
}

void ScreenshotRenderer::waitUntilIdle(int remainingMs)
{
    Session *session = m_window->session();
    bool busy = !session || session->pendingCount() > 0;
    for (Pane *p : m_window->panes())
        busy = busy || p->isBusy();
    if (!busy) {
        QTimer::singleShot(kSettleMs, this, &ScreenshotRenderer::next);
        return;
    }
    if (remainingMs <= 0) {
        fail(tr("the sandbox data did not load within %1 s").arg(kLoadTimeoutMs / 1000));
        return;
    }
    QTimer::singleShot(50, this, [this, remainingMs] { waitUntilIdle(remainingMs - 50); });
}

void ScreenshotRenderer::save(const QString &name, const QImage &image)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!image.save(path, "PNG")) {
        fail(tr("cannot write %1").arg(path));
        return;
    }
    qCInfo(lcShots) << "wrote" << path;
    m_written.append(path);
}

void ScreenshotRenderer::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcShots) << "screenshots failed:" << error;
    emit finished(false, error);
}

} // namespace prime::ui
