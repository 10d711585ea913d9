import type { DeviceProfileImportReport, SyncRunView, SyncStatusResponse } from '@platzbuch/contracts';
import { useEffect, useRef, useState } from 'react';
import {
  confirmSyncRound,
  discardSyncRound,
  getSyncStatus,
  importDeviceProfiles,
  startSyncRound,
} from '../api/directory';
import { type PlainMessageKey, useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { CsvFileField, CsvRefusal, UploadCounts } from '../ui/csv-upload';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { useFocusRequest } from '../ui/use-focus-request';
import { adminPaths } from './admin-paths';

/** How often the page asks again while a round reads or applies. */
const POLL_MS = 2_000;
const RUNS_TABLE = 'sync-runs';

const STATE_TEXT: Record<SyncRunView['state'], PlainMessageKey> = {
  fetching: 'directory.state.fetching',
  applying: 'directory.state.applying',
  held: 'directory.state.held',
  completed: 'directory.state.completed',
  failed: 'directory.state.failed',
  discarded: 'directory.state.discarded',
};

const isRunning = (run: SyncRunView) => run.state === 'fetching' || run.state === 'applying';

/**
 * The directory sync from Entra ID for admins: whether it is on, a held round to decide about,
 * starting a round, the last rounds, and the device-profile list for people Entra says nothing of.
 */
export function DirectoryPage() {
  const { t } = useI18n();
  const { state, reload } = useAsync((signal) => getSyncStatus(signal), []);
  const running = state.status === 'done' && state.data.runs.some(isRunning);
  useRoundEnd(state.status === 'done' ? state.data.runs : []);

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [running, state, reload]);

  return (
    <Page title={t('directory.title')} breadcrumbs={[{ label: t('admin.title'), to: adminPaths.overview() }]}>
      <p className="lead">{t('directory.intro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ProblemAlert error={state.error} onRetry={reload} />}
      {state.status === 'done' && <SyncSection status={state.data} running={running} onChanged={reload} />}
      <DeviceProfileUpload />
    </Page>
  );
}

/** Announces how a round the page saw running ended, since its row changes out of sight. */
function useRoundEnd(runs: SyncRunView[]) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const watched = useRef(new Set<string>());
  useEffect(() => {
    for (const run of runs) {
      if (isRunning(run)) watched.current.add(run.id);
      else if (watched.current.delete(run.id)) {
        announce(t('directory.roundEnded', { state: t(STATE_TEXT[run.state]) }));
      }
    }
  }, [runs, announce, t]);
}

interface SyncSectionProps {
  status: SyncStatusResponse;
  running: boolean;
  onChanged: () => void;
}

function SyncSection({ status, running, onChanged }: SyncSectionProps) {
  const { t, percent } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const held = status.runs.find((run) => run.state === 'held');

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      await startSyncRound();
      announce(t('directory.started'));
      onChanged();
      // The button is disabled while the round runs; the table is where its result appears.
      focus(RUNS_TABLE);
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  };

  const blocker = !status.enabled
    ? t('directory.startOff')
    : held
      ? t('directory.startHeld')
      : running
        ? t('directory.startRunning')
        : null;

  return (
    <>
      {held && (
        <HeldRound
          run={held}
          share={status.maxDeactivationShare}
          onDecided={(message) => {
            announce(message);
            onChanged();
            focus(RUNS_TABLE);
          }}
        />
      )}
      <section className="card" aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t('directory.syncTitle')}</h2>
        {status.enabled ? (
          <>
            <p>
              <span aria-hidden="true">✓ </span>
              {t('directory.on')}{' '}
              {status.intervalMinutes > 0
                ? t('directory.interval', { count: status.intervalMinutes })
                : t('directory.manualOnly')}
            </p>
            <p>{t('directory.threshold', { share: percent(status.maxDeactivationShare) })}</p>
          </>
        ) : (
          <div className="alert alert--warning">
            <p className="alert__title">
              <span aria-hidden="true">⚠ </span>
              {t('directory.off')}
            </p>
            <p>{t('directory.offHelp')}</p>
            {status.reason && <p>{t('directory.offReason', { reason: status.reason })}</p>}
          </div>
        )}
        {startError !== null && <ProblemAlert error={startError} />}
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void start()}
            disabled={blocker !== null || starting}
            aria-describedby={blocker ? 'sync-start-blocker' : undefined}
          >
            {t('directory.start')}
          </button>
        </div>
        {blocker && (
          <p id="sync-start-blocker" className="field__hint">
            {blocker}
          </p>
        )}
        <SyncRunTable runs={status.runs} />
      </section>
    </>
  );
}

interface HeldRoundProps {
  run: SyncRunView;
  share: number;
  onDecided: (message: string) => void;
}

/** A round the guard stopped: nothing of it is applied until an admin confirms or discards it. */
function HeldRound({ run, share, onDecided }: HeldRoundProps) {
  const { t, percent, dateTime } = useI18n();
  const [asking, setAsking] = useState<'confirm' | 'discard' | null>(null);
  const deactivations = run.held?.deactivations ?? 0;
  const activePeople = run.held?.activePeople ?? 0;

  return (
    <section className="alert alert--warning" role="alert" aria-labelledby="held-heading">
      <h2 id="held-heading" className="alert__title">
        <span aria-hidden="true">⚠ </span>
        {t('directory.heldTitle')}
      </h2>
      <p>
        {t('directory.heldText', {
          start: dateTime(run.start),
          deactivations,
          activePeople,
          threshold: percent(share),
        })}
      </p>
      <p>{t('directory.heldAdvice')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => setAsking('confirm')}>
          {t('directory.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setAsking('discard')}>
          {t('directory.discard')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          open
          title={t(asking === 'confirm' ? 'directory.confirmTitle' : 'directory.discardTitle')}
          message={
            asking === 'confirm'
              ? t('directory.confirmMessage', { count: deactivations })
              : t('directory.discardMessage')
          }
          confirmLabel={t(asking === 'confirm' ? 'directory.confirm' : 'directory.discard')}
          onConfirm={async () => {
            await (asking === 'confirm' ? confirmSyncRound : discardSyncRound)(run.id);
            setAsking(null);
            onDecided(t(asking === 'confirm' ? 'directory.confirmed' : 'directory.discarded'));
          }}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}

function SyncRunTable({ runs }: { runs: SyncRunView[] }) {
  const { t, dateTime } = useI18n();
  const ended = (run: SyncRunView) => {
    if (!run.end) return isRunning(run) ? t('directory.stillRunning') : '—';
    const seconds = Math.max(0, Math.round((Date.parse(run.end) - Date.parse(run.start)) / 1000));
    const duration =
      seconds < 120
        ? t('directory.seconds', { count: seconds })
        : t('directory.minutes', { count: Math.round(seconds / 60) });
    return `${dateTime(run.end)} (${duration})`;
  };

  return (
    <div
      id={RUNS_TABLE}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby="sync-runs-caption"
    >
      <table className="table">
        <caption id="sync-runs-caption">{t('directory.runsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.col.start')}</th>
            <th scope="col">{t('directory.col.end')}</th>
            <th scope="col">{t('directory.col.trigger')}</th>
            <th scope="col">{t('directory.col.scope')}</th>
            <th scope="col">{t('directory.col.state')}</th>
            <th scope="col">{t('directory.col.created')}</th>
            <th scope="col">{t('directory.col.updated')}</th>
            <th scope="col">{t('directory.col.deactivated')}</th>
            <th scope="col">{t('directory.col.errors')}</th>
            <th scope="col">{t('directory.col.lastError')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.length === 0 && (
            // The table stays even when empty: focus goes to it after a round is started.
            <tr>
              <td colSpan={10}>{t('directory.noRuns')}</td>
            </tr>
          )}
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row">{dateTime(run.start)}</th>
              <td>{ended(run)}</td>
              <td>{t(run.trigger === 'admin' ? 'directory.trigger.admin' : 'directory.trigger.schedule')}</td>
              <td>{t(run.full ? 'directory.full' : 'directory.delta')}</td>
              <td>{t(STATE_TEXT[run.state])}</td>
              <td>{run.created}</td>
              <td>{run.updated}</td>
              <td>{run.deactivated}</td>
              <td>{run.errors}</td>
              <td>{run.lastError ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type UploadState =
  | { step: 'idle' }
  | { step: 'uploading'; file: File }
  | { step: 'refused'; file: File; error: unknown }
  | { step: 'done'; file: File; report: DeviceProfileImportReport };

/** Who works on a notebook, from a list, where Entra ID has no group or attribute that says so. */
function DeviceProfileUpload() {
  const { t } = useI18n();
  const [state, setState] = useState<UploadState>({ step: 'idle' });

  const upload = async (file: File) => {
    setState({ step: 'uploading', file });
    try {
      setState({ step: 'done', file, report: await importDeviceProfiles(file) });
    } catch (error) {
      setState({ step: 'refused', file, error });
    }
  };

  return (
    <section className="card" aria-labelledby="device-profiles-heading">
      <h2 id="device-profiles-heading">{t('deviceProfiles.title')}</h2>
      <p>{t('deviceProfiles.intro')}</p>
      <CsvFileField
        disabled={state.step === 'uploading'}
        onFile={(file) => void upload(file)}
        onRefused={(file, error) => setState({ step: 'refused', file, error })}
      />
      <div role="status">
        {state.step === 'uploading' && <p className="loading">{t('import.running')}</p>}
        {state.step === 'done' && (
          <UploadCounts
            heading={t('import.done', { file: state.file.name })}
            counts={[
              [t('deviceProfiles.updated'), state.report.updated],
              [t('deviceProfiles.unchanged'), state.report.unchanged],
            ]}
          />
        )}
      </div>
      {state.step === 'refused' && <CsvRefusal file={state.file} error={state.error} />}
    </section>
  );
}
