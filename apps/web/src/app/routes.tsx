import type { RoleName } from '@platzbuch/contracts';
import { lazy, type ReactNode } from 'react';
import type { PlainMessageKey } from '../i18n/i18n';
import { FloorPage } from '../floors/floor-page';
import { FloorsPage } from '../floors/floors-page';
import { matchPath } from '../router/match-path';
import { AccessibilityPage } from './accessibility-page';
import { BookPage } from '../booking/book-page';
import { MyBookingsPage } from '../booking/my-bookings-page';
import { RoomsPage } from '../booking/rooms-page';

/** Who keeps buildings, floors and desks. */
export const LOCATION_EDITORS: readonly RoleName[] = ['FacilityManager', 'Admin'];
/** Who sets the organisation's booking rules. */
export const POLICY_EDITORS: readonly RoleName[] = ['Admin'];
/** Who watches the directory sync from Entra ID and decides about held rounds. */
export const DIRECTORY_ADMINS: readonly RoleName[] = ['Admin'];

// The editor is for a few people only: its code loads when one of them opens it.
const editor = () => import('../locations-editor/locations-editor');
const BuildingsAdminPage = lazy(() => editor().then((module) => ({ default: module.BuildingsAdminPage })));
const BuildingAdminPage = lazy(() => editor().then((module) => ({ default: module.BuildingAdminPage })));
const FloorEditorPage = lazy(() => editor().then((module) => ({ default: module.FloorEditorPage })));
// Administration likewise: booking rules, office hours, holidays, fixed desks.
const admin = () => import('../admin/admin-pages');
const AdminOverviewPage = lazy(() => admin().then((module) => ({ default: module.AdminOverviewPage })));
const BookingPoliciesPage = lazy(() => admin().then((module) => ({ default: module.BookingPoliciesPage })));
const BuildingSettingsPage = lazy(() => admin().then((module) => ({ default: module.BuildingSettingsPage })));
const HolidaysPage = lazy(() => admin().then((module) => ({ default: module.HolidaysPage })));
const FixedDesksPage = lazy(() => admin().then((module) => ({ default: module.FixedDesksPage })));
const DirectoryPage = lazy(() => admin().then((module) => ({ default: module.DirectoryPage })));

export interface AppRoute {
  path: string;
  render: (params: Record<string, string>) => ReactNode;
  /** Who may open it; any signed-in person when absent. */
  roles?: readonly RoleName[];
  /** Shown without sign-in. */
  public?: boolean;
}

export const ROUTES: AppRoute[] = [
  // Staff side: booking is the home page, then the person's own bookings and the rooms.
  { path: '/', render: () => <BookPage /> },
  { path: '/bookings', render: () => <MyBookingsPage /> },
  { path: '/rooms', render: () => <RoomsPage /> },
  { path: '/floors', render: () => <FloorsPage /> },
  { path: '/floors/:floorId', render: ({ floorId }) => <FloorPage floorId={floorId} /> },
  { path: '/admin/locations', roles: LOCATION_EDITORS, render: () => <BuildingsAdminPage /> },
  {
    path: '/admin/locations/buildings/:buildingId',
    roles: LOCATION_EDITORS,
    render: ({ buildingId }) => <BuildingAdminPage buildingId={buildingId} />,
  },
  {
    path: '/admin/locations/floors/:floorId',
    roles: LOCATION_EDITORS,
    render: ({ floorId }) => <FloorEditorPage floorId={floorId} />,
  },
  { path: '/admin', roles: LOCATION_EDITORS, render: () => <AdminOverviewPage /> },
  { path: '/admin/policies', roles: POLICY_EDITORS, render: () => <BookingPoliciesPage /> },
  { path: '/admin/office-hours', roles: LOCATION_EDITORS, render: () => <BuildingSettingsPage /> },
  { path: '/admin/holidays', roles: LOCATION_EDITORS, render: () => <HolidaysPage /> },
  { path: '/admin/fixed-desks', roles: LOCATION_EDITORS, render: () => <FixedDesksPage /> },
  { path: '/admin/directory', roles: DIRECTORY_ADMINS, render: () => <DirectoryPage /> },
  { path: '/accessibility', public: true, render: () => <AccessibilityPage /> },
];

export interface NavigationEntry {
  to: string;
  label: PlainMessageKey;
  roles?: readonly RoleName[];
}

/** The main navigation; an entry is shown only to people who may open it. */
export const NAVIGATION: NavigationEntry[] = [
  { to: '/', label: 'nav.book' },
  { to: '/bookings', label: 'nav.myBookings' },
  { to: '/rooms', label: 'nav.rooms' },
  { to: '/floors', label: 'nav.floors' },
  { to: '/admin/locations', label: 'nav.locations', roles: LOCATION_EDITORS },
  { to: '/admin', label: 'nav.admin', roles: LOCATION_EDITORS },
];

export function findRoute(pathname: string): { route: AppRoute; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

function isUnder(entry: NavigationEntry, pathname: string): boolean {
  return entry.to === '/' ? pathname === '/' : pathname === entry.to || pathname.startsWith(`${entry.to}/`);
}

/**
 * The entry a path belongs to: `/floors/x` is under "floors", but everything is under "/"; of
 * nested entries (`/admin`, `/admin/locations`) the longest one that matches wins, so that only
 * one entry is marked current.
 */
export function isCurrentEntry(entry: NavigationEntry, pathname: string): boolean {
  if (!isUnder(entry, pathname)) return false;
  return !NAVIGATION.some((other) => other.to.length > entry.to.length && isUnder(other, pathname));
}
