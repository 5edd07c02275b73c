import { contentTerms } from './content-terms.js';
import type { QuestionSynonym } from './expand-abbreviations.js';

/**
 * Medicine names organs by their Greek or Latin roots: a paper on "cholecystectomy" speaks of the gallbladder, one on
 * "splenectomy" or "hepatosplenomegaly" of the spleen, "oromandibular dystonia" of the jaw. A reader asks by the
 * English word; the article may never write it. Each entry below is one organ's everyday names and the combining forms
 * medical words are built from; a word of an article that holds one of those forms (at its start or after a prefix or
 * another root: "oro-mandibular", "sub-mandibular") speaks of the organ.
 *
 * Kept to organs whose English name and root differ, and to forms of five letters or more that no everyday word
 * holds: not "cyst" (bladder; any cyst), "mast" (breast; mast cells), "uter" (womb; "computer"), "renal" (kidney;
 * "adrenal"), "cardi" or "gastr" (the heart and stomach are written in English beside them). The same anatomy as
 * search/body-compositions.ts, which the answer stage may not import.
 */
const ORGAN_ROOTS: readonly { lay: readonly string[]; roots: readonly string[] }[] = [
  { lay: ['gallbladder', 'gall bladder'], roots: ['cholecyst'] },
  { lay: ['spleen'], roots: ['splen'] },
  { lay: ['kidney', 'kidneys'], roots: ['nephr'] },
  { lay: ['liver'], roots: ['hepat'] },
  { lay: ['womb'], roots: ['uteru', 'uterin', 'hysterect'] },
  { lay: ['ovary', 'ovaries'], roots: ['ovari', 'oophor'] },
  { lay: ['testicle', 'testicles'], roots: ['testic', 'orchi'] },
  { lay: ['jaw', 'jaws'], roots: ['mandib', 'maxill', 'gnath'] },
  { lay: ['appendix'], roots: ['appendic', 'appendect'] },
  { lay: ['tonsil', 'tonsils'], roots: ['tonsil'] },
  { lay: ['voice box', 'voicebox'], roots: ['laryn'] },
  { lay: ['windpipe'], roots: ['trache'] },
  { lay: ['gullet', 'food pipe'], roots: ['esophag', 'oesophag'] },
];

// A form inside a longer everyday word: "splendid" is not the spleen, "orchid" not a testicle.
const NOT_A_ROOT = /splend|^orchid$/u;

/**
 * The organs the question names in everyday English, as synonyms a text speaks of when one of its words holds the
 * organ's root: the question's stems for the organ, and the roots.
 */
export function organRootSynonyms(question: string): QuestionSynonym[] {
  const lower = question.toLowerCase();
  return ORGAN_ROOTS.flatMap((organ) => {
    const named = organ.lay.find((lay) => new RegExp(`(?<![\\p{L}\\p{N}])${lay}(?![\\p{L}\\p{N}])`, 'u').test(lower));
    if (named === undefined) return [];
    const stems = contentTerms(named).map((t) => t.stem);
    return stems.length ? [{ stems, names: [], roots: organ.roots }] : [];
  });
}

/** Whether some stem of a text holds one of the roots as an organ's combining form. */
export function holdsRoot(stems: ReadonlySet<string>, roots: readonly string[]): boolean {
  for (const stem of stems) if (roots.some((r) => stem.includes(r)) && !NOT_A_ROOT.test(stem)) return true;
  return false;
}
