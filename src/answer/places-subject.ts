import type { QuestionAnalysis } from './analyze-question.js';
import { stemOf, stemsMatch } from './content-terms.js';
// Where-questions ("Where is X located?", "In which organelle is X localized?") and the sentences that answer them by
// naming a place of the asked sort: an organ, a tissue, a cell or its compartment, a chromosome band, a region.

// Questions that ask where something is, lies, is made or comes from.
const WHERE_QUESTION =
  /^\s*(?:where\b|(?:in|on|at|from) (?:which|what) (?:\w+ ){0,2}?(?:organs?|tissues?|cells?|cell types?|compartments?|organelles?|chromosomes?|regions?|parts?|sites?)\b)|\b(?:subcellular|cellular) locali[sz]ation\b|\bwhich chromosome\b/i;

// Places of the body and the cell, as nouns ("in the eye", "in neuronal presynaptic terminals").
const PLACE_NOUN =
  /^(?:heart|atri(?:um|a)|ventricles?|myocardium|auricles?|liver|kidneys?|lungs?|brain|cortex|cerebellum|hippocampus|hypothalamus|pituitary|spinal|nerves?|eyes?|eyeballs?|retina|cornea|lens|ears?|cochlea|skin|epidermis|dermis|gut|intestines?|colon|stomach|duodenum|ileum|jejunum|oesophagus|esophagus|pancreas|spleen|thymus|thyroid|adrenals?|marrow|bones?|muscles?|testis|testes|ovar(?:y|ies)|uterus|placenta|prostate|bladder|breast|blood|plasma|serum|lymph|nodes?|vessels?|endothelium|epithelium|mucosa|chamber|sperm|spermatozoa|spermatids?|oocytes?|eggs?|neurons?|synapses?|terminals?|axons?|dendrites?|nucleus|nuclei|nucleolus|nucleoplasm|cytoplasm|cytosol|membranes?|mitochondri(?:on|a)|reticulum|golgi|lysosomes?|endosomes?|peroxisomes?|vesicles?|cilia|cilium|centrosomes?|centrioles?|chromatin|nucleoskeleton|envelope|matrix|surface|chromosomes?|upstream|downstream|promoters?|exons?|introns?|utr)$/i;
// The same places as adjectives ("a cardiac hormone", "mitochondrial single-stranded DNA binding protein").
const PLACE_ADJECTIVE =
  /^(?:cardiac|myocardial|atrial|ventricular|hepatic|renal|pulmonary|cerebral|cortical|neuronal|neural|synaptic|presynaptic|postsynaptic|ocular|retinal|corneal|cochlear|cutaneous|dermal|epidermal|intestinal|gastric|colonic|pancreatic|splenic|thyroid|adrenal|skeletal|testicular|ovarian|uterine|placental|prostatic|endothelial|epithelial|mucosal|nuclear|cytoplasmic|cytosolic|mitochondrial|lysosomal|endosomal|peroxisomal|ciliary|extracellular|intracellular|transmembrane|membrane-bound|secreted)$/i;
// A chromosome band ("Xp21", "17q21.31") or a chromosome by number or letter.
const BAND = /^(?:[0-9]{1,2}|x|y)[pq][0-9]{1,2}(?:\.[0-9]+)?$/i;

// Words that put a thing in a place: locative prepositions and verbs of lying, being made or coming from.
const LOCATIVE =
  /^(?:in|within|inside|into|on|at|from|by|underneath|beneath|near|throughout|located|localized|localised|locali[sz]es|expressed|found|produced|secreted|synthesized|synthesised|released|derived|originat\w*|resid\w*|lies|lie|situated|positioned|confined|restricted|enriched|concentrated|targeted|anchored|bound)$/i;

/** Whether a question asks where something is ("Where are the complexins expressed?", "Which chromosome ...?"). */
export function asksWhere(question: string): boolean {
  return WHERE_QUESTION.test(question);
}

// The question's words that ask for a place rather than name what is placed ("body", "organelle", "found").
const SCAFFOLD = /^(?:body|part|parts|organs?|tissues?|cells?|cell|organelles?|compartments?|regions?|sites?|typically|usually|normally)$/i;

// How many words open a sentence, where its subject stands.
const OPENING = 6;

// Nouns of a part of something, after which "of" places ("the anterior chamber of the eye").
const PART = /^(?:sites?|parts?|components?|regions?|layers?|walls?|linings?|surfaces?|chambers?|compartments?|segments?|portions?|areas?|zones?|side)$/i;

// How many words before the locative word the placed thing may be named ("Complexins (CPLXs), initially identified in").
const SUBJECT_SPAN = 8;

/**
 * Whether a sentence answers a where-question by placing what it asks about: a place of the body or the cell that
 * the question does not itself name, after a locative word with at most a few modifiers between ("produced in the
 * heart", "in the anterior chamber of the eye", "in mammalian mitochondria"), within a few words of the thing placed.
 */
export function namesPlace(analysis: QuestionAnalysis, text: string): boolean {
  if (!asksWhere(analysis.question)) return false;
  const asked = new Set(analysis.question.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []);
  const placed = analysis.concepts
    .filter((c) => !c.generic && !SCAFFOLD.test(c.word) && !LOCATIVE.test(c.word) && !PLACE_NOUN.test(c.word))
    .map((c) => c.stem.split(' ')[0] as string);
  if (!placed.length) return false;
  const words = text.match(/[\p{L}\p{N}.'-]+[,;:()]?/gu) ?? [];
  const bare = words.map((w) => w.replace(/^[.'-]+|[.'-]*[,;:()]?$/g, ''));
  const stems = bare.map((w) => stemOf(w.toLowerCase()));
  const namesPlaced = (from: number, to: number) => stems.slice(from, to).some((s) => placed.some((p) => stemsMatch(s, p)));
  // A sentence opening with the thing asked about places it wherever it names a place ("In this respect, Peyer's
  // patches (PP), represent ... the major component of the gut-associated lymphoid tissue").
  const opensWith = namesPlaced(0, OPENING);
  return bare.some((w, i) => {
    const lower = w.toLowerCase();
    if (asked.has(lower) || asked.has(lower.replace(/s$/, ''))) return false;
    if (!BAND.test(w) && !PLACE_NOUN.test(w) && !PLACE_ADJECTIVE.test(w)) return false;
    // A place further on in a phrase names what the phrase is about ("in the control of synaptic vesicle fusion").
    // "Of myocardial cell origin" places by the noun after the place.
    if (bare.slice(i + 1, i + 3).some((b) => /^origins?$/i.test(b))) return true;
    // "Of" places too after a part of something ("the major component of the gut", "a site of the body").
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const b = (bare[k] as string).toLowerCase();
      const partOf = b === 'of' && (PART.test(bare[k - 1] ?? '') || PLACE_NOUN.test(bare[k - 1] ?? ''));
      if (LOCATIVE.test(b) || partOf) return opensWith || namesPlaced(Math.max(0, k - SUBJECT_SPAN), k) || namesPlaced(i + 1, i + 1 + SUBJECT_SPAN);
      if (/^(?:of|and|or|with|to|for|that|which|as)$/.test(b) || /[,;:()]$/.test(words[k] as string)) return false;
    }
    return false;
  });
}
