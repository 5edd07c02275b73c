import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/**
 * The modules a file loads when it is imported: its static value imports and re-exports, followed through the
 * repository's own files (`import type` and `export type` load nothing; a dynamic `import()` loads only when it runs).
 */
function staticallyLoaded(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [path.resolve(SRC, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const ts = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      pending.push(existsSync(ts) ? ts : `${ts}x`);
    }
  }
  return new Set([...seen].map((file) => (path.isAbsolute(file) ? path.relative(SRC, file) : file)));
}

describe('what building the command line loads', () => {
  it('follows static imports and leaves out type-only and dynamic ones', () => {
    const loaded = staticallyLoaded('cli/main.ts');
    expect(loaded).toContain('cli/main.ts');
    expect(loaded).toContain('cli/options.ts');
    expect(loaded).toContain('commander');
  });

  it('is no stage, store, server, settings schema or vocabulary: clinq --help, and each command before it runs, loads only the command line', () => {
    const loaded = [...staticallyLoaded('cli/main.ts')];
    const heavy = loaded.filter(
      (m) =>
        /^(?:answer|search|audience|corpus|store|server|editorial\/index)/.test(m) ||
        ['main.ts', 'clinq.ts', 'config.ts', 'zod', 'hono', '@hono/node-server', 'better-sqlite3', 'cli-progress'].includes(m),
    );
    expect(heavy).toEqual([]);
  });

  it('loads the server only for serve and start, and the answer stages only for ask', () => {
    // The commands that do not answer questions never reach the answer stages, even when they run.
    for (const run of ['cli/ingest-run.ts', 'cli/info-command.ts', 'cli/user-command.ts']) {
      const loaded = [...staticallyLoaded(run)];
      expect(loaded.filter((m) => /^(?:answer|search|audience|server)\//.test(m) || m === 'main.ts' || m === 'clinq.ts'), run).toEqual([]);
    }
  });
});

describe('npm start and npm run clinq', () => {
  it('run the command line in one node process through bin/clinq.js, as npx clinq does (the tsx command starts a second node)', () => {
    const scripts = (JSON.parse(readFileSync(path.resolve(SRC, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('node bin/clinq.js start');
    expect(scripts.clinq).toBe('node bin/clinq.js');
  });
});
