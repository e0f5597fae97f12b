/**
 * The phases of a test run and how long each took, printed as a table at the end so a slow
 * phase is seen at a glance. With PHASES_FILE set, each finished phase is also appended there
 * (tab-separated), so that CI can print one table over several commands.
 */
import { appendFileSync } from 'node:fs';

export function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/**
 * The time from the first phase's start to the last one's end: phases that ran side by side
 * (the databases' suites) count once. Rows without a start are taken as one after another.
 */
function wallTime(rows) {
  if (!rows.every((row) => row.startedAt !== undefined)) {
    return rows.reduce((sum, row) => sum + row.ms, 0);
  }
  const start = Math.min(...rows.map((row) => row.startedAt));
  return Math.max(...rows.map((row) => row.startedAt + row.ms)) - start;
}

/** Rows are `{ name, ms, ok, startedAt? }`; the last line gives the run's total time. */
export function phaseTable(rows) {
  const width = Math.max(5, ...rows.map((row) => row.name.length));
  const line = (name, ms, result) =>
    `${name.padEnd(width)}  ${formatDuration(ms).padStart(8)}  ${result}`;
  return [
    `${'phase'.padEnd(width)}  ${'duration'.padStart(8)}  result`,
    ...rows.map((row) => line(row.name, row.ms, row.ok ? 'ok' : 'FAILED')),
    line('total', wallTime(rows), rows.every((row) => row.ok) ? 'ok' : 'FAILED'),
  ].join('\n');
}

/** Reads rows back from a PHASES_FILE. */
export function parsePhases(text) {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, ms, ok, startedAt] = line.split('\t');
      return {
        name,
        ms: Number(ms),
        ok: ok === 'ok',
        ...(startedAt ? { startedAt: Number(startedAt) } : {}),
      };
    });
}

export function recordPhase(row, file = process.env.PHASES_FILE) {
  if (file) {
    appendFileSync(
      file,
      `${row.name}\t${row.ms}\t${row.ok ? 'ok' : 'failed'}\t${row.startedAt ?? ''}\n`,
    );
  }
}
