#include "RegisterExport.h"
#include "RegisterXlsx.h"

#include "store/CaseRepository.h"
#include "store/KeyStore.h"
#include "store/LedgerRepository.h"
#include "store/OutputFile.h"

QString RegisterExport::purpose(Format format)
{
    return format == Format::Xlsx ? tr("XLSX register export") : tr("CSV register export");
}

bool RegisterExport::exportCases(
    const CaseFilter &filter, bool withIdentities, const QString &purpose,
    const std::function<bool(const Case &, const QList<FollowUp> &)> &write, int *count,
    QString *error)
{
    QString refused;
    if (!m_db.permits(Action::ExportData, &refused) ||
        (withIdentities && !m_db.permits(Action::SeeConfidential, &refused))) {
        if (error)
            *error = refused;
        return false;
    }
    CaseRepository repo(m_db);
    int n = 0;
    QStringList revealed;
    bool ok = true;
    repo.forEach(filter, [&](const Case &c) {
        if (withIdentities && c.reporterConfidential)
            revealed << c.uuid;
        QList<FollowUp> followUps;
        for (const Party &p : c.reported())
            followUps << LedgerRepository(m_db).followUp(p.id).value_or(FollowUp());
        // With identities: opened with the session's key (KeyStore).
        Case shown = c;
        if (withIdentities && !KeyStore(m_db).reveal(shown, &refused)) {
            ok = false;
            return false;
        }
        // Without: the writer withholds it, and masks free text repeating it where this
        // session can open it.
        if (!withIdentities)
            KeyStore(m_db).openWherePossible(shown);
        ok = write(shown, followUps);
        ++n;
        return ok;
    });
    if (count)
        *count = n;
    if (!ok && error)
        *error = refused;
    QString logError;
    if (ok && !repo.logReveals(revealed, purpose, &logError)) {
        if (error)
            *error = logError;
        return false;
    }
    return ok;
}

bool RegisterExport::exportTo(QIODevice *out, const CaseFilter &filter, bool withIdentities,
                              int *count, QString *error, RegisterCsv::Layout layout)
{
    RegisterCsv::Writer writer(out, withIdentities, layout);
    const auto written = [out, error] {
        if (error && error->isEmpty())
            *error = tr("The register could not be written: %1").arg(out->errorString());
        return false;
    };
    if (!writer.writeHeader())
        return written();
    if (error)
        error->clear();
    if (!exportCases(
            filter, withIdentities, purpose(Format::Csv),
            [&writer](const Case &c, const QList<FollowUp> &followUps) {
                return writer.writeCase(c, followUps);
            },
            count, error))
        return written();
    return true;
}

bool RegisterExport::exportFile(const QString &path, const CaseFilter &filter, bool withIdentities,
                                int *count, QString *error, Format format)
{
    if (format == Format::Xlsx) {
        RegisterXlsx sheet(path, withIdentities);
        return sheet.begin(error) &&
               exportCases(
                   filter, withIdentities, purpose(format),
                   [&sheet](const Case &c, const QList<FollowUp> &followUps) {
                       return sheet.writeCase(c, followUps);
                   },
                   count, error) &&
               sheet.finish(error);
    }
    // Through the door for outputs: never over the data file, and a full disk leaves nothing.
    OutputFile out(path);
    if (!out.begin(error))
        return false;
    const RegisterCsv::Layout layout = format == Format::SpreadsheetCsv
                                           ? RegisterCsv::Layout::Spreadsheet
                                           : RegisterCsv::Layout::Standard;
    if (!exportTo(&out, filter, withIdentities, count, error, layout))
        return out.fail(error, *error);
    return out.commit(error);
}
