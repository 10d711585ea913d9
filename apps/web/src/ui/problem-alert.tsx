import { ApiError, type Problem } from '../api/http';
import { type Translate, useI18n } from '../i18n/i18n';
import { validationMessage } from './validation-message';

/** What a person reads for a problem: the API's own words, or ours when no problem came back. */
export function describeProblem(problem: Problem, t: Translate): { title: string; detail: string } {
  if (problem.code === 'NETWORK') return { title: '', detail: t('problem.network') };
  if (problem.code === 'UNEXPECTED_RESPONSE')
    return { title: '', detail: t('problem.unexpected', { status: problem.status }) };
  return { title: problem.title, detail: problem.detail };
}

/** Any thrown value as a problem, so that the UI has one way to show errors. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    status: 0,
    code: 'UNEXPECTED_RESPONSE',
    title: '',
    detail: error instanceof Error ? error.message : '',
  };
}

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Fields whose errors the form shows at the input; the alert lists only the others. */
  shownAtFields?: readonly string[];
}

/** A refused or failed request, announced at once (role=alert). */
export function ProblemAlert({ error, onRetry, shownAtFields = [] }: ProblemAlertProps) {
  const { t } = useI18n();
  const problem = problemOf(error);
  const { title, detail } = describeProblem(problem, t);
  const items = (problem.errors ?? []).filter((item) => !item.field || !shownAtFields.includes(item.field));
  return (
    <div className="alert alert--error" role="alert">
      {title && <p className="alert__title">{title}</p>}
      {detail && <p>{detail}</p>}
      {items.length > 0 && (
        <>
          <p>{t('problem.fields')}</p>
          <ul>
            {items.map((item, index) => (
              <li key={index}>
                {item.field ? `${item.field}: ${validationMessage(item.message, t)}` : item.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('problem.retry')}
        </button>
      )}
    </div>
  );
}

/** Field errors of a 400 problem by property path, for forms to show at their inputs. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of problemOf(error).errors ?? []) {
    if (item.field && !(item.field in result)) result[item.field] = item.message;
  }
  return result;
}
