import { useId, useState } from 'react';
import { endCalendarFeed, issueCalendarFeed } from '../api/calendar';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from './confirm-dialog';
import { StatusMessage, TextField } from './field';
import { ProblemAlert } from './problem-alert';

/**
 * The family of messages one kind of feed is worded in: `{family}.title`, `.intro`, `.address`,
 * `.addressHint`, `.issue`, `.issued`, `.end`, `.endTitle`, `.endMessage`, `.ended`.
 */
export type CalendarFeedTexts = 'calendarFeed' | 'roomCalendarFeed';

interface CalendarFeedProps {
  /** The API path that makes (`POST`) and ends (`DELETE`) the feed. */
  path: string;
  texts: CalendarFeedTexts;
  /** Where the section sits in the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A secret calendar address (one's own bookings, a room's occupancy) that a calendar client or a
 * room display subscribes to once. The server keeps only a hash of it, so the address is shown
 * once, when it is made; making a new one ends the old one, which is also how someone who got
 * hold of it is shut out.
 */
export function CalendarFeed({ path, texts, headingLevel = 2 }: CalendarFeedProps) {
  const { t } = useI18n();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const [url, setUrl] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingEnd, setConfirmingEnd] = useState(false);

  const issue = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const feed = await issueCalendarFeed(path);
      setUrl(feed.url);
      setDone(t(`${texts}.issued`));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setDone(t('calendarFeed.copied'));
    } catch {
      // Without clipboard access (an insecure origin, a refusal) the address stays selectable.
      setDone(t('calendarFeed.copyByHand'));
    }
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{t(`${texts}.title`)}</Heading>
      <p>{t(`${texts}.intro`)}</p>
      {url && (
        <>
          <TextField
            label={t(`${texts}.address`)}
            hint={t(`${texts}.addressHint`)}
            value={url}
            readOnly
            onFocus={(event) => event.target.select()}
          />
          <p>
            <button type="button" className="button" onClick={() => void copy()}>
              {t('calendarFeed.copy')}
            </button>
          </p>
        </>
      )}
      {error !== null && <ProblemAlert error={error} />}
      <StatusMessage message={done} />
      <p className="button-row">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void issue()}>
          {t(`${texts}.issue`)}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setConfirmingEnd(true)}>
          {t(`${texts}.end`)}
        </button>
      </p>
      <ConfirmDialog
        open={confirmingEnd}
        title={t(`${texts}.endTitle`)}
        message={t(`${texts}.endMessage`)}
        confirmLabel={t(`${texts}.end`)}
        onConfirm={async () => {
          await endCalendarFeed(path);
          setUrl(null);
          setConfirmingEnd(false);
          setDone(t(`${texts}.ended`));
        }}
        onClose={() => setConfirmingEnd(false)}
      />
    </section>
  );
}
