import { foldLines } from './ical-lines';

describe('foldLines', () => {
  const octets = (line: string) => Buffer.byteLength(line, 'utf8');

  it('leaves short lines alone and ends every line with CRLF', () => {
    expect(foldLines('BEGIN:VCALENDAR\nEND:VCALENDAR')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(foldLines('A:1\r\nB:2\r\n')).toBe('A:1\r\nB:2\r\n');
  });

  it('folds at 75 octets, counting multi-byte characters whole, and unfolds to the original', () => {
    const line = `SUMMARY:${'Straße, Gebäude, Bürgerbüro 🏢 '.repeat(8)}`;
    const folded = foldLines(line);
    const lines = folded.slice(0, -2).split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.slice(0, -2).replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('keeps a line of exactly 75 octets whole', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldLines(line)).toBe(`${line}\r\n`);
    expect(foldLines(`${line}b`).split('\r\n')).toEqual([line, ' b', '']);
  });
});
