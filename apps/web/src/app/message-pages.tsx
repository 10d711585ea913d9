import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

/** A page the person may not open: said kindly, with a way back, and without its content. */
export function NoPermissionPage() {
  const { t } = useI18n();
  return (
    <Page title={t('forbidden.title')}>
      <p>{t('forbidden.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

export function StartFailedPage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Page title={t('signIn.startFailed')}>
      <ProblemAlert error={error} onRetry={onRetry} />
    </Page>
  );
}
