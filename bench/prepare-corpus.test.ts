import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workDir } from './prepare-corpus.js';

describe('workDir', () => {
  it('is bench/.work in the repository by default', () => {
    expect(workDir('/repo', {})).toBe(join('/repo', 'bench', '.work'));
  });

  it('is CLINQ_BENCH_WORK when set, so two runs over different files do not rebuild each other\'s corpus', () => {
    expect(workDir('/repo', { CLINQ_BENCH_WORK: '/tmp/other' })).toBe('/tmp/other');
  });
});
