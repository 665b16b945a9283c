#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace prime::ui {

class MainWindow;

// `prime-admin --sandbox --screenshots DIR`: renders the welcome page, each pane
// with the sandbox's demo data, and the main dialogs over the window, at
// 1280x800 and device pixel ratio 1, to DIR/<view>.png. Runs as a chain of
// timer steps (no nested event loop) and reports finished().
class ScreenshotRenderer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 800;

    ScreenshotRenderer(MainWindow *window, QString directory, QObject *parent = nullptr);

    void start();
    QStringList written() const { return m_written; }

    // The window as an image; with `dialog`, the dialog drawn centred over the
    // dimmed window with a title strip (offscreen there is no window manager).
    static QImage renderWindow(QWidget *window, QWidget *dialog = nullptr);

signals:
    void finished(bool ok, const QString &error);

private:
    using Step = std::function<void()>;
    void next();
    void addSettlementSteps();
    void waitUntilIdle(int remainingMs);
    void save(const QString &name, const QImage &image);
    void fail(const QString &error);

    MainWindow *m_window;
    QString m_directory;
    QList<Step> m_steps;
    QStringList m_written;
    bool m_failed = false;
};

} // namespace prime::ui
