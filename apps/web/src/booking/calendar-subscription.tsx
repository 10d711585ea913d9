import type { CalendarFeedView } from '@platzbuch/contracts';
import { useState } from 'react';
import { http } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { StatusMessage, TextField } from '../ui/field';
import { ProblemAlert } from '../ui/problem-alert';

/**
 * The personal calendar feed: an address that Outlook, Thunderbird or a phone subscribes to once.
 * The server keeps only a hash of it, so the address is shown once, when it is made; making a new
 * one ends the old one, which is also how a person shuts out someone who got hold of it.
 */
export function CalendarSubscription() {
  const { t } = useI18n();
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
      const feed = await http.post<CalendarFeedView>('/me/calendar-feed');
      setUrl(feed.url);
      setDone(t('calendarFeed.issued'));
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
    <section className="page-section" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      {url && (
        <>
          <TextField
            label={t('calendarFeed.address')}
            hint={t('calendarFeed.addressHint')}
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
          {t('calendarFeed.issue')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setConfirmingEnd(true)}>
          {t('calendarFeed.end')}
        </button>
      </p>
      <ConfirmDialog
        open={confirmingEnd}
        title={t('calendarFeed.endTitle')}
        message={t('calendarFeed.endMessage')}
        confirmLabel={t('calendarFeed.end')}
        onConfirm={async () => {
          await http.delete('/me/calendar-feed');
          setUrl(null);
          setConfirmingEnd(false);
          setDone(t('calendarFeed.ended'));
        }}
        onClose={() => setConfirmingEnd(false)}
      />
    </section>
  );
}
