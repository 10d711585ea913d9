import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Link, navigationCount } from '../router/router';
import { useOrganisationName } from '../session/session';

export interface Crumb {
  label: string;
  to: string;
}

interface PageProps {
  title: string;
  breadcrumbs?: Crumb[];
  /** Buttons beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every page: its title in the tab, its heading, and after a navigation the focus on that heading,
 * so that a screen reader announces where the person now is and Tab continues from there.
 */
export function Page({ title, breadcrumbs, actions, children }: PageProps) {
  const { t } = useI18n();
  const organisation = useOrganisationName();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${organisation}`;
  }, [title, organisation]);

  useEffect(() => {
    if (navigationCount() > 0) heading.current?.focus();
  }, []);

  return (
    <>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav className="breadcrumbs" aria-label={t('shell.breadcrumbs')}>
          <ol>
            {breadcrumbs.map((crumb) => (
              <li key={crumb.to}>
                <Link to={crumb.to}>{crumb.label}</Link>
              </li>
            ))}
            <li>
              <span aria-current="page">{title}</span>
            </li>
          </ol>
        </nav>
      )}
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}

/** A polite "loading" line in place of content that is on its way. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
