import { mergeEntries, toDirectoryEntry } from './directory-entry';

const ID = '0b7a5c1e-3f0d-4a59-9d1e-6f1a2b3c4d5e';
const BOSS = '1c8b6d2f-4a1e-4b6a-8e2f-7a2b3c4d5e6f';

describe('toDirectoryEntry', () => {
  it('keeps what Graph sent, marks cleared properties null and leaves absent ones out', () => {
    expect(
      toDirectoryEntry({
        id: ID.toUpperCase(),
        displayName: ' Erika Mustermann ',
        mail: null,
        department: 'Bürgeramt',
        accountEnabled: true,
        'manager@delta': [{ '@odata.type': '#microsoft.graph.user', id: BOSS }],
      }),
    ).toEqual({
      objectId: ID,
      displayName: 'Erika Mustermann',
      email: null,
      department: 'Bürgeramt',
      enabled: true,
      manager: BOSS,
    });
  });

  it('reads both removal reasons and a disabled account as deactivations', () => {
    expect(toDirectoryEntry({ id: ID, '@removed': { reason: 'changed' } })).toEqual({
      objectId: ID,
      deactivation: 'soft_deleted',
    });
    expect(toDirectoryEntry({ id: ID, '@removed': { reason: 'deleted' } })).toEqual({
      objectId: ID,
      deactivation: 'deleted',
    });
    expect(toDirectoryEntry({ id: ID, accountEnabled: false })).toEqual({
      objectId: ID,
      deactivation: 'disabled',
    });
  });

  it('clears a removed manager and skips users without a usable id', () => {
    expect(
      toDirectoryEntry({ id: ID, 'manager@delta': [{ id: BOSS, '@removed': { reason: 'deleted' } }] })
        ?.manager,
    ).toBeNull();
    expect(toDirectoryEntry({ id: 'not-a-guid' })).toBeUndefined();
    expect(toDirectoryEntry({})).toBeUndefined();
  });

  it('reads a device profile from an on-premises extension attribute or a schema extension', () => {
    expect(
      toDirectoryEntry(
        { id: ID, onPremisesExtensionAttributes: { extensionAttribute3: 'Laptop' } },
        'extensionAttribute3',
      )?.deviceProfile,
    ).toBe('notebook');
    expect(
      toDirectoryEntry({ id: ID, extension_abc_device: 'PC' }, 'extension_abc_device')?.deviceProfile,
    ).toBe('desktop');
    expect(
      toDirectoryEntry({ id: ID, extension_abc_device: 'Tablet' }, 'extension_abc_device'),
    ).not.toHaveProperty('deviceProfile');
  });
});

describe('mergeEntries', () => {
  it('lets the later of two entries of one user win, property by property', () => {
    const merged = mergeEntries([
      { objectId: ID, displayName: 'Alt', department: 'A' },
      { objectId: BOSS, displayName: 'Chefin' },
      { objectId: ID, department: 'B', deactivation: 'disabled' },
      { objectId: ID, enabled: true },
    ]);
    expect(merged).toEqual([
      { objectId: ID, displayName: 'Alt', department: 'B', enabled: true },
      { objectId: BOSS, displayName: 'Chefin' },
    ]);
  });
});
