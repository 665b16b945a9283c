#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace prime::ui {

// The title line of a pane: icon, title, a summary ("12 users, 3 disabled")
// and room for pane controls on the right.
class PaneHeader : public QWidget
{
    Q_OBJECT
public:
    PaneHeader(const QIcon &icon, const QString &title, QWidget *parent = nullptr);
    void setSummary(const QString &summary);
    QString summary() const;
    void addControl(QWidget *widget);

private:
    QLabel *m_summary;
    QHBoxLayout *m_layout;
};

} // namespace prime::ui
