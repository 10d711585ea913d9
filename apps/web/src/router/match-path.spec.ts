import { describe, expect, it } from '@jest/globals';
import { matchPath } from './match-path';

describe('matchPath', () => {
  it('matches literal paths, with or without a trailing slash', () => {
    expect(matchPath('/floors', '/floors')).toEqual({});
    expect(matchPath('/floors', '/floors/')).toEqual({});
    expect(matchPath('/floors', '/floorsx')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });

  it('reads named segments, decoded', () => {
    expect(matchPath('/floors/:floorId', '/floors/a%20b')).toEqual({ floorId: 'a b' });
    expect(matchPath('/admin/locations/buildings/:buildingId', '/admin/locations/buildings/42')).toEqual({
      buildingId: '42',
    });
  });

  it('does not let a segment span slashes or match a longer path', () => {
    expect(matchPath('/floors/:floorId', '/floors/a/b')).toBeNull();
    expect(matchPath('/floors/:floorId', '/floors/')).toBeNull();
  });

  it('treats a malformed escape as no match rather than an error', () => {
    expect(matchPath('/floors/:floorId', '/floors/%E0%A4%A')).toBeNull();
  });

  it('takes regular-expression characters in patterns literally', () => {
    expect(matchPath('/a.b', '/axb')).toBeNull();
    expect(matchPath('/a.b', '/a.b')).toEqual({});
  });
});
