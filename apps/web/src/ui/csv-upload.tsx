import { type ChangeEvent, useId } from 'react';
import { ApiError } from '../api/http';
import { MAX_IMPORT_BYTES } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert, problemOf } from './problem-alert';

interface CsvFileFieldProps {
  disabled: boolean;
  onFile: (file: File) => void;
  /** A file the API would refuse anyway (too large), as the problem it would have sent. */
  onRefused: (file: File, error: ApiError) => void;
}

/** The file input of a CSV upload; a file above the API's limit is refused here without sending it. */
export function CsvFileField({ disabled, onFile, onRefused }: CsvFileFieldProps) {
  const { t } = useI18n();
  const inputId = useId();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Emptied so that choosing the same file again, once corrected, is a change.
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      onRefused(
        file,
        new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE', title: '', detail: t('import.tooLarge') }),
      );
      return;
    }
    onFile(file);
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>{t('import.file')}</label>
      <input
        id={inputId}
        className="input"
        type="file"
        accept=".csv,text/csv"
        onChange={choose}
        disabled={disabled}
      />
    </div>
  );
}

/** A refused CSV: every error by line and column when the API named them, else the problem itself. */
export function CsvRefusal({ file, error }: { file: File; error: unknown }) {
  const { t } = useI18n();
  const lineErrors = (problemOf(error).errors ?? []).filter((e) => e.line);
  if (lineErrors.length === 0) return <ProblemAlert error={error} />;
  return (
    <>
      <p className="alert alert--error" role="alert">
        {t('import.errors', { count: lineErrors.length })}
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-label={t('import.errorsCaption', { file: file.name })}
        tabIndex={0}
      >
        <table className="table">
          <caption>{t('import.errorsCaption', { file: file.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {lineErrors.map((lineError, index) => (
              <tr key={index}>
                <td>{lineError.line}</td>
                <td>{lineError.column ?? '—'}</td>
                <td>{lineError.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** What an upload changed (or would change), as labelled numbers under a line of text. */
export function UploadCounts({
  heading,
  counts,
}: {
  heading: string;
  counts: readonly (readonly [string, number])[];
}) {
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
