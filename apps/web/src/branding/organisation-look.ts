import type { OrganisationLook } from '@platzbuch/contracts';
import { useEffect } from 'react';
import { useSession } from '../session/session';
import { accentColours } from './accent';

const BUILT_IN: OrganisationLook = {
  name: 'Platzbuch',
  logoUrl: null,
  primaryColor: null,
  accessibilityEmail: null,
};

/** The organisation's name, logo, colour and contact once the client configuration is known. */
export function useOrganisationLook(): OrganisationLook {
  const { state } = useSession();
  return state.status === 'signed-in' || state.status === 'signed-out' ? state.config.organisation : BUILT_IN;
}

/**
 * Sets the organisation's colour as the accent custom properties of the whole page, darkened
 * where it would fail WCAG AA; without one, the stylesheet's accent stays.
 */
export function useAccentColour(primaryColor: string | null): void {
  useEffect(() => {
    const colours = accentColours(primaryColor);
    if (!colours) return;
    const root = document.documentElement.style;
    root.setProperty('--accent', colours.accent);
    root.setProperty('--accent-strong', colours.accentStrong);
    root.setProperty('--accent-soft', colours.accentSoft);
    return () => {
      for (const property of ['--accent', '--accent-strong', '--accent-soft']) root.removeProperty(property);
    };
  }, [primaryColor]);
}
