import type { DeskImportReport } from '@platzbuch/contracts';
import { useState } from 'react';
import { exportDesks, importDesks } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { CsvFileField, CsvRefusal, UploadCounts } from '../ui/csv-upload';
import { ProblemAlert } from '../ui/problem-alert';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking' | 'importing'; file: File }
  | { step: 'refused'; file: File; error: unknown }
  | { step: 'checked' | 'imported'; file: File; report: DeskImportReport };

/**
 * CSV import in two steps: the chosen file is checked (a dry run) and either every error is shown
 * by line and column, or what the import would change; only then is it imported.
 */
export function DeskImport({ buildingId }: { buildingId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const send = async (file: File, dryRun: boolean) => {
    setState({ step: dryRun ? 'checking' : 'importing', file });
    try {
      const report = await importDesks(buildingId, file, dryRun);
      setState({ step: dryRun ? 'checked' : 'imported', file, report });
    } catch (error) {
      setState({ step: 'refused', file, error });
    }
  };

  return (
    <div className="desk-import">
      <p>{t('import.intro')}</p>
      <CsvFileField
        disabled={state.step === 'checking' || state.step === 'importing'}
        onFile={(file) => void send(file, true)}
        onRefused={(file, error) => setState({ step: 'refused', file, error })}
      />
      <div role="status">
        {state.step === 'checking' && <p className="loading">{t('import.checking')}</p>}
        {state.step === 'importing' && <p className="loading">{t('import.running')}</p>}
        {state.step === 'checked' && (
          <ImportCounts heading={t('import.checked', { file: state.file.name })} report={state.report} />
        )}
        {state.step === 'imported' && (
          <ImportCounts heading={t('import.done', { file: state.file.name })} report={state.report} />
        )}
      </div>
      {state.step === 'checked' && (
        <button type="button" className="button button--primary" onClick={() => void send(state.file, false)}>
          {t('import.run')}
        </button>
      )}
      {state.step === 'refused' && <CsvRefusal file={state.file} error={state.error} />}
      <ExportButton buildingId={buildingId} />
    </div>
  );
}

function ImportCounts({ heading, report }: { heading: string; report: DeskImportReport }) {
  const { t } = useI18n();
  const counts = [
    [t('import.rows'), report.rows],
    [t('import.created'), report.created],
    [t('import.updated'), report.updated],
    [t('import.unchanged'), report.unchanged],
    [t('import.zonesCreated'), report.zonesCreated],
  ] as const;
  return <UploadCounts heading={heading} counts={counts} />;
}

/** The building's desks as the same CSV, so that a spreadsheet round-trips. */
function ExportButton({ buildingId }: { buildingId: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    try {
      const { blob, filename } = await exportDesks(buildingId);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename ?? 'desks.csv';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="desk-import__export">
      {error !== null && <ProblemAlert error={error} />}
      <button type="button" className="button" onClick={() => void run()}>
        {t('import.export')}
      </button>
    </div>
  );
}
