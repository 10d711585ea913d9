import { useOrganisationLook } from '../branding/organisation-look';
import { useI18n } from '../i18n/i18n';
import { useOrganisationName } from '../session/session';
import { Page } from '../ui/page';

/** The enforcement body of § 10e BGG NRW, named in every statement of a public body in NRW. */
const OMBUDS_EMAIL = 'ombudsstelle-barrierefreie-it@mags.nrw.de';
const OMBUDS_WEBSITE = 'https://www.lbbp.nrw.de/ombudsstelle';

/** The accessibility statement that § 10b BGG NRW asks of public bodies; reachable without sign-in. */
export function AccessibilityPage() {
  const { t } = useI18n();
  const organisation = useOrganisationName();
  const { accessibilityEmail } = useOrganisationLook();
  return (
    <Page title={t('a11y.title')}>
      <div className="prose">
        <p>{t('a11y.intro', { organisation })}</p>
        <h2>{t('a11y.statusTitle')}</h2>
        <p>{t('a11y.status')}</p>
        <h2>{t('a11y.conformsTitle')}</h2>
        <ul>
          <li>{t('a11y.conforms1')}</li>
          <li>{t('a11y.conforms2')}</li>
          <li>{t('a11y.conforms3')}</li>
          <li>{t('a11y.conforms4')}</li>
        </ul>
        <h2>{t('a11y.gapsTitle')}</h2>
        <ul>
          <li>{t('a11y.gaps1')}</li>
          <li>{t('a11y.gaps2')}</li>
          <li>{t('a11y.gaps3')}</li>
        </ul>
        <h2>{t('a11y.preparedTitle')}</h2>
        <p>{t('a11y.prepared')}</p>
        <h2>{t('a11y.feedbackTitle')}</h2>
        <p>{t('a11y.feedback', { organisation })}</p>
        {accessibilityEmail ? (
          <p>
            {t('a11y.feedbackContact')} <a href={`mailto:${accessibilityEmail}`}>{accessibilityEmail}</a>
          </p>
        ) : (
          <p>{t('a11y.feedbackNoContact')}</p>
        )}
        <h2>{t('a11y.enforcementTitle')}</h2>
        <p>{t('a11y.enforcement')}</p>
        <ul>
          <li>
            {t('a11y.ombudsEmail')} <a href={`mailto:${OMBUDS_EMAIL}`}>{OMBUDS_EMAIL}</a>
          </li>
          <li>
            {t('a11y.ombudsWebsite')} <a href={OMBUDS_WEBSITE}>{OMBUDS_WEBSITE.replace('https://', '')}</a>
          </li>
        </ul>
      </div>
    </Page>
  );
}
