import { Fragment, Suspense } from 'react';
import { I18nProvider } from '../i18n/i18n';
import { useLocation } from '../router/router';
import { hasAnyRole, SessionProvider, useSession } from '../session/session';
import { SignInPage } from '../session/sign-in-page';
import { AnnouncerProvider } from '../ui/announcer';
import { Loading } from '../ui/page';
import { NoPermissionPage, NotFoundPage, StartFailedPage } from './message-pages';
import { findRoute } from './routes';
import { Shell } from './shell';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <AnnouncerProvider>
          <CurrentPage />
        </AnnouncerProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

/** The page for the address, or what stands before it: starting, sign-in, no permission. */
function CurrentPage() {
  const { pathname } = useLocation();
  const { state, retry } = useSession();
  const found = findRoute(pathname);
  const me = state.status === 'signed-in' ? state.me : null;

  let page;
  if (found?.route.public && state.status !== 'starting') page = found.route.render(found.params);
  else if (state.status === 'starting') page = <Loading />;
  else if (state.status === 'failed') page = <StartFailedPage error={state.error} onRetry={retry} />;
  else if (state.status === 'signed-out') page = <SignInPage />;
  else if (!found) page = <NotFoundPage />;
  else if (!hasAnyRole(state.me, found.route.roles)) page = <NoPermissionPage />;
  else page = found.route.render(found.params);

  return (
    <Shell me={me}>
      <Suspense fallback={<Loading />}>
        <Fragment key={pathname}>{page}</Fragment>
      </Suspense>
    </Shell>
  );
}
