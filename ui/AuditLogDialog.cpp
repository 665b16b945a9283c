#include "AuditLogDialog.h"

#include "RecordTableView.h"

#include <AuditLog.h>
#include <AuditModel.h>
#include <RecordFilterModel.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prime::ui {

AuditLogDialog::AuditLogDialog(AuditLog *log, QWidget *parent)
    : QDialog(parent),
      m_log(log),
      m_model(new models::AuditModel(this)),
      m_view(new RecordTableView(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Recorded changes"));
    auto *proxy = new models::RecordFilterModel(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->sortByColumn(models::AuditModel::Time, Qt::DescendingOrder);
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_view->setPlaceholderText(tr("No changes recorded yet. Every change Prime Admin makes to an "
                                  "account (users, keys, batches, settlements) is recorded here."));
    QHeaderView *h = m_view->horizontalHeader();
    m_view->fitTimeColumn(models::AuditModel::Time);
    h->resizeSection(models::AuditModel::Operation, 200);
    h->resizeSection(models::AuditModel::Targets, 220);

    int skipped = 0;
    m_model->setEntries(m_log->entries(&skipped));
    connect(m_log, &AuditLog::appended, m_model, &models::AuditModel::append);
    m_note->setText(skipped == 0 ? tr("Recorded in %1").arg(m_log->path())
                                 : tr("Recorded in %1 (%n unreadable line(s) skipped)", nullptr, skipped)
                                       .arg(m_log->path()));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);

    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter"));
    filter->setObjectName(QStringLiteral("auditFilter"));
    filter->setAccessibleName(tr("Filter the audit log"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &models::RecordFilterModel::setFilterText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    exportButton->setAccessibleDescription(tr("Writes the whole audit log to a JSON lines file"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Export the audit log"), QString(),
                                        tr("JSON lines (*.jsonl)"));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setDefaultSuffix(QStringLiteral("jsonl"));
        chooser->selectFile(QStringLiteral("prime-admin-audit.jsonl"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &AuditLogDialog::exportTo);
        chooser->open();
    });

    setTabOrder(filter, m_view); // the filter sits above the table
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(900, 520);
}

void AuditLogDialog::exportTo(const QString &path)
{
    QString error;
    if (m_log->exportTo(path, &error))
        m_note->setText(tr("Exported to %1").arg(path));
    else
        m_note->setText(tr("Could not export to %1: %2").arg(path, error));
}

} // namespace prime::ui
