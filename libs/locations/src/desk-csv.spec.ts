import { formatDeskCsv, parseDeskCsv } from './desk-csv';

const csv = (text: string) => Buffer.from(text, 'utf8');
const messages = (text: string) =>
  parseDeskCsv(csv(text)).problems.map(({ line, column, message }) => ({ line, column, en: message.en }));

describe('parseDeskCsv', () => {
  it('reads German Excel: BOM, semicolons, decimal commas, German headers and words', () => {
    const parsed = parseDeskCsv(
      csv(
        '\uFEFFEtage;Platz;X;Y;Bereich;Docking;Monitore;Höhenverstellbar;Barrierefrei;Status;Zugewiesen\r\n' +
          '3. OG;3.10;12,5;80;Nord;USB-C;2;ja;nein;gesperrt;erika@example.org\r\n',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        floor: '3. OG',
        code: '3.10',
        x: 12.5,
        y: 80,
        zone: 'Nord',
        docking: 'usb-c',
        monitors: 2,
        heightAdjustable: true,
        accessible: false,
        status: 'blocked',
        assignee: 'erika@example.org',
      },
    ]);
    expect(parsed.headers.get('heightAdjustable')).toBe('Höhenverstellbar');
  });

  it('reads commas and English headers, quoted cells and decimal points', () => {
    const parsed = parseDeskCsv(csv('floor,code,x,height_adjustable,zone\n"EG, Ost","A,1",7.25,true,""\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, floor: 'EG, Ost', code: 'A,1', x: 7.25, heightAdjustable: true, zone: null },
    ]);
  });

  it('reads tab-separated text and Windows-1252 as older Excel saves it', () => {
    const latin1 = Buffer.from('Etage\tPlatz\tBereich\nEG\t1\tSüd\n', 'latin1');
    expect(parseDeskCsv(latin1).rows).toEqual([{ line: 2, floor: 'EG', code: '1', zone: 'Süd' }]);
  });

  it('leaves empty cells out, except zone and assignee where empty means none', () => {
    expect(parseDeskCsv(csv('Etage;Platz;X;Monitore;Bereich;Zugewiesen\nEG;1;;;;\n')).rows).toEqual([
      { line: 2, floor: 'EG', code: '1', zone: null, assignee: null },
    ]);
  });

  it('numbers lines as a spreadsheet does, skipping blank rows but counting them', () => {
    const parsed = parseDeskCsv(csv('Etage;Platz\nEG;1\n\n;;\nEG;"2\nzweizeilig"\nEG;3\n'));
    expect(parsed.rows.map((row) => [row.line, row.code])).toEqual([
      [2, '1'],
      [5, '2\nzweizeilig'],
      [6, '3'],
    ]);
  });

  it('reports every bad cell with its line and column, not only the first', () => {
    expect(
      messages(
        'Etage;Platz;X;Monitore;Barrierefrei;Docking;Status\nEG;;abc;1,5;vielleicht;lightning;kaputt\n',
      ),
    ).toEqual([
      { line: 2, column: 'code', en: 'The value is missing.' },
      { line: 2, column: 'x', en: '"abc" is not a number.' },
      { line: 2, column: 'monitors', en: '"1,5" is not a whole number.' },
      { line: 2, column: 'accessible', en: 'Yes/no value "vielleicht" is unknown; use one of ja, nein.' },
      {
        line: 2,
        column: 'docking',
        en: 'Docking "lightning" is unknown; use one of keine, usb-c, thunderbolt.',
      },
      { line: 2, column: 'status', en: 'Status "kaputt" is unknown; use one of aktiv, gesperrt.' },
    ]);
  });

  it('reports unknown, doubled and missing columns at line 1', () => {
    expect(messages('Etage;Monitor;Etage;Bemerkung\nEG;1;EG;x\n').map((problem) => problem.en)).toEqual([
      'The column "Etage" appears twice.',
      'Unknown column "Bemerkung"; known columns: Etage, Platz, X, Y, Bereich, Docking, Monitore, Höhenverstellbar, Barrierefrei, Status, Zugewiesen.',
      'The column "Platz" is missing (code, platznummer, platznr, arbeitsplatz, desk will do too).',
    ]);
  });

  it('ignores an empty trailing column, but not cells beyond the header', () => {
    expect(parseDeskCsv(csv('Etage;Platz;\nEG;1;\n')).problems).toEqual([]);
    expect(messages('Etage;Platz\nEG;1;oops\n')).toEqual([
      { line: 2, column: undefined, en: 'The row has more cells than the header has columns.' },
    ]);
  });

  it('refuses workbooks, binaries, broken quoting and empty files with a useful message', () => {
    expect(messages('')[0].en).toMatch(/empty/);
    expect(parseDeskCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])).problems[0].message.de).toMatch(
      /CSV UTF-8/,
    );
    expect(messages('Etage;Platz\nEG;"1\n')[0].en).toMatch(/not readable CSV/);
    expect(parseDeskCsv(Buffer.from([0x45, 0x00, 0x47])).problems[0].message.en).toMatch(/not a text file/);
  });
});

describe('formatDeskCsv', () => {
  const desk = {
    floor: '-1',
    code: '=HYPERLINK("http://evil")',
    x: 12.5,
    y: 50,
    zone: 'Nord; Ost',
    docking: 'thunderbolt' as const,
    monitors: 2,
    heightAdjustable: true,
    accessible: false,
    status: 'active' as const,
    assignee: null,
  };

  it('writes what German Excel opens as it is, and defuses formulas', () => {
    const { filename, content } = formatDeskCsv('Stadthaus Süd', [desk]);
    expect(filename).toBe('arbeitsplaetze-Stadthaus-Sued.csv');
    expect(content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(content.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Etage;Platz;X;Y;Bereich;Docking;Monitore;Höhenverstellbar;Barrierefrei;Status;Zugewiesen',
      `'-1;"'=HYPERLINK(""http://evil"")";12,5;50;"Nord; Ost";thunderbolt;2;ja;nein;aktiv;`,
      '',
    ]);
  });

  it('is read back as it was written', () => {
    const { content } = formatDeskCsv('Haus', [desk]);
    expect(parseDeskCsv(content).rows).toEqual([{ line: 2, ...desk }]);
  });
});
