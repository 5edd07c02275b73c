/** Which files an ingest reads when it is given directories as well as files. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ClinqError } from '../domain/index.js';

/** The names ingest takes from a directory: PubMed XML, plain or gzipped. */
const PUBMED_FILE = /\.xml(\.gz)?$/i;

/**
 * The files to ingest and, for each directory given, how many PubMed files it held and the names it left out (other
 * files, and subdirectories with a trailing "/"; hidden entries are not named).
 */
export type PubmedFiles = { files: string[]; directories: { path: string; count: number; leftOut: string[] }[] };

/**
 * Each path as given, except that a directory stands for its *.xml and *.xml.gz files (not hidden ones, nor its subdirectories), sorted
 * by name; a directory with none is refused. Paths that cannot be read are kept, so ingest reports them with the rest.
 */
export async function pubmedFilesFrom(paths: string[]): Promise<PubmedFiles> {
  const files: string[] = [];
  const directories: PubmedFiles['directories'] = [];
  for (const given of paths) {
    const isDirectory = await stat(given).then((s) => s.isDirectory(), () => false);
    if (!isDirectory) {
      files.push(given);
      continue;
    }
    const entries = await readdir(given, { withFileTypes: true });
    // Symbolic links are followed like any named file; subdirectories are not read (a baseline mirror is flat).
    // Hidden files are left out as a shell's *.xml would: a folder copied from a Mac holds "._pubmed25n0001.xml.gz",
    // binary resource forks that would each fail as "not PubMed XML".
    const found = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && PUBMED_FILE.test(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    if (found.length === 0) {
      const others = entries.length === 0 ? 'it is empty' : `it holds ${entries.length} other entr${entries.length === 1 ? 'y' : 'ies'}`;
      throw new ClinqError(
        'invalid_request',
        `ingest: ${given} holds no PubMed files (*.xml or *.xml.gz; ${others}, and subdirectories are not read); name the files to ingest, or a directory that holds them`,
      );
    }
    // Naming what was passed over tells the person whose MEDLINE text, .nxml or nested folder was not read why.
    const leftOut = entries
      .filter((e) => !e.name.startsWith('.') && !found.includes(e.name))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
    directories.push({ path: given, count: found.length, leftOut });
    files.push(...found.map((name) => path.join(given, name)));
  }
  return { files, directories };
}
