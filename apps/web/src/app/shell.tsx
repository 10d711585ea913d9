import type { MeResponse } from '@platzbuch/contracts';
import { type ReactNode, useState } from 'react';
import { LANGUAGE_NAMES, useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import { useAccentColour, useOrganisationLook } from '../branding/organisation-look';
import { hasAnyRole, useOrganisationName, useSession } from '../session/session';
import { isCurrentEntry, NAVIGATION } from './routes';

/** Header with navigation, language and sign-out; the page in `<main>`; the footer's links. */
export function Shell({ me, children }: { me: MeResponse | null; children: ReactNode }) {
  const { t } = useI18n();
  const organisation = useOrganisationName();
  const look = useOrganisationLook();
  useAccentColour(look.primaryColor);
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="header">
        <div className="header__bar">
          <Link to="/" className="brand">
            {look.logoUrl ? (
              // The name beside it says the same: the logo is decoration for assistive technology.
              <img className="brand__logo" src={look.logoUrl} alt="" />
            ) : (
              <span className="brand__mark" aria-hidden="true" />
            )}
            <span className="brand__name">{t('app.name')}</span>
            {organisation !== t('app.name') && <span className="brand__organisation">{organisation}</span>}
          </Link>
          <div className="header__tools">
            <LanguageSwitch />
            {me && <SignedInPerson me={me} />}
            {me && (
              <button
                type="button"
                className="button button--quiet menu-toggle"
                aria-expanded={menuOpen}
                aria-controls="main-navigation"
                onClick={() => setMenuOpen(!menuOpen)}
              >
                <span aria-hidden="true">☰ </span>
                {t('shell.menu')}
              </button>
            )}
          </div>
        </div>
        {me && <Navigation me={me} open={menuOpen} onFollow={() => setMenuOpen(false)} />}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <Link to="/accessibility">{t('shell.accessibility')}</Link>
        <span>{organisation}</span>
      </footer>
    </>
  );
}

function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'de' ? 'en' : 'de';
  return (
    <button type="button" className="button button--quiet" onClick={() => setLanguage(other)}>
      <span className="visually-hidden">{t('shell.switchLanguage')}: </span>
      <span lang={other}>{LANGUAGE_NAMES[other]}</span>
    </button>
  );
}

function SignedInPerson({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <div className="person">
      <span className="visually-hidden">{t('shell.signedInAs', { name: me.displayName })}</span>
      <span className="person__name" aria-hidden="true">
        {me.displayName}
      </span>
      <button type="button" className="button button--quiet" onClick={() => void signOut()}>
        {t('shell.signOut')}
      </button>
    </div>
  );
}

/** On a phone the list folds away behind the menu button of the header. */
function Navigation({ me, open, onFollow }: { me: MeResponse; open: boolean; onFollow: () => void }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const entries = NAVIGATION.filter((entry) => hasAnyRole(me, entry.roles));
  return (
    <nav className="navigation" aria-label={t('shell.mainNavigation')}>
      <ul id="main-navigation" className={`navigation__list${open ? ' navigation__list--open' : ''}`}>
        {entries.map((entry) => (
          <li key={entry.to}>
            <Link
              to={entry.to}
              className="navigation__link"
              aria-current={isCurrentEntry(entry, pathname) ? 'page' : undefined}
              onClick={onFollow}
            >
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
