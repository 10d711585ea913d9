import { maskSecretsInUrl } from './request-id';

describe('maskSecretsInUrl', () => {
  const token = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

  it('hides the token of a feed URL, with or without a query', () => {
    expect(maskSecretsInUrl(`/ical/${token}.ics`)).toBe('/ical/[redacted]');
    expect(maskSecretsInUrl(`/ical/${token}.ics?x=1`)).toBe('/ical/[redacted]?x=1');
    expect(maskSecretsInUrl(`/ical/rooms/${token}.ics`)).toBe('/ical/rooms/[redacted]');
  });

  it('hides it in mistyped spellings too', () => {
    for (const url of [`/ICAL/${token}.ics`, `/ical//${token}.ics`, `//ical/${token}`, `/Ical/${token}#x`]) {
      expect(maskSecretsInUrl(url)).not.toContain(token);
    }
  });

  it('leaves other paths alone', () => {
    expect(maskSecretsInUrl('/api/v1/me/calendar-feed')).toBe('/api/v1/me/calendar-feed');
    expect(maskSecretsInUrl('/icalendar')).toBe('/icalendar');
  });
});
