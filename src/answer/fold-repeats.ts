import type { Selection } from './select-sentences.js';

// A point whose word pairs are nearly all in an earlier point repeats it. Pairs, not words: "Four cases with negative
// Hawkins sign developed necrosis" shares most words with "Hawkins sign was observed in 12 cases, of which none
// developed necrosis" but says the opposite.
const REPEATED_PAIRS = 0.8;

function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

function repeats(later: ReadonlySet<string>, earlier: ReadonlySet<string>): boolean {
  let said = 0;
  for (const pair of later) if (earlier.has(pair)) said += 1;
  return later.size > 0 && said >= later.size * REPEATED_PAIRS;
}

/**
 * The points in order without repeats: a supporting finding or a distinction may say again what an earlier point
 * says (a record's title repeating its first sentence). A repeat from an article the earlier point cites is dropped;
 * one from another article that says the same in turn (not merely a name the earlier point also uses) becomes one
 * more citation of the earlier point, at most two as selectSentences allows, and is otherwise kept as it is.
 * Returns each kept selection, with its added citations, under the original.
 */
export function foldRepeats(selections: readonly Selection[]): Map<Selection, Selection> {
  const kept = new Map<Selection, Selection>();
  const said: [Selection, ReadonlySet<string>][] = [];
  for (const selection of selections) {
    const pairs = wordPairs(selection.passage.text);
    const found = said.find(([, earlier]) => repeats(pairs, earlier));
    const shown = found && (kept.get(found[0]) as Selection);
    const cited = new Set(shown ? [shown.passage, ...shown.alsoSaidBy].map((p) => p.pmid) : []);
    if (!found || !shown) {
      kept.set(selection, selection);
      said.push([selection, pairs]);
    } else if (!cited.has(selection.passage.pmid)) {
      if (!repeats(found[1], pairs) || shown.alsoSaidBy.length >= 2) {
        kept.set(selection, selection);
        said.push([selection, pairs]);
      } else kept.set(found[0], { passage: shown.passage, alsoSaidBy: [...shown.alsoSaidBy, selection.passage] });
    }
  }
  return kept;
}
