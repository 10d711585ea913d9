import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

const PREAMBLE = `# Benchmarks

Figures written by \`npm run bench\` (scripts/bench.mjs): a benchmark that reports here replaces its
own section on every run, between its markers; text outside the markers is kept. Performance
claims of this project are the figures here, never timing assertions in tests.
`;

/** Replaces the section `name` of the report (between its markers), or appends it. */
export function writeSection(file: string, name: string, markdown: string): void {
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : PREAMBLE;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

/** A Markdown table from a header row and rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Where and when figures were measured: the first line of every section. */
export function provenance(bench: string): string {
  const cores = cpus();
  return (
    `Command \`npm run bench -- ${bench}\`, run ${new Date().toISOString().slice(0, 16)}Z on ${cores.length} × ` +
    `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; ` +
    `load average ${loadavg()[0].toFixed(1)} at the end (other work shares these cores: compare within a run).`
  );
}

/** Prints a section and writes it into docs/benchmarks.md. */
export function publish(bench: string, markdown: string): void {
  console.log(`\n${markdown}\n`);
  writeSection(join(__dirname, '../../../docs/benchmarks.md'), bench, markdown);
}
