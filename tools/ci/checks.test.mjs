/**
 * The checks `npm test` relies on, shown to fail when they should: an unformatted file, dead
 * code, and a suite whose API cannot start (which must end, not hang until CI's time limit).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { phaseTable } from './phases.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function run(command, args, cwd = root, timeout = 120_000) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

/** The tracked tree (with uncommitted edits) copied away, sharing the installed packages. */
function copyOfTree() {
  const copy = mkdtempSync(join(tmpdir(), 'bgb-tree-'));
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'])
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(root, file), join(copy, file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error; // deleted but not yet committed
    }
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

describe('checks on a planted violation', () => {
  let tree;
  before(() => {
    tree = copyOfTree();
  });
  after(() => rmSync(tree, { recursive: true, force: true }));

  it('format:check fails on an unformatted file and names it', () => {
    writeFileSync(join(tree, 'libs/domain/src/unformatted.ts'), 'export const   x = {a:1}\n');
    const result = run('npm', ['run', '--silent', 'format:check'], tree);
    assert.notEqual(result.status, 0, result.output);
    assert.match(result.output, /libs\/domain\/src\/unformatted\.ts/);
  });

  it('deadcode fails on a file nothing imports and names it', () => {
    writeFileSync(join(tree, 'libs/domain/src/forgotten-rule.ts'), 'export const forgotten = 1;\n');
    const result = run('npm', ['run', '--silent', 'deadcode'], tree);
    assert.notEqual(result.status, 0, result.output);
    assert.match(result.output, /libs\/domain\/src\/forgotten-rule\.ts/);
  });
});

describe('a suite whose API cannot start', () => {
  it('fails and exits within a minute', () => {
    const started = Date.now();
    const result = run(
      'npx',
      ['jest', '-c', 'tools/ci/fixtures/jest.config.cjs', '--ci'],
      root,
      60_000,
    );
    assert.equal(result.signal, null, `jest was still running after 60 s:\n${result.output}`);
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /API exited/);
    assert.ok(Date.now() - started < 60_000);
  });
});

describe('phaseTable', () => {
  it('lists each phase with its duration and sums them up', () => {
    const table = phaseTable([
      { name: 'format', ms: 9_400, ok: true },
      { name: 'e2e (embedded)', ms: 185_000, ok: false },
    ]);
    assert.equal(
      table,
      [
        'phase           duration  result',
        'format            0m 09s  ok',
        'e2e (embedded)    3m 05s  FAILED',
        'total             3m 14s  FAILED',
      ].join('\n'),
    );
  });

  it('counts phases that ran side by side once in the total', () => {
    const table = phaseTable([
      { name: 'build', ms: 60_000, ok: true, startedAt: 0 },
      { name: 'embedded', ms: 200_000, ok: true, startedAt: 60_000 },
      { name: 'postgres', ms: 150_000, ok: true, startedAt: 61_000 },
    ]);
    assert.match(table.split('\n').at(-1), /^total\s+4m 20s\s+ok$/);
  });
});
