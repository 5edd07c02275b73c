import type { QuestionAnalysis } from './analyze-question.js';
import { askedNoun, asksForThing } from './names-asked.js';

// A factoid question asking for a thing of a kind ("What chromosome is involved in DiGeorge syndrome?", "Which enzyme
// is deficient in X?", "What organism causes X?") is answered by a sentence naming one of that kind ("a DGS critical
// region in band 22q11"), which the kind's own shape tells whether or not the kind's word stands beside it; a
// definition of the subject ("DiGeorge syndrome (DGS) is characterized by aplasia of the thymus ...") names none.

/**
 * A kind of thing a question may ask for, and how a name of that kind is written. `symbolOnly` marks a kind told by a
 * symbol's shape alone ("DFNB9", "SCN4A"), which does not tell a gene from its protein or a locus: such a name does not
 * speak of the kind's word (askedKindWord). `spelledByQuestion` marks a kind whose names are often short forms of the
 * question's own words ("deep cancer subtype classification (DeepCC)"): those still name one of the kind. `calls`
 * reads the names a sentence says are of the kind ("a database named 3DIV"), not merely uses ("DeepCC captured ...").
 */
type KindShape = { asks: RegExp; names: (text: string) => string[]; calls?: (text: string) => string[]; symbolOnly?: boolean; spelledByQuestion?: boolean };

// A chromosome band ("22q11", "Xp21.2", "17q21.31") or a chromosome by number or letter ("chromosome 22").
const BAND = /(?<![\p{L}\p{N}])(?:[1-9]|1[0-9]|2[0-2]|X|Y)[pq](?:[1-9][0-9]?(?:\.[0-9]+)?)?(?![\p{L}\p{N}])/gu;
const CHROMOSOME_NUMBER = /\bchromosomes?\s+(?:[1-9]|1[0-9]|2[0-2]|X|Y)\b(?!\s*%)/g;
// A gene or protein symbol: capitals with a digit ("WFS1", "SCN4A", "BRCA2", "TP53"), or capitals beside a word
// saying it is a gene ("PTEN mutations", "mutations in PTEN", "the TWIST gene").
const SYMBOL_WITH_DIGIT = /(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]{0,7}[0-9][A-Z0-9]{0,4}(?![\p{L}\p{N}])/gu;
const SYMBOL_BESIDE_GENE = /\b([A-Z][A-Z0-9-]{2,9})\s+(?:gene|genes|mutations?|variants?|protein|deletions?|alleles?)\b|\b(?:mutations?|variants?|deletions?)\s+(?:in|of)\s+(?:the\s+)?([A-Z][A-Z0-9-]{2,9})\b/g;
// An enzyme: a word ending in -ase that is no common word ("disease", "increase", "release", "phase").
const ENZYME = /\b[a-z][a-z-]{2,}ases?\b/gi;
const NOT_ENZYME = /(?:disease|increase|decrease|release|phase|base|case|ease|please|crease|purchase|erase|cease|chase|lease|showcase|database)s?$/i;
// An organism by its Latin name: "Staphylococcus aureus", "S. aureus", a genus of a telling ending, or a virus.
const ORGANISM =
  /\b[A-Z]\.\s+[a-z]{4,}\b|\b[A-Z][a-z]*(?:coccus|cocci|bacter|bacterium|bacteria|monas|bacillus|bacilli|ella|myces|plasma|spora|sporidium|treponema|borrelia|rickettsia|chlamydia|candida|aspergillus)\s+[a-z]{4,}\b|\b[A-Za-z-]*virus(?:es)?\b/g;
// A drug by the stem of its international name ("imatinib", "rituximab", "oseltamivir", "atorvastatin").
const DRUG =
  /\b[a-z]{3,}(?:mab|nib|tinib|ciclib|vir|cillin|mycin|micin|cycline|azole|pril|sartan|statin|olol|dipine|parin|floxacin|oxacin|lukast|prazole|setron|triptan|gliptin|gliflozin|glutide|platin|taxel|rubicin|mustine|cept|dronate|tidine|zepam|azepam|barbital|caine|profen|fenac|coxib|semide|thiazide|sone|solone|olone|tropin|relin|lutamide|parib|zomib|tecan|trexate|uridine|abine)\b/gi;

// A cancer or tumour by its kind's name: a word of a tumour ending ("carcinomas", "lymphoma", "glioblastoma",
// "pheochromocytoma"), a leukaemia, or a cancer named by its site ("ovarian cancer", "cancer of the breast"); not
// "familial cancers" or "a haematoma", "glaucoma" or "granuloma", which name no kind of tumour.
const TUMOUR =
  /\b[a-z-]*(?:carcin|sarc|lymph|melan|gli|blast|myel|mesotheli|aden|semin|thym|meningi|ependym|terat|hepat|insulin|neur|papill|fibr|lip|myx|chord|cyt)omas?\b|\bleuka?emias?\b/gi;
const SITE =
  '(?:breast|lung|prostate|prostatic|colorectal|colon|colonic|rectal|bowel|gastric|stomach|ovarian|endometrial|uterine|cervical|pancreatic|liver|hepatic|thyroid|bladder|kidney|renal|skin|oral|mouth|tongue|throat|esophageal|oesophageal|laryngeal|pharyngeal|nasopharyngeal|head and neck|brain|bone|testicular|biliary|gallbladder|anal|vulvar|vaginal|penile|peritoneal|tubal|small bowel|duodenal)';
const SITE_CANCER = new RegExp(`\\b${SITE}\\s+(?:cancers?|tumou?rs?|malignanc(?:y|ies)|neoplasms?)\\b|\\b(?:cancers?|tumou?rs?) of the ${SITE}\\b`, 'gi');

// A piece of software or a database, named as its makers coin such names: with a capital after a small letter
// ("GprotPRED", "MobiDB", "metPropagate", "MAGeCK"; not a molecule's prefix "mRNA", "lncRNA", "pHMMs", nor "IgG"), or
// capitals before a capitalised word ("CNEFinder"); or any name with a capital or digit past its first letter that the
// sentence calls a tool ("a database named 3DIV", "An online tool, GprotPRED, was developed", "SNP2TFBS is a
// computational resource", "We present 3DSNP, an integrated database"), or calls by name ("a method termed LOGO").
const COINED = /(?<![\p{L}\p{N}-])(?:[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*|[A-Z0-9]{2,}[A-Z][a-z]{3,})(?![\p{L}\p{N}])/gu;
const MOLECULE_PREFIX = /^(?:[a-z]{1,5}[A-Z0-9]+s?|Ig[A-Z]|[A-Z0-9]*[a-z]*ases?)$/;
const SOFTWARE_WORD =
  '(?:tools?|databases?|data ?bases?|software|packages?|algorithms?|(?:web ?)?servers?|pipelines?|frameworks?|utilit(?:y|ies)|toolkits?|toolbox(?:es)?|suites?|browsers?|viewers?|predictors?|classifiers?|resources?|methods?|approach(?:es)?|programs?|platforms?|applications?|librar(?:y|ies)|portals?|repositor(?:y|ies)|atlas(?:es)?)';
const TOOL_NAME = '([\\p{L}\\p{N}](?:[\\p{L}\\p{N}+.-]*[\\p{L}\\p{N}])?)';
// Each way of calling a name a tool is read on its own, so that one reading does not hide another at the same place.
const CALLED_TOOL = [
  `\\b${SOFTWARE_WORD}\\s*[,:]?\\s*(?:(?:called|named|termed|dubbed)\\s+)?[("“']?${TOOL_NAME}`,
  `${TOOL_NAME}["”']?\\s*(?:\\([^()]{1,80}\\)\\s*)?[,;:–—-]?\\s+(?:is\\s+|was\\s+)?(?:a|an|the|our)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,5}${SOFTWARE_WORD}\\b`,
  `\\b(?:called|named|termed|dubbed)\\s+["“']?${TOOL_NAME}`,
  `\\b${SOFTWARE_WORD},?\\s+(?:[\\p{L}\\p{N}/-]+\\s+){1,8}\\(${TOOL_NAME}\\)`,
  `\\(${TOOL_NAME}\\)\\s+${SOFTWARE_WORD}\\b`,
].map((source) => new RegExp(source, 'giu'));
// A tool its makers present, whatever its case: "We present clust, a method that ...".
const PRESENTED_TOOL = new RegExp(
  `\\b(?:present|presents|presented|introduce|introduces|describe|describes|developed|propose|proposes|report)\\s+${TOOL_NAME},\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,5}${SOFTWARE_WORD}\\b`,
  'giu',
);
// A web address: its path's words are no names ("github.com/BaselAbujamous/clust").
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
// A name past its first letter written with a capital or a digit ("3DIV", "JUCHMME", "SNP2TFBS"), not a plain word.
const NAME_SHAPED = /^.[\p{L}\p{N}+.-]*[\p{Lu}\p{N}]/u;

/** Names a sentence calls a piece of software or a database ("An online tool, GprotPRED, was developed"). */
function calledSoftware(text: string): string[] {
  const plain = text.replace(URL, ' ');
  const called = CALLED_TOOL.flatMap((re) => [...plain.matchAll(re)].map((m) => m[1] as string)).filter((w) => NAME_SHAPED.test(w));
  const presented = [...plain.matchAll(PRESENTED_TOOL)].map((m) => m[1] as string);
  return [...called, ...presented];
}

/** Names of software or databases: coined shapes anywhere, other names where the sentence calls them a tool. */
function softwareNames(text: string): string[] {
  const coined = (text.replace(URL, ' ').match(COINED) ?? []).filter((w) => !MOLECULE_PREFIX.test(w));
  return [...coined, ...calledSoftware(text)];
}

// A protein change written by residue and position ("P183", "R233X", "G542X") names a mutation, not a gene or protein.
const RESIDUE_CHANGE = /^[A-Z][0-9]{2,}[A-Z]?$/;
// A name a sentence gives a gene or protein by calling it one: "Emerin is a nuclear membrane protein", "BARD1 encodes a
// protein".
const CALLED_GENE_OR_PROTEIN = /\b([\p{L}][\p{L}\p{N}-]{2,})\s+(?:is|was|encodes)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:gene|protein)\b/gu;

/** Gene or protein names by their shape or by the sentence calling them one. */
function geneOrProteinNames(text: string): string[] {
  const symbols = [...(text.match(SYMBOL_WITH_DIGIT) ?? []), ...[...text.matchAll(SYMBOL_BESIDE_GENE)].map((m) => (m[1] ?? m[2]) as string)];
  const called = [...text.matchAll(CALLED_GENE_OR_PROTEIN)].map((m) => m[1] as string).filter((w) => !/^(?:this|that|it|which|there|one|each)$/i.test(w));
  return [...symbols.filter((s) => !RESIDUE_CHANGE.test(s)), ...called];
}

/**
 * The short forms a text defines for words of the question ("type 2 (USH2)" of "Usher syndrome type 2"): they name
 * what is asked about, not a thing of the kind asked for.
 */
function shortFormsOfAsked(text: string, asked: string): Set<string> {
  const askedWords = new Set((asked.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => (w.length >= 3 || /\d/.test(w)) && !FUNCTION_WORDS.has(w)));
  const forms = new Set<string>();
  // The words just before the bracket are what it abbreviates; the kind's own word ("a novel gene (WFS1)") is not.
  for (const m of text.matchAll(/((?:[\p{L}\p{N}-]+\s+){1,2})\(([A-Z][A-Za-z0-9-]{1,9})\)/gu)) {
    const before = (m[1] as string).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (before.some((w) => askedWords.has(w) && !SHAPES.some((shape) => shape.asks.test(w)))) forms.add((m[2] as string).toLowerCase());
  }
  return forms;
}
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'which', 'what', 'are', 'was', 'were', 'has', 'have', 'its', 'their', 'into', 'than']);

const SHAPES: KindShape[] = [
  {
    asks: /^(?:chromosomes?|loc(?:us|i)|bands?|cytobands?|chromosomal)$/,
    names: (text) => [...(text.match(BAND) ?? []), ...(text.match(CHROMOSOME_NUMBER) ?? [])],
  },
  {
    asks: /^(?:genes?|proteins?)$/,
    names: geneOrProteinNames,
    symbolOnly: true,
  },
  { asks: /^enzymes?$/, names: (text) => (text.match(ENZYME) ?? []).filter((w) => !NOT_ENZYME.test(w)) },
  {
    asks: /^(?:organisms?|microorganisms?|micro-organisms?|bacteri(?:um|a)|pathogens?|viruse?s?|fung(?:us|i)|parasites?|microbes?|species)$/,
    names: (text) => text.match(ORGANISM) ?? [],
  },
  { asks: /^(?:drugs?|medications?|medicines?|agents?)$/, names: (text) => text.match(DRUG) ?? [] },
  {
    asks: /^(?:tools?|databases?|software|packages?|algorithms?|(?:web)?servers?|pipelines?|frameworks?|utilit(?:y|ies)|toolkits?|toolbox(?:es)?|browsers?|predictors?)$/,
    names: softwareNames,
    calls: calledSoftware,
    spelledByQuestion: true,
  },
  { asks: /^(?:cancers?|tumou?rs?|malignanc(?:y|ies)|neoplasms?)$/, names: (text) => [...(text.match(TUMOUR) ?? []), ...(text.match(SITE_CANCER) ?? [])] },
];

// The words after "what"/"which" that may name the kind asked ("What protein interacts with ...?", "What mosquito species
// ...?", "What is the enzyme ...?", "What type of virus ...?").
const KIND_WORDS = 4;

/** The shape of the kind of thing a question asks for, with the word naming it: the asked noun, or a kind word just after "what"/"which". */
function askedShapeWord(question: string): { shape: KindShape; word: string } | undefined {
  const noun = askedNoun(question);
  const byNoun = noun ? SHAPES.find((s) => s.asks.test(noun)) : undefined;
  if (byNoun && noun) return { shape: byNoun, word: noun };
  const words = question.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const at = words.findIndex((w) => w === 'which' || w === 'what');
  if (at < 0) return undefined;
  for (const w of words.slice(at + 1, at + 1 + KIND_WORDS)) {
    const shape = SHAPES.find((s) => s.asks.test(w));
    if (shape) return { shape, word: w };
    // "What percentage of human genes ...?" asks for a share of genes, not for a gene: the kind stands before any
    // preposition or verb of being.
    if (/^(?:is|are|was|were|do|does|did|can|could|has|have|of|in|on|for|by|with|to|from|at|as|that|than)$/.test(w)) break;
  }
  return undefined;
}

function askedShape(question: string): KindShape | undefined {
  return askedShapeWord(question)?.shape;
}

/**
 * The word naming the kind a question asks for when that kind's names have a shape ("cancers" of "Which cancers turn up
 * more often in families with A-T?"), or undefined: a sentence naming one ("carcinomas ... leukemia and lymphoma")
 * speaks of that word without writing it.
 */
export function askedKindWord(analysis: QuestionAnalysis): string | undefined {
  const asked = askedKindNamer(analysis) ? askedShapeWord(analysis.question) : undefined;
  return asked && !asked.shape.symbolOnly ? asked.word : undefined;
}

/** Reads whether a sentence names a thing of the asked kind; see namesAskedKind. */
export type KindNamer = (text: string) => boolean;

/** The names of things of the asked kind a sentence gives, in lower case; see askedKindNames. */
type KindNames = (text: string) => string[];

// The question's kind and words are read once per question analysed: every candidate sentence is asked about them.
const readers = new WeakMap<QuestionAnalysis, KindNames | null>();

function kindNamesReader(analysis: QuestionAnalysis): KindNames | undefined {
  let reader = readers.get(analysis);
  if (reader === undefined) {
    const shape = analysis.type === 'yesno' || !asksForThing(analysis) ? undefined : askedShape(analysis.question);
    const asked = analysis.question.toLowerCase();
    reader = shape
      ? (text) => {
          const defined = shape.spelledByQuestion ? new Set<string>() : shortFormsOfAsked(text, asked);
          return shape.names(text).map((name) => name.toLowerCase().trim()).filter((name) => !asked.includes(name) && !defined.has(name));
        }
      : null;
    readers.set(analysis, reader);
  }
  return reader ?? undefined;
}

/**
 * The reader of whether a sentence names a thing of the kind a question asks for (see namesAskedKind), or undefined
 * when the question asks for no kind whose names have a shape; made once per question analysis.
 */
export function askedKindNamer(analysis: QuestionAnalysis): KindNamer | undefined {
  const reader = kindNamesReader(analysis);
  return reader ? (text) => reader(text).length > 0 : undefined;
}

/**
 * The names of things of the asked kind a sentence gives (lower case, not the question's own), or undefined when the
 * question asks for no kind whose names have a shape: "gprotpred" of "An online tool, GprotPRED, was developed ...".
 */
export function askedKindNames(analysis: QuestionAnalysis, text: string): string[] | undefined {
  return kindNamesReader(analysis)?.(text);
}

/**
 * Whether a sentence names a thing of the kind a question asks for, by the kind's shape ("22q11" for a chromosome,
 * "SCN4A" for a gene, "glucocerebrosidase" for an enzyme, "S. aureus" for an organism, "imatinib" for a drug) and not
 * one the question gives; undefined when the question asks for no kind whose names have a shape.
 */
export function namesAskedKind(analysis: QuestionAnalysis, text: string): boolean | undefined {
  return askedKindNamer(analysis)?.(text);
}

/**
 * Whether a sentence says that a name it gives is of the kind asked ("SNP2TFBS is a computational resource ...", "We
 * present 3DSNP, an integrated database"), rather than only using the name; undefined when the asked kind has no such
 * reading (only software and databases have).
 */
export function callsAskedKind(analysis: QuestionAnalysis, text: string): boolean | undefined {
  if (!askedKindNamer(analysis)) return undefined;
  const shape = askedShape(analysis.question);
  if (!shape?.calls) return undefined;
  const asked = analysis.question.toLowerCase();
  return shape.calls(text).some((name) => !asked.includes(name.toLowerCase().trim()));
}
