/**
 * Everyday "<body part> <condition>" phrases ("throat cancer", "stomach operation", "kidney stones", "inflamed
 * appendix", "removal of the gallbladder") read as the MeSH descriptors medicine builds from the same two parts:
 * the body part's medical adjective or noun with the condition's heading ("Pharyngeal Neoplasms", "Kidney Calculi"),
 * or its Greek or Latin stem with the condition's suffix ("gastr" + "ectomy", "append" + "icitis"). Only names the MeSH
 * tree holds are returned, so the tables below propose and MeSH decides; a body part or condition the tables lack
 * composes nothing.
 */

/** A body part: its everyday names, the medical names MeSH builds headings from, and its combining stems. */
type BodyPart = { lay: readonly string[]; names: readonly string[]; stems: readonly string[] };

/** General anatomy in everyday words. Each entry is one organ or region; two medical names where English has one word for two ("throat"). */
const BODY_PARTS: readonly BodyPart[] = [
  { lay: ['throat'], names: ['pharyngeal', 'laryngeal'], stems: ['pharyng', 'laryng'] },
  { lay: ['voice box', 'voicebox'], names: ['laryngeal'], stems: ['laryng'] },
  { lay: ['windpipe'], names: ['tracheal'], stems: ['trache'] },
  { lay: ['food pipe', 'gullet', 'oesophagus', 'esophagus', 'swallowing tube'], names: ['esophageal'], stems: ['esophag'] },
  { lay: ['stomach', 'tummy'], names: ['stomach', 'gastric'], stems: ['gastr'] },
  { lay: ['bowel', 'bowels', 'gut', 'intestine', 'intestines'], names: ['intestinal', 'colorectal'], stems: ['col', 'enter'] },
  { lay: ['colon'], names: ['colonic', 'colorectal'], stems: ['col'] },
  { lay: ['back passage', 'rectum'], names: ['rectal'], stems: ['proct'] },
  { lay: ['kidney', 'kidneys'], names: ['kidney', 'renal'], stems: ['nephr'] },
  { lay: ['bladder'], names: ['urinary bladder'], stems: ['cyst'] },
  { lay: ['womb', 'uterus'], names: ['uterine'], stems: ['hyster'] },
  { lay: ['ovary', 'ovaries'], names: ['ovarian'], stems: ['oophor'] },
  { lay: ['testicle', 'testicles', 'testis', 'testes'], names: ['testicular'], stems: ['orchi', 'orch'] },
  { lay: ['prostate', 'prostate gland'], names: ['prostatic'], stems: ['prostat'] },
  { lay: ['breast', 'breasts'], names: ['breast'], stems: ['mast'] },
  { lay: ['liver'], names: ['liver'], stems: ['hepat'] },
  { lay: ['gallbladder', 'gall bladder'], names: ['gallbladder'], stems: ['cholecyst', 'chole'] },
  { lay: ['pancreas'], names: ['pancreatic'], stems: ['pancreat'] },
  { lay: ['spleen'], names: ['splenic'], stems: ['splen'] },
  { lay: ['appendix'], names: ['appendiceal'], stems: ['append', 'appendic'] },
  { lay: ['tonsil', 'tonsils'], names: ['tonsillar'], stems: ['tonsill'] },
  { lay: ['adenoid', 'adenoids'], names: ['adenoid'], stems: ['adenoid'] },
  { lay: ['thyroid', 'thyroid gland'], names: ['thyroid'], stems: ['thyroid'] },
  { lay: ['lung', 'lungs'], names: ['lung'], stems: ['pneumon'] },
  { lay: ['heart'], names: ['heart'], stems: ['card'] },
  { lay: ['brain'], names: ['brain', 'cerebral'], stems: ['encephal'] },
  { lay: ['nerve', 'nerves'], names: ['nerve'], stems: ['neur'] },
  // No stem for skin: a "skin infection" is no dermatitis.
  { lay: ['skin'], names: ['skin'], stems: [] },
  { lay: ['bone', 'bones'], names: ['bone'], stems: ['oste', 'osteomyel'] },
  { lay: ['joint', 'joints'], names: ['joint'], stems: ['arthr'] },
  { lay: ['muscle', 'muscles'], names: ['muscle'], stems: ['my', 'myos'] },
  { lay: ['vein', 'veins'], names: ['venous'], stems: ['phleb'] },
  { lay: ['ear', 'ears'], names: ['ear'], stems: ['ot'] },
  { lay: ['eye', 'eyes'], names: ['eye'], stems: ['ophthalm'] },
  { lay: ['nose'], names: ['nose', 'nasal'], stems: ['rhin'] },
  { lay: ['sinus', 'sinuses'], names: ['paranasal sinus'], stems: ['sinus'] },
  { lay: ['mouth'], names: ['mouth'], stems: ['stomat'] },
  { lay: ['gum', 'gums'], names: ['gingival'], stems: ['gingiv'] },
  { lay: ['tongue'], names: ['tongue'], stems: ['gloss'] },
  { lay: ['blood'], names: ['hematologic'], stems: [] },
  { lay: ['spine', 'backbone'], names: ['spinal'], stems: ['spondyl'] },
];

/** A condition: its everyday words, the MeSH headings it is written with after a body name, and the suffixes after a stem. */
type Condition = { lay: readonly string[]; headings: readonly string[]; suffixes: readonly string[] };

const CONDITIONS: readonly Condition[] = [
  { lay: ['cancer', 'cancers', 'tumour', 'tumours', 'tumor', 'tumors'], headings: ['neoplasms'], suffixes: [] },
  { lay: ['removal', 'removed', 'remove', 'removing', 'out', 'taken out', 'operation', 'operations', 'surgery', 'surgeries'], headings: [], suffixes: ['ectomy'] },
  { lay: ['inflammation', 'inflamed', 'infection', 'infections', 'infected'], headings: ['infections'], suffixes: ['itis', 'icitis'] },
  { lay: ['pain', 'pains', 'ache', 'aches', 'aching'], headings: ['pain'], suffixes: ['algia', 'odynia'] },
  { lay: ['stone', 'stones'], headings: ['calculi'], suffixes: ['lithiasis', 'olithiasis'] },
  { lay: ['bleeding', 'bleed', 'bleeds'], headings: ['hemorrhage'], suffixes: ['rrhagia'] },
  { lay: ['failure', 'failing'], headings: ['failure', 'insufficiency'], suffixes: [] },
  { lay: ['disease', 'diseases', 'problem', 'problems', 'trouble', 'disorder', 'disorders'], headings: ['diseases'], suffixes: [] },
  { lay: ['injury', 'injuries', 'damage', 'damaged'], headings: ['injuries', 'injury'], suffixes: [] },
  { lay: ['transplant', 'transplants'], headings: ['transplantation'], suffixes: [] },
  { lay: ['ulcer', 'ulcers'], headings: ['ulcer'], suffixes: [] },
];

/** A verb saying what state a body part is in: "appendix is inflamed", "kidneys are failing". */
const STATES = /^(?:is|are|was|were|got|gets|being|been)$/u;

/** Words between a condition and its body part: "cancer of the throat", "infection in my ear". */
const LINKS = /^(?:of|in|on|to)(?: (?:the|my|your|his|her|their|our|a|an))?$/u;

const bodyByLay = new Map<string, BodyPart>(BODY_PARTS.flatMap((part) => part.lay.map((lay) => [lay, part] as const)));
const conditionByLay = new Map<string, Condition>(CONDITIONS.flatMap((c) => c.lay.map((lay) => [lay, c] as const)));

/** The body part and condition a phrase names, in either order ("throat cancer", "cancer of the throat"), or undefined. */
export function splitBodyPhrase(phrase: string): { part: BodyPart; condition: Condition } | undefined {
  const words = phrase.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  for (let cut = 1; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    // "<body> <condition>": "throat cancer", "food pipe cancer", "tonsils removed", "appendix is inflamed".
    const part = bodyByLay.get(head);
    const condition = conditionByLay.get(tail) ?? (STATES.test(words[cut] ?? '') ? conditionByLay.get(words.slice(cut + 1).join(' ')) : undefined);
    if (part && condition) return { part, condition };
    // "<condition> of the <body>": "removal of the gallbladder", "infection in my ear", "inflamed appendix".
    const first = conditionByLay.get(head);
    if (first) {
      // "inflamed appendix", "bleeding gums" join the two directly.
      for (let link = 0; link <= 2 && cut + link < words.length; link++) {
        const between = words.slice(cut, cut + link).join(' ');
        const body = bodyByLay.get(words.slice(cut + link).join(' '));
        if (body && (link === 0 || LINKS.test(between))) return { part: body, condition: first };
      }
    }
  }
  return undefined;
}

const title = (text: string) => text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

/**
 * The MeSH descriptor names an everyday body-part phrase composes to, as MeSH writes them ("Pharyngeal Neoplasms",
 * "Gastrectomy"); `isMeshName` says whether a folded name is a descriptor. Empty when the phrase is no such phrase.
 */
export function composedDescriptors(phrase: string, isMeshName: (folded: string) => boolean): string[] {
  const split = splitBodyPhrase(phrase);
  if (!split) return [];
  const { part, condition } = split;
  const candidates = [
    ...part.names.flatMap((name) => condition.headings.map((heading) => `${name} ${heading}`)),
    ...part.stems.flatMap((stem) => condition.suffixes.map((suffix) => `${stem}${suffix}`)),
  ];
  return [...new Set(candidates.filter(isMeshName).map(title))];
}
