import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pubmedFilesFrom } from './pubmed-files.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clinq-files-'));
  await mkdir(path.join(dir, 'mirror', 'nested'), { recursive: true });
  // "._" files are the resource forks a Mac leaves beside each file it copies; ".partial.xml" a hidden download.
  for (const name of ['pubmed25n0002.xml.gz', 'pubmed25n0001.xml.gz', 'extra.xml', 'README.txt', 'nested/pubmed25n0003.xml.gz', '._pubmed25n0001.xml.gz', '.partial.xml']) {
    await writeFile(path.join(dir, 'mirror', name), '');
  }
  await mkdir(path.join(dir, 'empty'));
  await mkdir(path.join(dir, 'other'));
  await writeFile(path.join(dir, 'other', 'notes.txt'), '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pubmedFilesFrom', () => {
  it('reads a directory as its .xml and .xml.gz files sorted by name, not hidden ones or its subdirectories, and counts them', async () => {
    const mirror = path.join(dir, 'mirror');
    expect(await pubmedFilesFrom([mirror])).toEqual({
      files: ['extra.xml', 'pubmed25n0001.xml.gz', 'pubmed25n0002.xml.gz'].map((f) => path.join(mirror, f)),
      directories: [{ path: mirror, count: 3, leftOut: ['README.txt', 'nested/'] }],
    });
  });

  it('keeps named files, even missing ones, as given and in order', async () => {
    const missing = path.join(dir, 'missing.xml');
    const named = path.join(dir, 'mirror', 'README.txt');
    const { files } = await pubmedFilesFrom([missing, path.join(dir, 'mirror'), named]);
    expect(files[0]).toBe(missing);
    expect(files.at(-1)).toBe(named);
    expect(files).toHaveLength(5);
  });

  it('refuses a directory with no PubMed files, saying what it holds', async () => {
    await expect(pubmedFilesFrom([path.join(dir, 'empty')])).rejects.toThrow(
      `ingest: ${path.join(dir, 'empty')} holds no PubMed files (*.xml or *.xml.gz; it is empty, and subdirectories are not read)`,
    );
    await expect(pubmedFilesFrom([path.join(dir, 'other')])).rejects.toThrow(/it holds 1 other entry/);
  });
});
