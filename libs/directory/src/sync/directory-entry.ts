import type { DeviceProfile } from '../person.entity';
import type { DeactivationReason } from '../person-deactivated.event';

/**
 * A user of one delta page, reduced to what the directory keeps. A property Graph left out is
 * absent (unchanged); `null` means Graph cleared it.
 */
export interface DirectoryEntry {
  objectId: string;
  /** Present when the user is to be deactivated, with why. */
  deactivation?: DeactivationReason;
  /** Graph says the account is enabled: a deactivated person is active again. */
  enabled?: true;
  displayName?: string;
  email?: string | null;
  userPrincipalName?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  officeLocation?: string | null;
  /** The manager's object id; `null` when the manager was removed. */
  manager?: string | null;
  deviceProfile?: DeviceProfile;
}

/** A user as `/users/delta` sends it. */
export interface GraphUser {
  id?: unknown;
  displayName?: unknown;
  userPrincipalName?: unknown;
  mail?: unknown;
  department?: unknown;
  jobTitle?: unknown;
  officeLocation?: unknown;
  accountEnabled?: unknown;
  '@removed'?: { reason?: unknown };
  'manager@delta'?: unknown;
  onPremisesExtensionAttributes?: Record<string, unknown> | null;
  [property: string]: unknown;
}

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Column widths of `people` and `departments`: longer values are cut, not refused. */
const WIDTH = { name: 256, address: 320 };

/** The properties of `/users/delta` the directory reads; the device attribute is added when configured. */
export function userSelect(deviceProfileAttribute: string | undefined): string {
  const fields = [
    'id',
    'displayName',
    'userPrincipalName',
    'mail',
    'department',
    'officeLocation',
    'jobTitle',
    // Graph leaves accountEnabled out of delta answers unless it is selected by name.
    'accountEnabled',
    'manager',
  ];
  if (deviceProfileAttribute)
    fields.push(
      onPremisesAttribute(deviceProfileAttribute) ? 'onPremisesExtensionAttributes' : deviceProfileAttribute,
    );
  return fields.join(',');
}

function onPremisesAttribute(name: string): boolean {
  return /^extensionAttribute([1-9]|1[0-5])$/.test(name);
}

/** The entry for one user of a page, or undefined when it has no usable object id. */
export function toDirectoryEntry(
  user: GraphUser,
  deviceProfileAttribute?: string,
): DirectoryEntry | undefined {
  if (typeof user.id !== 'string' || !OBJECT_ID.test(user.id)) return undefined;
  const objectId = user.id.toLowerCase();
  const removed = user['@removed'];
  if (removed) {
    // `changed`: soft-deleted, restorable for 30 days; `deleted`: gone for good.
    return { objectId, deactivation: removed.reason === 'deleted' ? 'deleted' : 'soft_deleted' };
  }
  const entry: DirectoryEntry = { objectId };
  if (user.accountEnabled === false) entry.deactivation = 'disabled';
  if (user.accountEnabled === true) entry.enabled = true;
  const name = text(user.displayName, WIDTH.name);
  if (name) entry.displayName = name;
  if ('mail' in user) entry.email = text(user.mail, WIDTH.address);
  if ('userPrincipalName' in user) entry.userPrincipalName = text(user.userPrincipalName, WIDTH.address);
  if ('department' in user) entry.department = text(user.department, WIDTH.name);
  if ('jobTitle' in user) entry.jobTitle = text(user.jobTitle, WIDTH.name);
  if ('officeLocation' in user) entry.officeLocation = text(user.officeLocation, WIDTH.name);
  if ('manager@delta' in user) entry.manager = managerOf(user['manager@delta']);
  if (deviceProfileAttribute) {
    const raw = onPremisesAttribute(deviceProfileAttribute)
      ? user.onPremisesExtensionAttributes?.[deviceProfileAttribute]
      : user[deviceProfileAttribute];
    const profile = deviceProfileOf(raw);
    if (profile) entry.deviceProfile = profile;
  }
  return entry;
}

/** Later entries of the same user override earlier ones, property by property. */
export function mergeEntries(entries: Iterable<DirectoryEntry>): DirectoryEntry[] {
  const byId = new Map<string, DirectoryEntry>();
  for (const entry of entries) {
    const merged = { ...byId.get(entry.objectId), ...entry };
    // Whichever came last of "enabled" and "deactivated" holds.
    if (entry.enabled) delete merged.deactivation;
    if (entry.deactivation) delete merged.enabled;
    byId.set(entry.objectId, merged);
  }
  return [...byId.values()];
}

/** `notebook` or `desktop` as an attribute may say it, in English or German; anything else is no answer. */
export function deviceProfileOf(value: unknown): DeviceProfile | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['notebook', 'laptop', 'mobil', 'mobile'].includes(word)) return 'notebook';
  if (['desktop', 'pc', 'stationär', 'stationaer', 'arbeitsplatzrechner'].includes(word)) return 'desktop';
  return undefined;
}

function managerOf(value: unknown): string | null {
  // Graph sends one directory object, in some versions wrapped in an array; `@removed` clears it.
  const manager = (Array.isArray(value) ? value[0] : value) as
    { id?: unknown; '@removed'?: unknown } | undefined;
  if (!manager || manager['@removed'] || typeof manager.id !== 'string' || !OBJECT_ID.test(manager.id))
    return null;
  return manager.id.toLowerCase();
}

function text(value: unknown, width: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, width);
}
