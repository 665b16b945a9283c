#pragma once

#include <QWidget>

class QPushButton;

namespace prime::ui {

// What a first start shows: try the sandbox, or connect to Kraken Prime.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void sandboxRequested();
    void connectRequested();
};

} // namespace prime::ui
