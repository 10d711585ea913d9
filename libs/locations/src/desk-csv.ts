import { parse } from 'csv-parse/sync';
import type { Localized } from '@platzbuch/platform';
import { type Docking, type ResourceStatus } from './desk.entity';
import type { DeskImportField, DeskImportRow, ImportProblem } from './desk-import-row';

/** Largest desk spreadsheet accepted: some 50,000 rows, far more than any building has. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 20_000;

/** What a cell says: a value, nothing (left empty), or why it cannot be read. */
type Cell<T> = { value: T | undefined } | { error: Localized };

/** A desk as the export writes it: every value known. */
export type DeskCsvRecord = Required<Omit<DeskImportRow, 'line'>>;

/** How a column's cells are read and written. */
interface CellFormat {
  read: (text: string) => Cell<unknown>;
  write: (value: never) => string;
}

interface Column extends CellFormat {
  field: DeskImportField;
  /** The header the export writes (German, as the spreadsheets of the administration are). */
  header: string;
  /** Further headers accepted, compared after `normalizeHeader`. */
  aliases: string[];
}

/** Choices with the words a spreadsheet may use for them; the first word is the one written. */
function choice<T extends string>(
  words: Record<T, string[]>,
  what: Localized,
): CellFormat & { write: (value: T) => string } {
  const byWord = new Map<string, T>();
  for (const [value, synonyms] of Object.entries(words) as [T, string[]][]) {
    for (const word of [value, ...synonyms]) byWord.set(normalizeHeader(word), value);
  }
  const accepted = Object.values<string[]>(words)
    .map((synonyms) => synonyms[0])
    .join(', ');
  return {
    read: (text) => {
      if (text === '') return { value: undefined };
      const value = byWord.get(normalizeHeader(text));
      return value !== undefined
        ? { value }
        : {
            error: {
              de: `${what.de} „${text}“ ist unbekannt; möglich: ${accepted}.`,
              en: `${what.en} "${text}" is unknown; use one of ${accepted}.`,
            },
          };
    },
    write: (value: T) => words[value][0],
  };
}

const text = (required: boolean): CellFormat => ({
  read: (cell) =>
    cell !== ''
      ? { value: cell }
      : required
        ? { error: { de: 'Der Wert fehlt.', en: 'The value is missing.' } }
        : { value: null },
  write: (value: string | null) => value ?? '',
});

const decimal: CellFormat = {
  // German spreadsheets write a decimal comma ("12,5"), others a point.
  read: (cell) => {
    if (cell === '') return { value: undefined };
    return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cell)
      ? { value: Number(cell.replace(',', '.')) }
      : { error: { de: `„${cell}“ ist keine Zahl.`, en: `"${cell}" is not a number.` } };
  },
  write: (value: number) => String(value).replace('.', ','),
};

const whole: CellFormat = {
  read: (cell) => {
    if (cell === '') return { value: undefined };
    return /^[+-]?\d+$/.test(cell)
      ? { value: Number(cell) }
      : { error: { de: `„${cell}“ ist keine ganze Zahl.`, en: `"${cell}" is not a whole number.` } };
  },
  write: (value: number) => String(value),
};

const yesNo = choice<'yes' | 'no'>(
  { yes: ['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x'], no: ['nein', 'n', 'no', 'false', 'falsch', '0'] },
  { de: 'Ja/Nein-Wert', en: 'Yes/no value' },
);
const flag: CellFormat = {
  read: (cell) => {
    const read = yesNo.read(cell);
    return 'value' in read ? { value: read.value === undefined ? undefined : read.value === 'yes' } : read;
  },
  write: (value: boolean) => yesNo.write(value ? 'yes' : 'no'),
};

const COLUMNS: Column[] = [
  { field: 'floor', header: 'Etage', aliases: ['floor', 'geschoss', 'stockwerk', 'ebene'], ...text(true) },
  {
    field: 'code',
    header: 'Platz',
    aliases: ['code', 'platznummer', 'platznr', 'arbeitsplatz', 'desk'],
    ...text(true),
  },
  { field: 'x', header: 'X', aliases: [], ...decimal },
  { field: 'y', header: 'Y', aliases: [], ...decimal },
  { field: 'zone', header: 'Bereich', aliases: ['zone'], ...text(false) },
  {
    field: 'docking',
    header: 'Docking',
    aliases: ['dockingstation'],
    ...choice<Docking>(
      {
        none: ['keine', 'kein', 'ohne', 'none', 'nein'],
        'usb-c': ['usb-c', 'usbc', 'usb'],
        thunderbolt: ['thunderbolt', 'tb'],
      },
      { de: 'Docking', en: 'Docking' },
    ),
  },
  { field: 'monitors', header: 'Monitore', aliases: ['monitors', 'monitor', 'bildschirme'], ...whole },
  {
    field: 'heightAdjustable',
    header: 'Höhenverstellbar',
    aliases: ['height_adjustable', 'heightadjustable'],
    ...flag,
  },
  { field: 'accessible', header: 'Barrierefrei', aliases: ['accessible', 'rollstuhlgerecht'], ...flag },
  {
    field: 'status',
    header: 'Status',
    aliases: [],
    ...choice<ResourceStatus>(
      { active: ['aktiv', 'active', 'frei', 'buchbar'], blocked: ['gesperrt', 'blocked', 'blockiert'] },
      { de: 'Status', en: 'Status' },
    ),
  },
  {
    field: 'assignee',
    header: 'Zugewiesen',
    aliases: ['assignee', 'zugewiesenan', 'festerplatzvon', 'email', 'e-mail'],
    ...text(false),
  },
];

const BY_HEADER = new Map(
  COLUMNS.flatMap((column) =>
    [column.header, column.field, ...column.aliases].map((name) => [normalizeHeader(name), column]),
  ),
);
const REQUIRED: DeskImportField[] = ['floor', 'code'];

/** "Höhen-verstellbar " → "hoehenverstellbar": headers and words compared as people vary them. */
function normalizeHeader(header: string): string {
  return foldUmlauts(header.toLowerCase()).replace(/[^a-z0-9]/g, '');
}

function foldUmlauts(text: string): string {
  return text.replace(
    /[äöüßÄÖÜ]/g,
    (letter) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[letter]!,
  );
}

export interface ParsedDeskCsv {
  rows: DeskImportRow[];
  problems: ImportProblem[];
  /** The header each field has in this file, for error reports in the file's own words. */
  headers: Map<DeskImportField, string>;
}

/**
 * Reads a desk spreadsheet as Excel and LibreOffice save it: UTF-8 with or without BOM (or
 * Windows-1252), `;` or `,` or tab between cells, decimal commas, headers in German or English.
 * Every problem is reported with its spreadsheet row; nothing is guessed.
 */
export function parseDeskCsv(file: Buffer): ParsedDeskCsv {
  const headers = new Map<DeskImportField, string>();
  const failed = (message: Localized, line = 1): ParsedDeskCsv => ({
    rows: [],
    problems: [{ line, message }],
    headers,
  });
  const decoded = decode(file);
  if ('error' in decoded) return failed(decoded.error);

  let records: string[][];
  try {
    records = parse(decoded.value, {
      delimiter: delimiterOf(decoded.value),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return failed(
      {
        de: 'Die Datei ist kein lesbares CSV (ein Anführungszeichen ist nicht geschlossen oder steht mitten im Feld).',
        en: 'The file is not readable CSV (a quote is not closed, or stands inside a field).',
      },
      line,
    );
  }
  if (records.length === 0) return failed({ de: 'Die Datei ist leer.', en: 'The file is empty.' });
  if (records.length - 1 > MAX_ROWS) {
    return failed({
      de: `Eine Datei darf höchstens ${MAX_ROWS} Plätze enthalten.`,
      en: `A file may hold at most ${MAX_ROWS} desks.`,
    });
  }

  const problems: ImportProblem[] = [];
  const columns = readHeader(records, headers, problems);
  if (problems.length > 0) return { rows: [], problems, headers };

  const rows: DeskImportRow[] = [];
  records.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
      problems.push({
        line,
        message: {
          de: 'Die Zeile hat mehr Zellen als die Kopfzeile Spalten.',
          en: 'The row has more cells than the header has columns.',
        },
      });
    }
    const row: Partial<Record<DeskImportField, unknown>> & { line: number } = { line };
    columns.forEach((column, position) => {
      if (!column) return;
      const cell = column.read(unescapeFormula((cells[position] ?? '').trim()));
      if ('error' in cell) problems.push({ line, column: column.field, message: cell.error });
      else if (cell.value !== undefined) row[column.field] = cell.value;
    });
    // A row without floor or code has its problem reported already; there is nothing to import.
    if (REQUIRED.every((field) => typeof row[field] === 'string')) rows.push(row as unknown as DeskImportRow);
  });
  return { rows, problems, headers };
}

/** The column of each position of the header (undefined: an empty header over empty cells). */
function readHeader(
  records: string[][],
  headers: Map<DeskImportField, string>,
  problems: ImportProblem[],
): (Column | undefined)[] {
  const accepted = COLUMNS.map((column) => column.header).join(', ');
  const columns = records[0].map((raw, position) => {
    const header = raw.trim();
    if (header === '') {
      if (records.some((cells, index) => index > 0 && (cells[position] ?? '').trim() !== '')) {
        problems.push({
          line: 1,
          message: {
            de: `Spalte ${position + 1} hat Werte, aber keine Überschrift.`,
            en: `Column ${position + 1} has values but no header.`,
          },
        });
      }
      return undefined;
    }
    const column = BY_HEADER.get(normalizeHeader(header));
    if (!column) {
      problems.push({
        line: 1,
        message: {
          de: `Unbekannte Spalte „${header}“; möglich sind: ${accepted}.`,
          en: `Unknown column "${header}"; known columns: ${accepted}.`,
        },
      });
    } else if (headers.has(column.field)) {
      problems.push({
        line: 1,
        message: {
          de: `Die Spalte „${header}“ kommt doppelt vor.`,
          en: `The column "${header}" appears twice.`,
        },
      });
    } else {
      headers.set(column.field, header);
    }
    return column;
  });
  for (const field of REQUIRED) {
    if (!headers.has(field)) {
      const { header, aliases } = COLUMNS.find((column) => column.field === field)!;
      problems.push({
        line: 1,
        message: {
          de: `Die Spalte „${header}“ fehlt (auch ${aliases.join(', ')} geht).`,
          en: `The column "${header}" is missing (${aliases.join(', ')} will do too).`,
        },
      });
    }
  }
  return columns;
}

/** Text from the file's bytes: UTF-8 (its BOM dropped), else Windows-1252 as older Excel saves. */
function decode(file: Buffer): { value: string } | { error: Localized } {
  const zip = file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const ole = file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  if (zip || ole) {
    return {
      error: {
        de: 'Das ist eine Excel-Arbeitsmappe, kein CSV. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
        en: 'This is an Excel workbook, not CSV. In Excel, use "Save As" → "CSV UTF-8 (Comma delimited)".',
      },
    };
  }
  let value: string;
  try {
    value = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    value = new TextDecoder('windows-1252').decode(file);
  }
  if (value.includes('\u0000'))
    return { error: { de: 'Die Datei ist keine Textdatei.', en: 'The file is not a text file.' } };
  return { value };
}

/** The separator the header line uses most: `;` (German Excel), `,` or a tab. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

// Spreadsheets run a cell starting with these as a formula: written with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export interface DeskCsvFile {
  filename: string;
  content: Buffer;
}

/**
 * The desks of a building as the import reads them, shaped for German Excel: UTF-8 with BOM,
 * `;` between cells, decimal commas, CRLF line ends.
 */
export function formatDeskCsv(buildingName: string, desks: DeskCsvRecord[]): DeskCsvFile {
  const cell = (value: string) => (/[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [
    COLUMNS.map((column) => column.header),
    ...desks.map((desk) =>
      COLUMNS.map((column) =>
        escapeFormula((column.write as (value: unknown) => string)(desk[column.field])),
      ),
    ),
  ].map((cells) => cells.map(cell).join(';'));
  const slug =
    foldUmlauts(buildingName)
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'gebaeude';
  return {
    filename: `arbeitsplaetze-${slug}.csv`,
    content: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
  };
}
