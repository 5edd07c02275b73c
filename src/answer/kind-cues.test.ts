import { describe, expect, it } from 'vitest';
import { cueCount } from './kind-cues.js';

describe('cueCount', () => {
  it('hears a cure as treatment: the resection and its being curative are two cues', () => {
    expect(cueCount('treatment', 'Tracheal resection is the primary curative method for this rare tumour.')).toBe(2);
    expect(cueCount('treatment', 'Gene therapy cured the disease in mice.')).toBe(2);
  });

  it('hears a misdiagnosis as diagnosis, but not a curriculum or an accurate watch as cues of the wrong kind', () => {
    expect(cueCount('diagnosis', 'The cyst was misdiagnosed as a pulmonary hydatid cyst.')).toBe(1);
    expect(cueCount('treatment', 'The curriculum was revised.')).toBe(0);
  });

  it('hears a patient presenting, not the authors presenting their work', () => {
    expect(cueCount('presentation', 'The patient presented with fever and a rash.')).toBe(3);
    expect(cueCount('presentation', 'Here we present a detailed comparison of the promoter sequences.')).toBe(0);
    expect(cueCount('presentation', 'The results are presented for each group.')).toBe(0);
  });
});
