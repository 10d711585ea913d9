import type { DeskImportReport } from '@platzbuch/contracts';
import { type ChangeEvent, useId, useState } from 'react';
import { ApiError } from '../api/http';
import { exportDesks, importDesks, MAX_IMPORT_BYTES } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert, problemOf } from '../ui/problem-alert';

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
  const inputId = useId();
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

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        step: 'refused',
        file,
        error: new ApiError({
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
          title: '',
          detail: t('import.tooLarge'),
        }),
      });
      return;
    }
    void send(file, true);
  };

  const lineErrors =
    state.step === 'refused' ? (problemOf(state.error).errors ?? []).filter((e) => e.line) : [];

  return (
    <div className="desk-import">
      <p>{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('import.file')}</label>
        <input
          id={inputId}
          className="input"
          type="file"
          accept=".csv,text/csv"
          onChange={choose}
          disabled={state.step === 'checking' || state.step === 'importing'}
        />
      </div>
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
      {state.step === 'refused' &&
        (lineErrors.length > 0 ? (
          <>
            <p className="alert alert--error" role="alert">
              {t('import.errors', { count: lineErrors.length })}
            </p>
            <div
              className="table-scroll"
              role="region"
              aria-label={t('import.errorsCaption', { file: state.file.name })}
              tabIndex={0}
            >
              <table className="table">
                <caption>{t('import.errorsCaption', { file: state.file.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.line')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {lineErrors.map((error, index) => (
                    <tr key={index}>
                      <td>{error.line}</td>
                      <td>{error.column ?? '—'}</td>
                      <td>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <ProblemAlert error={state.error} />
        ))}
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
  return (
    <>
      <p className="status-message">{heading}</p>
      <dl className="counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
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
