import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { StatusMessage } from './field';
import { ProblemAlert } from './problem-alert';
import type { Submission } from './use-submission';

interface FormFooterProps {
  submission: Submission;
  submitLabel: string;
  /** Fields that show their own errors; the alert lists only the rest. */
  fields?: readonly string[];
  primary?: boolean;
  /** Further buttons beside the submit button. */
  children?: ReactNode;
}

/** The end of every form: the refusal, the success line, and the buttons. */
export function FormFooter({ submission, submitLabel, fields, primary = true, children }: FormFooterProps) {
  const { t } = useI18n();
  return (
    <>
      {submission.error !== null && <ProblemAlert error={submission.error} shownAtFields={fields} />}
      <StatusMessage message={submission.done} />
      <div className="button-row">
        <button
          type="submit"
          className={`button${primary ? ' button--primary' : ''}`}
          disabled={submission.busy}
        >
          {submission.busy ? t('common.saving') : submitLabel}
        </button>
        {children}
      </div>
    </>
  );
}
