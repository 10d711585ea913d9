import type { FloorView, PlanMediaTypeName } from '@platzbuch/contracts';
import { type ChangeEvent, useId } from 'react';
import { ApiError } from '../api/http';
import { MAX_PLAN_BYTES, PLAN_MEDIA_TYPES, uploadPlan } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { StatusMessage } from '../ui/field';
import { ProblemAlert } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';

const BY_EXTENSION: Record<string, PlanMediaTypeName> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The file's type as the browser says it, or by its extension when the browser does not know. */
function mediaTypeOf(file: File): PlanMediaTypeName | undefined {
  if ((PLAN_MEDIA_TYPES as readonly string[]).includes(file.type)) return file.type as PlanMediaTypeName;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''];
}

const refusal = (detail: string) =>
  new ApiError({ status: 400, code: 'VALIDATION_FAILED', title: '', detail });

/** Uploads or replaces the floor's plan; the API checks the file's bytes and sanitises SVG. */
export function PlanUpload({
  floor,
  onUploaded,
}: {
  floor: FloorView;
  onUploaded: (floor: FloorView) => void;
}) {
  const { t, dateTime } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const submission = useSubmission();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void submission.run(async () => {
      const mediaType = mediaTypeOf(file);
      if (!mediaType) throw refusal(t('editorFloor.wrongType'));
      if (file.size > MAX_PLAN_BYTES) throw refusal(t('editorFloor.tooLarge'));
      onUploaded(await uploadPlan(floor.id, file, mediaType));
      return t('editorFloor.uploaded');
    });
  };

  return (
    <div className="plan-upload">
      {floor.plan && (
        <p className="muted">
          {t('editorFloor.planOf', {
            type: floor.plan.mediaType.replace('image/', '').replace('+xml', '').toUpperCase(),
            width: floor.plan.width,
            height: floor.plan.height,
            date: dateTime(floor.plan.updatedAt),
          })}
        </p>
      )}
      <div className="field">
        <label htmlFor={inputId}>{t(floor.plan ? 'editorFloor.replace' : 'editorFloor.upload')}</label>
        <p id={hintId} className="field__hint">
          {t('editorFloor.uploadHint')}
        </p>
        <input
          id={inputId}
          className="input"
          type="file"
          accept=".svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg"
          aria-describedby={hintId}
          onChange={choose}
          disabled={submission.busy}
        />
      </div>
      {submission.busy && (
        <p className="loading" role="status">
          {t('editorFloor.uploading')}
        </p>
      )}
      {submission.error !== null && <ProblemAlert error={submission.error} />}
      <StatusMessage message={submission.done} />
    </div>
  );
}
