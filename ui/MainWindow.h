#pragma once

#include <QMainWindow>
#include <memory>

class CaseTableModel;
class Database;
class QAction;
class QLabel;
class QMenu;
class QTableView;

// The main window: the case register of one data file.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a data file; on failure shows why and keeps what was open. With `create`, a new
    // file is made when there is none.
    bool openFile(const QString &path, bool create = false);
    Database *database() const { return m_db.get(); }
    CaseTableModel *caseModel() const { return m_model; }
    QTableView *caseView() const { return m_view; }

    // Switches the UI language ("id" or "en") and remembers it.
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateStatus();
    void chooseFile(bool create);

    std::unique_ptr<Database> m_db;
    CaseTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
