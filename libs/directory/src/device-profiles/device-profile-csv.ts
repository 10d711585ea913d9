import { parse } from 'csv-parse/sync';
import type { Localized } from '@platzbuch/platform';
import type { DeviceProfile } from '../person.entity';
import { deviceProfileOf } from '../sync/directory-entry';

/** A spreadsheet of device profiles: some ten thousand rows at most. */
export const MAX_DEVICE_PROFILE_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 50_000;

export interface DeviceProfileRow {
  line: number;
  /** In lower case. */
  email: string;
  profile: DeviceProfile;
}

export interface DeviceProfileProblem {
  line: number;
  column?: 'email' | 'deviceProfile';
  message: Localized;
}

const EMAIL_HEADERS = ['email', 'e-mail', 'mail', 'upn', 'userprincipalname'];
const PROFILE_HEADERS = [
  'deviceprofile',
  'device profile',
  'geräteprofil',
  'geraeteprofil',
  'gerät',
  'device',
];
const UNKNOWN_WORDS = ['unknown', 'unbekannt', ''];

/**
 * Reads `email;deviceProfile` (or with commas) as a spreadsheet saves it: a header line, then one
 * person per line. Every problem is reported with its line; rows come back only when there is none.
 */
export function parseDeviceProfileCsv(file: Buffer): {
  rows: DeviceProfileRow[];
  problems: DeviceProfileProblem[];
} {
  const failed = (message: Localized, line = 1) => ({ rows: [], problems: [{ line, message }] });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    text = new TextDecoder('windows-1252').decode(file);
  }
  text = text.replace(/^\uFEFF/, '');
  const header = text.slice(0, text.search(/\r?\n|$/));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: header.includes(';') ? ';' : ',',
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return failed(
      { de: 'Die Datei ist kein lesbares CSV.', en: 'The file is not readable CSV.' },
      (error as { lines?: number }).lines ?? 1,
    );
  }
  if (records.length < 2)
    return failed({ de: 'Die Datei enthält keine Zeilen.', en: 'The file holds no rows.' });
  if (records.length - 1 > MAX_ROWS) {
    return failed({ de: `Höchstens ${MAX_ROWS} Zeilen.`, en: `At most ${MAX_ROWS} rows.` });
  }
  const names = records[0].map((cell) => cell.toLowerCase());
  const emailAt = names.findIndex((name) => EMAIL_HEADERS.includes(name));
  const profileAt = names.findIndex((name) => PROFILE_HEADERS.includes(name));
  if (emailAt < 0 || profileAt < 0 || names.length !== 2) {
    return failed({
      de: 'Die Kopfzeile muss genau die Spalten „email“ und „deviceProfile“ nennen.',
      en: 'The header must name exactly the columns "email" and "deviceProfile".',
    });
  }

  const rows: DeviceProfileRow[] = [];
  const problems: DeviceProfileProblem[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, index) => {
    // csv-parse skips empty lines; its `info` would give exact lines, but files here have none inside.
    const line = index + 2;
    const email = (cells[emailAt] ?? '').toLowerCase();
    const word = (cells[profileAt] ?? '').toLowerCase();
    if (cells.length > 2) {
      problems.push({
        line,
        message: { de: 'Die Zeile hat mehr als zwei Zellen.', en: 'The row has more than two cells.' },
      });
    }
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      problems.push({
        line,
        column: 'email',
        message: { de: `„${email}“ ist keine E-Mail-Adresse.`, en: `"${email}" is not an e-mail address.` },
      });
    } else if (seen.has(email)) {
      problems.push({
        line,
        column: 'email',
        message: {
          de: `${email} steht schon in Zeile ${seen.get(email)}.`,
          en: `${email} is already in line ${seen.get(email)}.`,
        },
      });
    }
    seen.set(email, seen.get(email) ?? line);
    const profile = UNKNOWN_WORDS.includes(word) ? 'unknown' : deviceProfileOf(word);
    if (!profile) {
      problems.push({
        line,
        column: 'deviceProfile',
        message: {
          de: `„${word}“ ist kein Geräteprofil; möglich: notebook, desktop, unknown.`,
          en: `"${word}" is not a device profile; use notebook, desktop or unknown.`,
        },
      });
    } else {
      rows.push({ line, email, profile });
    }
  });
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}
