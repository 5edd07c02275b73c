import { describe, expect, it } from 'vitest';
import { buildConceptLexicon } from './build-concept-lexicon.js';
import { createBrandLexicon } from './brands-written.js';

const lexicon = buildConceptLexicon({ brandNames: { keytruda: ['pembrolizumab'], lipitor: ['atorvastatin', 'statin'] } });
// A corpus whose articles write "Keytruda" (and pembrolizumab, statin) but never "Lipitor".
const counts: Record<string, number> = { keytruda: 3, pembrolizumab: 40, statin: 12 };
const store = { documentFrequencies: async (stems: readonly string[]) => new Map(stems.map((s) => [s, counts[s] ?? 0])) };

describe('createBrandLexicon', () => {
  it('reads a brand the corpus writes as its own name, without its generic names', async () => {
    const known = await createBrandLexicon(store, lexicon)('Which company produces Keytruda?');
    expect(known.alternativesOf('keytruda')).toBeUndefined();
    expect(known.genericsOf?.('keytruda')).toEqual([]);
  });

  it('keeps the generic names of a brand no article writes', async () => {
    const known = await createBrandLexicon(store, lexicon)("I'm on Lipitor and my LDL is still high");
    expect(known.alternativesOf('lipitor')).toEqual(['atorvastatin', 'statin']);
  });

  it('looks nothing up for a question that names no brand', async () => {
    let asked = 0;
    const counting = { documentFrequencies: async (stems: readonly string[]) => ((asked += 1), new Map(stems.map((s) => [s, 1]))) };
    const known = await createBrandLexicon(counting, lexicon)('Does aspirin prevent stroke?');
    expect(known).toBe(lexicon);
    expect(asked).toBe(0);
  });
});
