#pragma once

#include <Settlement.h>

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace prime::ui {

// Says what creating a batch does before it is sent (Kraken snapshots the
// unsettled trades of one asset kind and nets them per asset into legs;
// nothing moves yet), lets the user pick the asset kind, and explains, instead
// of just refusing, when a batch of that kind is still active: Kraken allows
// one active (not completed) batch per asset kind.
class CreateBatchDialog : public QDialog
{
    Q_OBJECT
public:
    // `known`: the batches the app has loaded, to find an active one per kind.
    explicit CreateBatchDialog(const QList<Batch> &known, QWidget *parent = nullptr);

    QString assetKind() const;
    void setAssetKind(const QString &kind);
    QPushButton *createButton() const { return m_create; }
    QString explanation() const;

    // The active batch of `kind` among `batches` (an empty kind counts as currency).
    static std::optional<Batch> activeBatch(const QList<Batch> &batches, const QString &kind);

private:
    void update();

    QList<Batch> m_known;
    QButtonGroup *m_kinds;
    QLabel *m_explanation;
    QPushButton *m_create;
};

} // namespace prime::ui
