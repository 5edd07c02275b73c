import { abbreviationsIn, findAbbreviations } from './find-abbreviations.js';
import { cleanSourceText } from './clean-source-text.js';
import { dropAsides } from './drop-asides.js';
import { dropFraming } from './drop-framing.js';
import { dropStatistics } from './drop-statistics.js';
import { plainNumbers } from './plain-numbers.js';
import { countSyllables } from './measure-readability.js';
import { capitalise, moveQualifier, sentencesOf, splitLeadingPhrase, splitListSubject, splitLongSentence, wordCount } from './split-sentences.js';
import { looksLikeAbbreviation, type TermMatch, type TermRecord, type Vocabulary } from './vocabulary.js';
import { escapeRegExp } from '../lib/index.js';

/** What one answer's rewriting remembers across its points: abbreviations it defines and terms already explained. */
export type RewriteContext = {
  vocabulary: Vocabulary;
  /** Abbreviations defined in the answer's own text, which win over the dictionaries. */
  defined: Map<string, string>;
  /** Abbreviations and terms already introduced once, so later points do not repeat them. */
  introduced: Set<string>;
  /** How often each abbreviation occurs in the texts the reader reads; one that never comes back needs no bracket. */
  uses: Map<string, number>;
  /**
   * Abbreviations the texts define in a bracket that could not be read ("(DM)" after words that do not spell it):
   * the dictionary's sense may be another one (DM: diabetes mellitus or myotonic dystrophy), so they are not spelled out.
   */
  unclear: Set<string>;
};

/** Starts a rewrite of one answer, learning the abbreviations its texts define and how often the read texts use them. */
export function createRewriteContext(vocabulary: Vocabulary, texts: readonly string[], readTexts: readonly string[] = texts): RewriteContext {
  const uses = new Map<string, number>();
  for (const text of readTexts) for (const { abbreviation } of abbreviationsIn(text)) uses.set(abbreviation, (uses.get(abbreviation) ?? 0) + 1);
  const defined = new Map<string, string>();
  for (const text of texts) {
    for (const { abbreviation, longForm } of findAbbreviations(text)) {
      // "Programmed cell death (PCD)" at a sentence start is not a name: keep the capital only for names.
      // "Huntington disease (HD)" written with its capital inside a sentence is a name, and keeps it.
      // A letter or number inside the long form ("Non-vitamin K antagonist ...", "Hepatitis B virus") is no name.
      const words = /^[A-Z][a-z]+(?:-[a-z0-9]+)*(?:\s+(?:[a-z][\w\-]*|[A-Z0-9]{1,3}|\d[\w\-]*))*$/.test(longForm) && !writtenAsName(longForm, texts) ? lowerFirst(longForm) : longForm;
      if (!defined.has(abbreviation)) defined.set(abbreviation, words);
    }
  }
  const unclear = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\(([A-Z][A-Za-z0-9-]{1,9})\)/g)) if (!defined.has(m[1]!)) unclear.add(m[1]!);
  }
  return { vocabulary, defined, introduced: new Set(), uses, unclear };
}

// A long form some text writes with its capital after a lower-case word ("for Huntington disease") is a name.
function writtenAsName(longForm: string, texts: readonly string[]): boolean {
  const name = new RegExp(String.raw`[\p{Ll}\p{N},;:(]\s+${escapeRegExp(longForm)}\b`, 'u');
  return texts.some((text) => name.test(text));
}

// Abbreviations lay readers know better than their expansions.
const FAMILIAR = new Set(['HIV', 'AIDS', 'DNA', 'RNA', 'COVID', 'US', 'USA', 'UK', 'EU', 'WHO', 'CDC', 'NHS', 'TV']);

// Words a dictionary defines that need no explanation in a clinical answer.
const NEEDS_NO_DEFINITION = new Set(
  [
    'patient', 'patients', 'study', 'studies', 'analysis', 'significant', 'association', 'population', 'treatment',
    'therapy', 'disease', 'cancer', 'hospital', 'surgery', 'symptom', 'symptoms', 'survival', 'diagnosis', 'risk',
    'evaluation', 'assessment', 'community', 'education', 'information', 'individual', 'exercise', 'family history',
    'quality of life', 'medicine', 'medication', 'physician', 'doctor', 'nurse', 'infection', 'inflammation',
    'operation', 'procedure', 'prevention', 'recovery', 'regulation', 'variable', 'response', 'relative', 'control',
    'control group', 'primary', 'secondary', 'positive', 'negative', 'parameter', 'intervention', 'population',
    'management', 'retrospective', 'prospective', 'mortality', 'emergency', 'experimental', 'children', 'elderly',
    'abnormality', 'condition', 'resistance', 'tolerance', 'stimulation', 'aggressive', 'progressive', 'sensitivity',
    'specificity', 'frequency', 'intensity', 'duration', 'available', 'material', 'activity', 'identify', 'identical',
    'clinical', 'diabetes', 'asthma', 'arthritis', 'obesity', 'depression', 'anxiety', 'vitamin', 'pregnancy',
    'radiation', 'laboratory', 'examination', 'investigation', 'ultrasound', 'x-ray', 'overweight', 'alcohol',
    'tobacco', 'cigarette', 'nicotine', 'emotional', 'physical', 'mental', 'medical', 'generation', 'molecule',
    'significance', 'probability', 'percentage', 'average', 'protocol',
    // Words whose dictionary sense is not the one clinical text means ("regional" lymph nodes, a "variant" of a disorder).
    'median', 'regional', 'baseline', 'morphology', 'variant', 'new variant', 'inclusion', 'familial', 'local',
    'expansion', 'conditioning', 'presentation', 'compliance', 'resolution', 'induction', 'maintenance', 'diameter',
    'prognostic factor', 'predictive factor', 'oxygen', 'practitioner', 'early diagnosis', 'biological', 'clinician', 'aromatic',
    // "isolation of a cDNA fragment" is getting it out, not "being separated from others".
    'isolation',
  ].map((w) => w.toLowerCase()),
);

/** Expansion of an abbreviation: the answer's own definition first, then the dictionaries. */
export function expansionOf(abbreviation: string, context: RewriteContext): string | undefined {
  return context.defined.get(abbreviation) ?? (context.unclear.has(abbreviation) ? undefined : context.vocabulary.lookup(abbreviation)?.expansion);
}

/** Rewrites clinical text in plain language: no pure statistics or framing, abbreviations spelled out, plain words, short sentences, hard terms glossed. */
export function plainText(text: string, context: RewriteContext, options: { explain?: boolean } = {}): string {
  const names = namedTerms(text, context);
  let t = plainNumbers(dropStatistics(cleanSourceText(text)));
  t = dropAsides(t, (word) => expansionOf(word, context) !== undefined);
  t = spellOutAbbreviations(t, context);
  // Structured-abstract labels ("OBJECTIVE To examine ...") are headings, not words of the sentence.
  t = t.replace(/^(?:BACKGROUND|OBJECTIVES?|AIMS?|PURPOSE|METHODS?|METHODOLOGY|DESIGN|SETTING|RESULTS?|FINDINGS|CONCLUSIONS?|INTERPRETATION)\s*:?\s+(?=[A-Z])/, '');
  // A point without a full stop would run into the next one when the answer is read as a whole.
  if (/[\p{L}\p{N})\]]$/u.test(t)) t = `${t}.`;
  const sentences = sentencesOf(t)
    .flatMap((s) => sentencesOf(dropFraming(s)))
    .flatMap((s) => splitLeadingPhrase(s))
    .flatMap((s) => splitLongSentence(s, MAX_WORDS))
    .flatMap((s) => splitListSubject(s))
    .flatMap((s) => moveQualifier(s));
  const out: string[] = [];
  let pending: string[] = [];
  // A full stop inside brackets ("(q31. 1)") is not the end of a sentence a gloss may follow.
  let depth = 0;
  for (const sentence of sentences) {
    const plain = capitalise(substitutePlainWords(trimFillers(sentence), context.vocabulary, names));
    // A gloss waits until the sentences that lean on this one ("But ...", "This ...") are done.
    if (pending.length > 0 && depth === 0 && !CONTINUES.test(plain)) {
      out.push(...pending);
      pending = [];
    }
    out.push(plain);
    depth = Math.max(0, depth + (plain.match(/[(\[]/g) ?? []).length - (plain.match(/[)\]]/g) ?? []).length);
    if (options.explain === false) continue;
    pending.push(...newGlosses(plain, context));
  }
  out.push(...pending);
  return tidy(out.join(' '));
}

// Participles that may follow "who were" / "that is" (irregular ones; regular ones end in "-ed").
const PARTICIPLE =
  /^(?:[a-z]{3,}ed|seen|given|taken|chosen|shown|known|driven|written|drawn|grown|broken|hidden|proven|begun|done|made|found|held|kept|left|lost|paid|put|sent|set|told|thought|used|born)$/;

/** Removes words that carry no meaning: "patients who were treated" -> "patients treated", "a total of 40" -> "40". */
export function trimFillers(sentence: string): string {
  return sentence
    .replace(/(?<!\b(?:of|in|on|for|by|with|from|to|at|among)\s+)\b(?:that|which|who)\s+(?:is|are|was|were)\s+(?=([A-Za-z]+)\b)/g, (whole, next: string) => (PARTICIPLE.test(next) ? '' : whole))
    .replace(/\ba total of\s+(?=\d)/g, '')
    // Sentence links in one syllable: "However," says "But", "In addition," says "Also,", "Thus," says "So".
    .replace(/^However,\s+/, 'But ')
    .replace(/^In addition,\s+/, 'Also, ')
    .replace(/^(?:Thus|Hence),\s+/, 'So ');
}

// Sentences this short read at about grade 8 when their words are plain.
const MAX_WORDS = 10;
const CONTINUES = /^(?:But|This|These|However|So|And|It|They|He|She|Examples)\b/;
// Glosses per sentence: more would bury the claim. Two left a third hard word bare in 195 of the corpus's 16,991
// sentences ("biopsy", "computed tomography" and "leukemia" in one sentence); each gloss is a short sentence of its own.
const GLOSSES_PER_SENTENCE = 3;

function newGlosses(sentence: string, context: RewriteContext): string[] {
  const glosses: string[] = [];
  // A term with a plain word that is still in the sentence kept its own word ("hemolytic anemia" is one name): it is
  // explained like any other.
  for (const m of context.vocabulary.findTerms(sentence, (r) => (r.substitution === undefined ? r.definition !== undefined : keptIllness(r, context.vocabulary)))) {
    if (glosses.length >= GLOSSES_PER_SENTENCE) break;
    if (!needsDefinition(m, context)) continue;
    if (!senseFits(m.record, sentence)) continue;
    // The dictionary's own spelling says whether the term is a name ("Merkel cell") or a word capitalised only by its
    // place at a sentence start ("Leukocyte").
    const term = m.plural || m.text.toLowerCase() === m.record.term.toLowerCase() ? m.record.term : m.text;
    // An illness kept by its name ("hemolytic anemia") is told in the plain words a swap would have used: "Anemia
    // means low blood count."
    const plainWords = m.record.gloss === undefined && m.record.substitution !== undefined ? m.record.substitution : undefined;
    const gloss = glossOf(term, (m.record.gloss ?? plainWords ?? m.record.definition)!, m.record.gloss !== undefined || plainWords !== undefined);
    if (!gloss) continue;
    context.introduced.add(m.record.term.toLowerCase());
    // "antidepressant" and "antidepressants" are one concept: explaining one explains both.
    context.introduced.add(singularOf(m.record.term.toLowerCase()));
    glosses.push(gloss);
  }
  return glosses;
}

/** Rewrites clinical text for a student: abbreviations expanded on first use and key terms defined once, in brackets. */
export function studentText(text: string, context: RewriteContext, maxDefinitions = 1): string {
  let t = introduceAbbreviations(text, context);
  const matches = context.vocabulary.findTerms(t, (r) => r.definition !== undefined);
  const inserts: { at: number; text: string }[] = [];
  for (const m of matches) {
    if (inserts.length >= maxDefinitions) break;
    if (!needsDefinition(m, context) || !isSpecialistTerm(m.record)) continue;
    const short = briefDefinition(m.record.gloss ?? m.record.definition!) ?? (m.record.gloss ? briefDefinition(m.record.definition!) : undefined);
    if (!short) continue;
    const definition = lowerFirst(short);
    // "term (ABBR)" takes its definition after the bracket, set off by commas ("phenylalanine hydroxylase (PAH), a
    // type of enzyme, is ..."): inside it ("(PAH: a type of enzyme)") the short form reads as the thing defined, and
    // two brackets in a row are hard to read. Where a noun follows ("the ... (PAH) gene") the commas would cut the
    // phrase, so the term goes without a definition there.
    const abbreviation = /^\s*\([A-Za-z0-9\-]+\)/.exec(t.slice(m.end));
    if (abbreviation) {
      // "risperidone (92)" counts people: no short form, and a definition next to a count is misread.
      if (!/[A-Za-z]/.test(abbreviation[0])) continue;
      const at = m.end + abbreviation[0].length;
      const after = t.slice(at);
      if (insideBrackets(t, m.start)) continue;
      if (/^\s*(?:[.;:,]|$)/.test(after)) inserts.push({ at, text: `, ${definition}` });
      else if (/^\s+(?:is|are|was|were|has|have|had|may|might|can|could|will|would|does|do|did|and|or|in|of|with|to|at|for|on|by|from)\b/.test(after)) {
        inserts.push({ at, text: `, ${definition},` });
      } else continue;
      context.introduced.add(m.record.term.toLowerCase());
      continue;
    }
    context.introduced.add(m.record.term.toLowerCase());
    // Inside brackets a second bracket would be hard to read, so use a dash there.
    const open = insideBrackets(t, m.start) ? ' – ' : ' (';
    const close = open === ' (' ? ')' : ' –';
    inserts.push({ at: m.end, text: `${open}${definition}${close}` });
  }
  for (const { at, text: ins } of inserts.reverse()) t = t.slice(0, at) + ins + t.slice(at);
  return t;
}

// A student knows the words clinical text uses every day ("pulmonary", "prognosis"): those have a plain
// substitute in the vocabulary. Only long specialist terms (a word of four or more syllables) get a definition.
function isSpecialistTerm(record: TermRecord): boolean {
  if (record.substitution !== undefined) return false;
  return (record.term.match(/[A-Za-z]+/g) ?? []).some((w) => countSyllables(w) >= 4);
}

// A bracketed definition longer than this buries the sentence it sits in.
const MAX_STUDENT_DEFINITION_WORDS = 8;
// Words a cut definition must not end on ("examination of the inside of").
const DANGLING_END = /\s+(?:in|of|to|for|with|by|from|on|at|as|into|onto|through|between|among|within|without|about|over|under|after|before|during|via|than|the|a|an|that|which|who|and|or|is|are)$/i;

// A participle left at the end of a cut definition, its "by ..." or "from ..." cut off.
const CUT_PARTICIPLE = /\b(?:\w+ed|made|found|given|known|seen|done|taken|shown|grown|born|drawn|formed|produced|caused)$/i;

/** The first clause of a definition in at most eight words ("examination of the inside of the colon"), or undefined. */
export function briefDefinition(definition: string): string | undefined {
  // "In genetics, describes an individual who ...": the field a dictionary names first is no definition (it alone
  // became the bracket "(in genetics)").
  const whole = definition.trim().replace(/\.$/, '').replace(DEFINITION_FRAMING, '');
  let d = whole.split(/;\s+|,\s+|\.\s+/)[0]!;
  if (/^(?:a |the )?(?:term|word)\b/i.test(d) || VAGUE_DEFINITION.test(d)) return undefined;
  // "A chronic, inflammatory, connective tissue disease ..." cut at its first comma leaves an adjective ("A chronic",
  // "A rare"), no kind of thing: a piece cut at a comma must name more than one word besides its article.
  if (whole.startsWith(`${d},`) && wordCount(d.replace(/\b(?:a|an|the|one)\b/gi, ' ')) < 2) return undefined;
  if (wordCount(d) > MAX_STUDENT_DEFINITION_WORDS) {
    // Cut before a trailing "using ...", "that ..." or "in which ..." part: what remains is still true, only less specific.
    const cut = /\s+(?:using|with|by|that|which|who|where|when|in order|in which|such as|including|because)\s/i.exec(d);
    // "having to do with X" and "relating to X" say nothing once X is cut off.
    if (!cut || /^(?:having to do|relating|related|referring|pertaining)\b/i.test(d)) return undefined;
    d = d.slice(0, cut.index);
    // What is left must still say what the term is: "A disorder" (of "A disorder in which a person is born without
    // ... the iris") names only a kind, and "A substance made" (of "... made by cells that stimulates ...") breaks
    // off a participle from its agent.
    if (wordCount(d.replace(/\b(?:a|an|the|one)\b/gi, ' ')) < 3 || CUT_PARTICIPLE.test(d)) return undefined;
  }
  d = d.trim();
  if (DANGLING_END.test(d) || wordCount(d) < 2 || wordCount(d) > MAX_STUDENT_DEFINITION_WORDS) return undefined;
  return d;
}

function introduceAbbreviations(text: string, context: RewriteContext): string {
  let t = text;
  // Decide "first use" in reading order, then apply the edits right to left so spans stay valid.
  const occurrences = abbreviationsIn(t);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { start, end, abbreviation } of occurrences) {
    if (context.introduced.has(abbreviation) || isCodon(abbreviation, t)) continue;
    const expansion = expansionOf(abbreviation, context);
    if (!expansion) continue;
    context.introduced.add(abbreviation);
    // "Alkaptonuria (AKU; McKusick 203500)" defines it too, with more in the bracket, and "95% confidence interval (95% CI)"
    // with the figure the long form has.
    const definedHere = (/^[),;]/.test(t.slice(end, end + 1)) && t.slice(start - 1, start) === '(') || restatingBracket(t, start, end, expansion) >= 0;
    const spelledBefore = t.slice(Math.max(0, start - expansion.length - 3), start).toLowerCase().includes(expansion.toLowerCase());
    if (definedHere || spelledBefore) continue;
    // "the PDS gene (PDS)": a long form that holds the short form itself, or one the text already follows with the
    // short form in brackets, would only say the bracket twice ("the PDS gene (PDS) (PDS)").
    const span = withoutRepeats(t, start, end, expansion);
    const bracketFollows = new RegExp(`^\\s*[(\\[]\\s*${escapeRegExp(abbreviation)}\\b`).test(t.slice(span.end));
    if (bracketFollows || new RegExp(`(?<![\\w-])${escapeRegExp(abbreviation)}(?![\\w-])`).test(expansion)) continue;
    const atStart = /^[\s"'(\[]*$/.test(t.slice(0, start)) || /[.!?]\s+$/.test(t.slice(0, start));
    const words = atStart ? capitalise(expansion) : expansion;
    const bracketed = insideBrackets(t, start) ? `${words} [${abbreviation}]` : `${words} (${abbreviation})`;
    edits.push(articleFor(t, { ...span, text: bracketed }));
  }
  for (const e of edits.reverse()) t = t.slice(0, e.start) + e.text + t.slice(e.end);
  return t;
}

// The last word of an illness's name ("Wiskott-Aldrich syndrome", "Duchenne muscular dystrophy", "tuberculosis").
const NAMES_AN_ILLNESS = /(?:\b(?:syndrome|disease|disorder|deficiency|dystrophy|ataxia|palsy|fever|failure|cancer|carcinoma)|[a-z](?:itis|osis|a?emia|pathy))$/i;

// "gene", "locus" or "allele" after a short form, maybe with an allele's own letters between ("PI Z allele", "HLA-B 27 gene").
const GENE_WORD_FOLLOWS = /^\s+(?:[A-Z0-9*]{1,4}\s+)?(?:genes?|locus|loci|alleles?)\b/;

// "termed X (ABBR)" or "known as X (ABBR)" gives the name itself, which stays in words.
const NAMING = /\b(?:termed|called|named|known as|referred to as)\s+$/i;

/**
 * Where a bracket restates the long form just before it by its short form with a figure the long form has too, "95%
 * confidence interval (95% CI)": the index the bracket opens at, else -1. The words before the short form in the bracket
 * ("95%") must stand before the long form as well, so a bracket saying more ("odds ratio (adjusted OR)") is not one.
 */
function restatingBracket(t: string, start: number, end: number, expansion: string): number {
  if (!/^[)\]]/.test(t.slice(end, end + 1))) return -1;
  const open = Math.max(t.lastIndexOf('(', start), t.lastIndexOf('[', start));
  if (open < 0) return -1;
  const lead = t.slice(open + 1, start).trim();
  if (lead === '' || lead.length > 12 || /[()[\]]/.test(lead)) return -1;
  const before = t.slice(0, open).trimEnd().toLowerCase();
  const restated = `${lead} ${expansion}`.toLowerCase();
  return before.endsWith(restated) && /^$|[\s(\[]$/.test(before.slice(0, before.length - restated.length)) ? open : -1;
}

function spellOutAbbreviations(text: string, context: RewriteContext): string {
  let t = text;
  const symbols = new Set(abbreviationsIn(t).filter(({ end }) => GENE_WORD_FOLLOWS.test(t.slice(end))).map(({ abbreviation }) => abbreviation));
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { start, end, abbreviation } of abbreviationsIn(t)) {
    if (FAMILIAR.has(abbreviation) || isCodon(abbreviation, t) || inSymbolList(t, start, end, context)) continue;
    const expansion = expansionOf(abbreviation, context);
    if (!expansion) continue;
    // "the PI locus", "the PI Z allele", "the APC gene": a short form the text writes before "gene", "locus" or "allele"
    // is a gene's symbol there; a dictionary's reading of the letters ("principal investigator", "antigen-presenting
    // cell") is another thing. Only the answer's own articles spell it out.
    if (!context.defined.has(abbreviation) && symbols.has(abbreviation)) continue;
    // "Alkaptonuria (AKU; McKusick 203500)" spells it out already, with more in the bracket: leave it as written.
    if (/^[;,]/.test(t.slice(end, end + 1)) && t.slice(start - 1, start) === '(') continue;
    // "body mass index [BMI]" inside a bracket defines it with square brackets; "95% confidence interval (95% CI)" with
    // the figure the long form has before it. `open` is where the defining bracket opens.
    const restating = restatingBracket(t, start, end, expansion);
    const definedHere = (t.slice(end, end + 1) === ')' && t.slice(start - 1, start) === '(') || (t.slice(end, end + 1) === ']' && t.slice(start - 1, start) === '[') || restating >= 0;
    const open = restating >= 0 ? restating : start - 1;
    // A long name used again and again reads better as its short form once it has been spelled out:
    // "body dysmorphic disorder (BDD)" first, "BDD" after.
    const keepShort = isLongName(expansion, context.vocabulary) && (context.uses.get(abbreviation) ?? 0) > 1;
    const key = `abbreviation:${abbreviation}`;
    if (keepShort && context.introduced.has(key)) {
      if (definedHere) {
        // The reader has learned the short form: "body dysmorphic disorder (BDD)" again is just "BDD".
        const before = t.slice(0, open).trimEnd();
        const from = before.length - expansion.length;
        if (from >= 0 && before.slice(from).toLowerCase() === expansion.toLowerCase() && /^$|[\s"'(\[]$/.test(before.slice(0, from)) && !NAMING.test(before.slice(0, from))) {
          // "The Wiskott-Aldrich syndrome (WAS)" is "WAS": an illness's short form takes no article ("the WAS is").
          const article = NAMES_AN_ILLNESS.test(expansion) ? /\b(?:the|The)\s+$/.exec(before.slice(0, from)) : null;
          edits.push({ start: article ? article.index : from, end: end + 1, text: abbreviation });
        } else edits.push({ start: /\s/.test(t[open - 1] ?? '') ? open - 1 : open, end: end + 1, text: '' });
      }
      continue;
    }
    if (keepShort) context.introduced.add(key);
    if (definedHere) {
      if (keepShort) continue;
      // "long form (ABBR)" already says it in words: drop the bracket.
      edits.push({ start: /\s/.test(t[open - 1] ?? '') ? open - 1 : open, end: end + 1, text: '' });
    } else {
      const atStart = /^[\s"'(\[]*$/.test(t.slice(0, start)) || /[.!?]\s+$/.test(t.slice(0, start));
      const words = atStart ? capitalise(expansion) : expansion;
      const span = withoutRepeats(t, start, end, expansion);
      edits.push(articleFor(t, { ...span, text: keepShort ? `${words} (${abbreviation})` : words }));
    }
  }
  for (const e of edits.reverse()) t = t.slice(0, e.start) + e.text + t.slice(e.end);
  return t;
}

// "an HLA class I-like protein" spelled out is "a human leukocyte antigen ...": the article follows the words' sound.
function articleFor(text: string, edit: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  const article = /\b(?:a|an|A|An)\s+$/.exec(text.slice(0, edit.start));
  if (!article) return edit;
  return { start: article.index, end: edit.end, text: fixArticle(article[0], edit.text) + edit.text };
}

/**
 * Widens an abbreviation's span over a neighbouring word its expansion repeats, so "3 UTR" becomes
 * "3-untranslated region" (not "3 3-untranslated region") and "DMPK gene" does not say "gene" twice.
 */
function withoutRepeats(text: string, start: number, end: number, expansion: string): { start: number; end: number } {
  const first = /^[^\s-]+/.exec(expansion)?.[0]?.toLowerCase();
  const last = /[^\s-]+$/.exec(expansion)?.[0]?.toLowerCase();
  const before = /(\S+)\s+$/.exec(text.slice(0, start));
  const after = /^\s+([A-Za-z]+)\b/.exec(text.slice(end));
  let from = start;
  let to = end;
  if (before && first && before[1]!.toLowerCase() === first) from = start - before[0].length;
  if (after && last && after[1]!.toLowerCase() === last && /\s/.test(expansion)) to = end + after[0].length;
  return { start: from, end: to };
}

// "(APC, KRAS, FBXW7)" lists gene symbols: when a listed neighbour has no expansion, this one is a symbol too,
// not the dictionary's "antigen-presenting cell".
function inSymbolList(text: string, start: number, end: number, context: RewriteContext): boolean {
  const before = /([A-Z][A-Za-z0-9\-]*[A-Z0-9])\s*,\s*$/.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\s*,\s*([A-Z][A-Za-z0-9\-]*[A-Z0-9])\b/.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((n) => n !== undefined && looksLikeAbbreviation(n) && expansionOf(n, context) === undefined);
}

// "GCA to GTA" names DNA letters, not a "giant cell arteritis": three bases in a text that writes another triplet of bases.
function isCodon(abbreviation: string, text: string): boolean {
  if (!/^[ACGTU]{3}$/.test(abbreviation)) return false;
  return (text.match(/\b[ACGTU]{3}\b/g) ?? []).length >= 2;
}

// Five or more syllables with no plain equivalent ("glucose-6-phosphate dehydrogenase") is a long name.
function isLongName(expansion: string, vocabulary: Vocabulary): boolean {
  const whole = vocabulary.lookup(expansion);
  if (whole?.substitution !== undefined) return false;
  const syllables = (expansion.match(/[A-Za-z]+/g) ?? []).reduce((n, w) => n + countSyllables(w), 0);
  return syllables >= 6;
}

/**
 * Replaces medical and formal words with their plain equivalents, whole words only, longest phrase first. No word inside
 * one of `names` (multi-word terms the sources name by a short form, "Non-vitamin K antagonist oral anticoagulants
 * (NOACs)") is swapped: "oral blood thinners" would break the name the reader meets again as the short form.
 */
export function substitutePlainWords(sentence: string, vocabulary: Vocabulary, names: readonly string[] = []): string {
  let t = sentence;
  // Longer named things ("polymerase chain reaction") are matched whole, so no word inside them is swapped.
  const matches = vocabulary.findTerms(t, (r) => r.substitution !== undefined || isNamedThing(r));
  const spans = nameSpans(sentence, names);
  for (const m of matches.reverse()) {
    if (m.record.substitution === undefined || startsIllnessName(t, m, vocabulary) || endsIllnessName(t, m, vocabulary)) continue;
    // A swap of the whole name ("myocardial infarction" -> "heart attack") keeps it one thing; one inside it does not.
    if (spans.some((n) => m.start < n.end && m.end > n.start && (m.start > n.start || m.end < n.end))) continue;
    const replacement = replacementFor(m, t, sentence);
    if (replacement === undefined) {
      // A phrase that cannot be swapped whole may still hold a word that can ("statistically significant
      // correlation" keeps "significant" but says "link").
      const second = m.text.indexOf(' ');
      if (second > 0) t = t.slice(0, m.start + second + 1) + substitutePlainWords(m.text.slice(second + 1), vocabulary) + t.slice(m.end);
      continue;
    }
    // "human subjects" are "people", not "human people": the swap says what "human" said.
    const said = /^(?:people|persons?)$/.test(replacement) ? /\b[Hh]uman\s+$/.exec(t.slice(0, m.start)) : null;
    const words = said && said[0].startsWith('H') ? capitalise(replacement) : replacement;
    const before = fixArticle(said ? t.slice(0, said.index) : t.slice(0, m.start), words);
    t = before + words + t.slice(m.end);
  }
  return t;
}

/** Where a sentence writes any of the names (case aside, a plural "s" included), as spans of the sentence. */
function nameSpans(sentence: string, names: readonly string[]): { start: number; end: number }[] {
  return names.flatMap((name) =>
    [...sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}s?(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

/**
 * The multi-word terms a text's short forms stand for, as the answer's sources define them or the dictionaries spell
 * them out ("non-vitamin K antagonist oral anticoagulants" for "NOACs"): names the reader meets as one term.
 */
function namedTerms(text: string, context: RewriteContext): string[] {
  const spelled = abbreviationsIn(text).flatMap(({ abbreviation }) => expansionOf(abbreviation, context) ?? []);
  return [...new Set([...context.defined.values(), ...spelled])].filter((name) => /\S\s+\S/.test(name));
}

function isNamedThing(record: TermRecord): boolean {
  if (record.definition === undefined) return false;
  const second = record.term.indexOf(' ', record.term.indexOf(' ') + 1);
  return record.term.indexOf(' ') > 0 && second > 0;
}

// A definition that says the term is an illness ("A rapidly progressing cancer", "A type of cancer that ...").
const NAMES_ILLNESS = /^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:cancer|disease|disorder|syndrome|condition|infection|tumou?r|leukemia|lymphoma)s?\b/i;

// "multiple myeloma" and "acute leukemia" name illnesses: "many myeloma" or "sudden leukemia" would not.
function startsIllnessName(sentence: string, m: TermMatch, vocabulary: Vocabulary): boolean {
  const next = /^\s+([A-Za-z][\w-]*)/.exec(sentence.slice(m.end))?.[1];
  if (next === undefined || m.text.includes(' ')) return false;
  // "acute appendicitis" and "chronic pancreatitis" name an illness by its course: the word before an illness's own
  // name is part of that name ("sudden appendicitis" is no name a doctor or a leaflet uses), whether or not the
  // vocabulary lists the pair.
  if (namesIllness(next, vocabulary)) return true;
  const pair = vocabulary.lookup(`${m.text} ${next}`);
  if (pair?.definition === undefined) return false;
  // "spontaneous abortion" names one thing (a miscarriage), which "sudden abortion" does not: a word opening a pair the
  // vocabulary defines as a loss, illness or event stays.
  return NAMES_ILLNESS.test(pair.definition) || NAMES_EVENT.test(pair.definition);
}

// Endings of illness names: inflammations ("appendicitis"), conditions ("thrombosis"), blood states ("leukaemia"),
// diseases and their forms ("neuropathy", "acute neuronopathic") and growths ("carcinoma"); the words with these endings that name no illness are left out.
const ILLNESS_ENDING = /(?:itis|osis|a?emia|path(?:y|ic)|oma)$/i;
const NO_ILLNESS = /^(?:diagnosis|prognosis|apoptosis|mitosis|meiosis|osmosis|symbiosis|hypnosis|sympathy|empathy|telepathy|aroma|diploma|stoma|coma|academia)$/i;
// A definition that says the term is an inflammation ("Inflammation of the pancreas").
const NAMES_INFLAMMATION = /^(?:an?\s+)?inflammation\b/i;

/** Whether a word names an illness by its ending or by the vocabulary's definition of it. */
function namesIllness(word: string, vocabulary: Vocabulary): boolean {
  if (word.length > 5 && ILLNESS_ENDING.test(word) && !NO_ILLNESS.test(word)) return true;
  const definition = vocabulary.lookup(word.toLowerCase())?.definition;
  return definition !== undefined && (NAMES_ILLNESS.test(definition) || NAMES_INFLAMMATION.test(definition));
}

// "hemolytic anemia", "pulmonary hypertension", "essential hypertension": an illness named by a technical adjective
// and its noun is one name, and a swap of the noun alone for a description ("hemolytic low blood count") breaks it. The
// adjective is long (three or more syllables, "-ic", "-al", "-oid", "-ary") and has no plain word of its own; "severe
// anemia", "chronic hypertension" and "defective thrombosis" keep their swap, and so does "hepatocellular carcinoma"
// ("cancer" is a name of the same kind, no description).
function endsIllnessName(sentence: string, m: TermMatch, vocabulary: Vocabulary): boolean {
  const previous = /([A-Za-z][a-z-]*)\s+$/.exec(sentence.slice(0, m.start))?.[1];
  if (previous === undefined || !TECHNICAL_ADJECTIVE.test(previous) || countSyllables(previous) < 3) return false;
  if (vocabulary.lookup(previous.toLowerCase())?.substitution !== undefined) return false;
  return keptIllness(m.record, vocabulary);
}

/** An illness noun whose plain words describe it ("anemia": "low blood count"), which endsIllnessName may leave as written. */
function keptIllness(record: TermRecord, vocabulary: Vocabulary): boolean {
  const plain = record.substitution ?? '';
  return !record.term.includes(' ') && /\s/.test(plain) && plain.toLowerCase() !== record.term.toLowerCase() && !ADJECTIVE_SHAPE.test(record.term) && namesIllness(record.term, vocabulary);
}

const TECHNICAL_ADJECTIVE = /^[A-Za-z][a-z-]+(?:ic|al|oid|ary)$/;

// A definition that says the term is an event of the body ("An unexpected loss of pregnancy ...").
const NAMES_EVENT = /^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:loss|death|birth|failure|injury|bleeding|rupture|fracture)\s+of\b/i;

// "an adjacent structure" -> "a nearby structure": the article follows the new word's sound.
function fixArticle(before: string, next: string): string {
  const m = /\b(a|an|A|An)\s+$/.exec(before);
  if (!m) return before;
  const vowel = /^[aeiou]/i.test(next) && !/^(?:u[nr]?i|one|eu)/i.test(next);
  const article = vowel ? 'an' : 'a';
  const cased = /^A/.test(m[1]!) ? capitalise(article) : article;
  return before.slice(0, m.index) + cased + before.slice(m.index + m[1]!.length);
}

// Words before a noun that make a participle after them attributive: counts, order, size and kind words, and adjectives
// by their endings ("major", "two", "novel", "clinical").
const ATTRIBUTIVE_BEFORE =
  /^(?:major|minor|main|new|novel|other|first|second|third|last|only|same|[a-z]+(?:ent|ant|ous|ive|ic|al|able|ible|ary))$/;
// Participles that read only after a verb or noun ("causes found", "was seen"), never before a noun as "studied cases" does.
const IRREGULAR_PARTICIPLE = /^(?:found|seen|shown|given|taken|done|made|known)$/;

// Past tenses a plain word may have, and the participle "is" or "has" needs instead ("is gave" -> "is given").
const PARTICIPLE_OF: Record<string, string> = { showed: 'shown', gave: 'given', did: 'done', saw: 'seen', took: 'taken', began: 'begun' };

// Words that may follow a prepositional phrase (it ends a noun phrase rather than describing the next noun).
const FOLLOWS_PHRASE = /^(?:and|or|but|of|in|on|at|to|with|by|for|from|is|are|was|were|than|as|after|before|during|when|while|that|which|who|where|because|compared|only|alone|also)$/i;

/** Every form a plain substitute may take in rewritten text: "showed" or "shown", "gene changes" or "changes". */
export function plainVariants(plain: string): string[] {
  const variants = [plain];
  const participle = PARTICIPLE_OF[plain];
  if (participle) variants.push(participle);
  if (plain === 'done') variants.push('did');
  if (plain === 'seen') variants.push('saw');
  if (/^gene\s/.test(plain)) variants.push(plain.slice('gene '.length));
  return variants;
}

// `original` is the sentence before any swap: words after the match may already be swapped in `sentence`.
function replacementFor(m: TermMatch, sentence: string, original = sentence): string | undefined {
  const plain = m.record.substitution!;
  const atStart = /^[\s"'(\[]*$/.test(sentence.slice(0, m.start));
  const writtenCapital = /^[A-Z]/.test(m.text);
  const termCapital = /^[A-Z]/.test(m.record.term);
  // "subjects' performance" would become "people' performance".
  if (/^['’]/.test(sentence.slice(m.end))) return undefined;
  const previous = /(\S+)\s+$/.exec(sentence.slice(0, m.start))?.[1]?.toLowerCase() ?? '';
  const next = /^\s+([A-Za-z]+)/.exec(sentence.slice(m.end))?.[1] ?? '';
  // "was also revealed": an adverb may stand between the auxiliary and the verb it governs.
  const auxiliary = /^(?:also|not|then|further|first|now|already|still|often|never|\w+ly)$/.test(previous)
    ? (/(\S+)\s+\S+\s+$/.exec(sentence.slice(0, m.start))?.[1]?.toLowerCase() ?? '')
    : previous;
  // "has failed to demonstrate" cannot become "has did not show": the phrase keeps its verb.
  if (/^did not\b/.test(plain) && /^(?:is|are|was|were|be|been|being|has|have|had)$/.test(auxiliary)) return undefined;
  // "for following patients" is a verb ("monitoring"), not the preposition "after".
  if (plain === 'after' && /^(?:for|by|of|in|on|with|without|from|to|before|while|when|about|and|or)$/.test(previous)) return undefined;
  // "the observed increase" is an adjective: "the seen increase" is not English.
  // An adjective replacement ("the elevated levels" -> "the high levels") is fine there.
  if (/ed$/.test(m.record.term) && /^(?:the|a|an|this|that|these|those|our|their|its|of|any|each)$/.test(previous) && (PARTICIPLE.test(plain.split(' ')[0]!) || /(?:ed|en|wn)$/.test(plain))) return undefined;
  // Nor is "the two major found causes": after an adjective or a count, before its noun, the participle describes the
  // noun and its plain participle does not ("major identified causes", "three observed cases").
  if (/ed$/.test(m.record.term) && ATTRIBUTIVE_BEFORE.test(previous) && /^[a-z][a-z-]+$/.test(next) && !FOLLOWS_PHRASE.test(next) && !/(?:ly|ed)$/.test(next) && IRREGULAR_PARTICIPLE.test(plain)) return undefined;
  // A participle phrase swapped for a bare preposition ("accompanied by" -> "with", "followed by" -> "after") cannot
  // follow "be": "may be with cardiac disease" says where something is, not what comes with it.
  if (/^(?:with|without|after|before|in|on|at|by|from|near|beside)$/.test(plain) && /\s/.test(m.record.term) && /^(?:be|is|are|was|were|been|being)$/.test(auxiliary)) return undefined;
  // "same" takes its article: "two brothers with identical deletions" -> "with the same deletions"; after "a" ("an
  // identical twin") no article fits, and the word stays.
  if (plain === 'same' && (/^(?:a|an)$/.test(previous) || next === 'to')) return undefined;
  // "characterized by measuring X" tells how something was studied, not the features it has ("marked by measuring").
  if (/\sby$/.test(plain) && /i[sz]ed by$/.test(m.record.term) && /ing$/.test(next)) return undefined;
  // After "is" or "has" a verb needs its participle: "are exhibited" -> "are shown", never "are showed".
  if (/^(?:is|are|was|were|be|been|being|has|have|had|as)$/.test(auxiliary)) {
    if (plain === 'got') return undefined;
    const participle = PARTICIPLE_OF[plain];
    if (participle) return participle;
  }
  // "the readings obtained by the physician" is a participle: "got by" is not English.
  if (plain === 'got' && /^(?:by|from|at|in|with|during|after|before|through|via|for|on)$/i.test(next)) return undefined;
  // "may therefore be" -> "may so be" is not English: a linking word between a verb and its auxiliary stays.
  if (plain === 'so' && /^(?:may|might|can|could|will|would|should|must|is|are|was|were|be|has|have|had|does|do|did)$/.test(previous)) return undefined;
  // "We therefore determined" -> "We so determined" is not English either: "so" links only at a clause's start.
  if (plain === 'so' && previous !== '' && !/[,;:]$|^(?:and|or|but)$/.test(previous)) return undefined;
  // "we performed" is active: "we did", while "was performed" keeps the participle "done".
  if (/^(?:we|they|i|he|she|who|you|authors|investigators|researchers)$/.test(previous)) {
    if (plain === 'done') return 'did';
    if (plain === 'seen') return 'saw';
  }
  // "significant in bilateral, not unilateral, knee pain" -> "in on both sides": a phrase that starts with a preposition
  // cannot follow one.
  if (/^(?:in|on|at|without|with|by|for|from|of|to)\s/.test(plain) && /^(?:in|on|at|of|for|with|by|from|to|into|onto|without|within)$/.test(previous)) return undefined;
  // "in vitro measurement" -> "in the lab measurement": a phrase that starts with a preposition cannot sit before a noun.
  if (/^(?:in|on|at|without)\s/.test(plain) && next !== '' && !FOLLOWS_PHRASE.test(next)) return undefined;
  // Nor can one that ends in one: "maternally inherited HD" is not "passed on from the mother HD".
  if (/\s(?:from|in|on|of)\s+the\s+\S+$/.test(plain) && next !== '' && !FOLLOWS_PHRASE.test(next)) return undefined;
  // Nor can a phrase with its own clause: "antiviral activity" is not "drug that fights viruses activity".
  if (/\s(?:that|which|who)\s/.test(plain) && /^\s+[a-z]/.test(sentence.slice(m.end)) && !FOLLOWS_PHRASE.test(next)) return undefined;
  // "antiviral and antibacterial activities": swapping the second phrase alone ("actions against bacteria") would
  // leave the first adjective without its noun.
  if (/\s/.test(m.text) && /[a-z-]+(?:al|ic|ive|ary|ous)\s+(?:and|or)\s+$/.test(sentence.slice(0, m.start))) return undefined;
  // Nor before the name it describes ("the antiviral GS-5734"), nor as the first of two adjectives of one noun:
  // "antiviral and antibacterial actions" are actions, not "drug that fights viruses and actions against bacteria".
  if (/\s(?:that|which|who)\s/.test(plain) && /^\s+(?:[A-Z0-9]|(?:and|or)\s+[a-z-]+(?:al|ic|ive|ary|ous)\s+[a-z])/.test(original.slice(m.end))) return undefined;
  // A capital mid-sentence on a lower-case term marks a name ("American Heart Association"): leave it.
  if (writtenCapital && !termCapital && !atStart) return undefined;
  // A number or code right after an agent noun makes it part of a name ("inhibitor 2A", "activator 1").
  if (/or$/.test(m.record.term) && /^\s+(?:\d+[A-Za-z]?|[A-Z]{1,2}\d?)(?=[\s,.;:)]|$)/.test(sentence.slice(m.end))) return undefined;
  // "statistically significant difference" keeps the words its gloss explains; "statistically clear" is not English.
  if (previous === 'statistically') return undefined;
  // An adverb that modifies an adjective ("clinically evident", "readily apparent") cannot modify an adjective with
  // its own verb put in its place ("no clinically plain to see defect", "the clinically easy to use device"): the pair
  // keeps its words. Verbs ("closely look like") and other phrases ("essentially without symptoms") keep their swap.
  if (/^[a-z]+ to [a-z]+$/.test(plain) && ADJECTIVE_SHAPE.test(m.record.term) && /^[a-z]{3,}ly$/.test(previous)) return undefined;
  // A preposition cannot follow an article or start a list: "the following:" and "following up" keep their word.
  if (/^(?:after|before)$/.test(plain) && (/^(?:the|a|an|this|these|those)$/.test(previous) || /^\s*[:;,.]|^\s+up\b/.test(sentence.slice(m.end)))) return undefined;
  // "many" counts things: "multiple stages" and "multiple seizure types" -> "many ...", but "multiple testing" stays.
  if (plain === 'many' && !/^\s+(?:[a-z-]+\s+)?(?!does\b|goes\b)[a-z-]{2,}[^su]s\b/i.test(sentence.slice(m.end))) return undefined;
  // A verb swapped for "make" and an adjective ("reinforce" -> "make stronger") puts the adjective after its object:
  // "make stronger the need to screen" is not English, and where the object ends is not known, so the verb stays.
  if (/^make\s+(?:less\s+|more\s+)?(?!(?:up|out|off|sure|friends)$)[a-z]+$/.test(plain) && /^\s+(?![a-z]+ly\b)(?:[a-z0-9][\w-]*)/i.test(sentence.slice(m.end)) && !FOLLOWS_PHRASE.test(next)) return undefined;
  // "main", "chief" and "key" go only before a noun: "may be predominant among" cannot become "may be main among".
  if (/^(?:main|chief|key|principal|sole|mere)$/.test(plain) && /^(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|seem|seems|appear|appears)$/.test(auxiliary)) return undefined;
  let out = plain;
  if (plain === 'same' && !/^(?:the|this|that|these|those|its|their|his|her|our|your|my)$/.test(previous)) out = 'the same';
  // "a new treatment regimen" -> "a new treatment plan", not "treatment treatment plan".
  if (/\s/.test(out) && previous === out.split(/\s+/)[0]!.toLowerCase()) out = out.slice(out.indexOf(' ') + 1);
  // "radiotherapy treatment decisions" -> "radiation treatment decisions", not "radiation treatment treatment decisions".
  else if (/\s/.test(out) && !m.plural && next.toLowerCase() === out.split(/\s+/).pop()!.toLowerCase()) out = out.slice(0, out.lastIndexOf(' '));
  // "gene change" where the sentence already says which gene or that it is genetic: "changes in the DMD gene",
  // "DNA changes", not "gene changes in the DMD gene" or "DNA gene changes".
  if (/^gene\s/.test(plain) && (/^(?:gene|genes|dna|genetic|germline|somatic)$/.test(previous) || /^[^.;:]{0,40}\bgenes?\b/i.test(sentence.slice(m.end)))) {
    out = plain.slice('gene '.length);
  }
  // Only nouns take a plural "s"; verbs like "analyse" -> "analyses" are a different word.
  if (m.plural && /(?:ate|ize|ise|yse|yze|ify|ect|ain|ire|ude|ose|ess)$/.test(m.record.term)) return undefined;
  if (m.plural) {
    // A plural "s" on a phrase lands on its last word, which is wrong for verbs ("accords" -> "agree withs").
    if (/\s/.test(out) && /^(?:agree|add|take|make|give|set|carry|find|look|point|put|turn|go|come|bring|keep|get|show)\b/.test(out)) return undefined;
    if (out.split(/\s+/).length > 3 || /\b(?:that|of|who|which|to)\b/.test(out) || /s$/.test(out)) return undefined;
    out = /(?:s|x|ch|sh)$/.test(out) ? `${out}es` : /[^aeiou]y$/.test(out) ? `${out.slice(0, -1)}ies` : `${out}s`;
  }
  return atStart && writtenCapital ? capitalise(out) : out;
}

// A definition that places its term in genetics ("insertion": "A type of genetic change"; "deletion", "expansion")
// is that word's sense only where the sentence speaks of genes: "IUD insertions", "deletion of the files" and
// "insertion of a catheter" are no genetic change.
const GENETIC_SENSE = /^(?:an?\s+)?(?:type\s+of\s+)?(?:genetic|heritable)\s+(?:change|alteration)/i;
const SPEAKS_OF_GENES = /\b(?:gene|genes|genetic\w*|gene-|dna|rna|cdna|chromosom\w*|mutat\w*|alleles?|exons?|introns?|codons?|nucleotides?|base[- ]pairs?|bp|kb|sequenc\w*|germ-?line|heterozyg\w*|homozyg\w*|locus|loci|\d+q\d*|\d+p\d*)\b/i;

// One word ending as English adjectives do ("evident", "apparent", "pathogenic", "asymptomatic", "visible").
const ADJECTIVE_SHAPE = /^[a-z]+(?:ent|ant|ous|ive|ic|al|able|ible|ary)$/;

/** Whether a term's dictionary sense is the one its sentence means (a genetics sense only where genes are spoken of). */
function senseFits(record: TermRecord, sentence: string): boolean {
  const definition = record.gloss ?? record.definition ?? '';
  if (!GENETIC_SENSE.test(definition) || SPEAKS_OF_GENES.test(record.term)) return true;
  return SPEAKS_OF_GENES.test(sentence);
}

function singularOf(term: string): string {
  return term.replace(/(?<=[^s])s$/, '');
}

function needsDefinition(m: TermMatch, context: RewriteContext): boolean {
  const key = m.record.term.toLowerCase();
  if (context.introduced.has(singularOf(key))) return false;
  if (/^\d/.test(key)) return false;
  if (context.introduced.has(key) || NEEDS_NO_DEFINITION.has(key)) return false;
  // "Programmed cell death is a type of cell death" explains nothing: skip definitions that repeat the term's head.
  const head = key.split(' ').pop() ?? key;
  if (key.includes(' ') && new RegExp(`\\b${head}\\b`, 'i').test(m.record.definition ?? '')) return false;
  return isHardTerm(m.record);
}

/** True when a term has a long word (three or more syllables), the mark of jargon a lay reader may not know. */
export function isHardTerm(record: TermRecord): boolean {
  return (record.term.match(/[A-Za-z]+/g) ?? []).some((w) => countSyllables(w) >= 3 || w.length >= 10);
}

// A gloss longer than this is itself hard to read, and the reader can look the term up instead.
const MAX_GLOSS_WORDS = 12;
// Curated glosses are written in short words for lay readers, so a slightly longer one still reads plainly.
const MAX_CURATED_GLOSS_WORDS = 15;

/** A short sentence explaining a term ("Hypoxia means too little oxygen."), or undefined when the definition will not read plainly. */
export function glossOf(term: string, definition: string, curated = false): string | undefined {
  const named = capitalise(term);
  let d = definition.trim().replace(/\.$/, '');
  if (!curated) {
    const cleaned = cleanDefinition(d);
    if (!cleaned) return undefined;
    d = cleaned;
  }
  // "Genetic means having to do with genes", "Skeletal means having to do with the skeleton": a definition by the
  // term's own root tells the reader nothing the word did not.
  const root = /^(?:having to do with|relating to|related to|pertaining to)\s+(?:the\s+|an?\s+)?([a-z]+)$/i.exec(d)?.[1];
  if (root && root.slice(0, 4).toLowerCase() === term.slice(0, 4).toLowerCase()) return undefined;
  // Dictionary definitions of adjectives start with "Describes" or "Refers to": keep that as the verb.
  const verb = /^(describes|refers to)\s+/i.exec(d);
  // "Lymphocytes are a type of white blood cell", "Mitochondria are the parts of a cell ...": a plural subject takes "are".
  const plural = isPluralTerm(term) && !/^(?:describes|refers to|having|being|causing|changing|turning|able)\b/i.test(d);
  // A singular count noun needs its article as the subject of "is": "A chromosome is a thread ...", not "Chromosome is".
  // "The pylorus is the part of the stomach ...", "The placenta is the organ ...": a part of the body the definition
  // names as the one such part is "the" part, as a reader says it.
  const onlyOne = !verb && !plural && /^[a-z]+$/.test(term) && ONE_PART.test(d);
  const subject = onlyOne ? `The ${term}` : !verb && !plural && countsOne(term, definition) ? capitalise(fixArticle('a ', term)) + term : named;
  const sentence = verb
    ? `${subject} ${verb[1]!.toLowerCase()} ${d.slice(verb[0].length)}.`
    : plural && (curated || /^(?:the|one|any|two)\b|^[a-z]+s\b/i.test(d))
      ? `${subject} are ${lowerFirst(d)}.`
    : /^(?:a|an|the|one|any|two)\b/i.test(d)
      ? `${subject} is ${lowerFirst(d)}.`
      : /^(?:type|group|drug|substance|condition|protein|disease|cancer|form)\b/i.test(d)
        ? `${subject} is a ${lowerFirst(d)}.`
      : `${named} means ${lowerFirst(d)}.`;
  // The article a subject takes adds no hard word: a gloss is measured without it.
  const article = subject === named ? 0 : 1;
  return wordCount(sentence) - article <= (curated ? MAX_CURATED_GLOSS_WORDS : MAX_GLOSS_WORDS) ? sentence : undefined;
}

// A definition naming the one part, organ or structure of a body or cell the term is.
const ONE_PART = /^the\s+(?:[a-z-]+\s+){0,2}?(?:part|organ|gland|network|structure|layer|membrane|lining|opening|passage|muscle|sac)\s+(?:of|that|which|in|on|at|between|consisting|connecting|where)\b/i;

// Nouns that name one of a kind by their shape (a count noun, never a substance, an illness or a process): agents
// and instruments ("inhibitor", "receptor", "donor", "antidepressant"), cells and bodies ("leukocyte", "chromosome",
// "antibody"), "-type" and "steroid" words, and heads that count things ("trial", "lymph node", "first-degree relative",
// "pedigree"). A name with a capital or a number ("BRCA1 gene", "C-reactive protein") is one thing, and takes "the" if
// anything: it is left bare. So is a word the definition calls "a drug" or "a substance" (a medicine's own name,
// "aprepitant", "selinexor"; a class "anti-" names, "antidepressant", counts) or defines as a term that describes (an adjective, "malignant").
const COUNTS_ONE =
  /(?:[a-z](?:(?:at|it|pt|ss|ct|ns|rs|iv|um|on|el)or|ist|ant|cyte|blast|phage|some|body|type|steroid|cyst|let|tide|protein|satellite)|\b(?:trial|study|ratio|relative|node|cell|test|scan|tube|vessel|site|allele|exon|intron|molecule|particle|vesicle|follicle|nodule|polyp|ulcer|stent|implant|pedigree|parasite|diagram|device|biopsy))$/;
const NOT_COUNTED = /\b(?:factor|humou?r)$|versus/;

function countsOne(term: string, definition: string): boolean {
  // "A dehydrogenase is a type of enzyme": an enzyme's name ends in "-ase" and counts like "an enzyme".
  if (/^[a-z]+ase$/.test(term) && /^(?:an?\s+)?(?:type of\s+|kind of\s+)?enzyme\b/i.test(definition)) return true;
  // "P-glycoprotein" is a name by its letter, as "BRCA1 gene" is.
  if (/[A-Z0-9]|^[a-z]-/.test(term) || !COUNTS_ONE.test(term) || NOT_COUNTED.test(term) || isPluralTerm(term)) return false;
  // "An antagonist", "a corticosteroid", "an inhibitor" name a class of drugs, as "anti-" words do: they count.
  if (!/\s/.test(term) && !/^anti|(?:agonist|steroid|inhibitor|blocker)$/.test(term) && /^(?:an?\s+)?(?:drug|substance|compound|medicine)\b/i.test(definition)) return false;
  return !/^(?:(?:a |the )?(?:term|word)s?\b|describes|refers)/i.test(definition);
}

// Words in "s" that are singular: "-ss", "-is", "-us", fields of study (genetics, genomics, pharmacokinetics) and named illnesses.
const SINGULAR_IN_S = /(?:ss|is|us|as|os|genetics|omics|atrics|kinetics|dynamics|statistics|ethics|physics|obstetrics|economics|diabetes|herpes|rabies|scabies|measles|mumps|rickets|shingles|series|species|facies|news)$/i;

function isPluralTerm(term: string): boolean {
  return (/s$/.test(term) && !SINGULAR_IN_S.test(term)) || /^(?:mitochondria|bacteria|data|criteria)$/i.test(term);
}

// Dictionary framing that says nothing to a reader: "In oncology, ...", "A term used to describe ...".
const DEFINITION_FRAMING = /^(?:in [a-z ]+?,\s*|(?:a |the )?(?:term|word|phrase)s? (?:used|that is used)? ?(?:to describe|for|that describes)\s+|is\s+)+/i;
// Definitions too general to explain anything ("a drug or substance", "a condition or finding").
const VAGUE_DEFINITION =
  /^(?:a|an)\s+(?:drug|substance|condition|finding|person|chemical|compound|process|procedure|term|technique)(?:\s+or\s+(?:a|an)?\s*\w+)?$|^(?:a|an)\s+\w+\s+(?:term|procedure|technique)$/i;
// A definition cut before the clause that said which one ("A type of drug" that relaxes the muscles, "A group of
// conditions" in which the skin ..., "An animal or plant" that lives on another) names only a kind: a student knows the
// term is some enzyme, a lay reader learns nothing from "Muscle relaxant is a type of drug".
const KIND_ONLY = /^(?:a|an|one)\s+(?:type|kind|form|group|class|family)\s+of\s+\w+$|^(?:a|an)\s+\w+\s+or\s+(?:a\s+|an\s+)?\w+$/i;

function cleanDefinition(definition: string): string | undefined {
  const d = definition.replace(DEFINITION_FRAMING, '');
  if (/^(?:when|how|what|having to do with a (?:phenotype|trait)|being part of)\b/i.test(d)) return undefined;
  if (VAGUE_DEFINITION.test(d) || KIND_ONLY.test(d) || wordCount(d) < 4) return undefined;
  // "the physical and mental symptoms" (of "withdrawal", cut before "that occur after stopping ..."): a definite noun
  // phrase with nothing after it to say which is a definition cut short, and reads as a wrong one.
  if (/^the\b/i.test(d) && !/\b(?:of|that|which|who|whom|where|when|in|on|at|for|to|from|by|with|within|used|made|caused|called|found|is|are)\b/i.test(d.slice(4))) return undefined;
  return d;
}

function lowerFirst(text: string): string {
  // Keep capitals that start a name or abbreviation ("DNA", "Merkel").
  return /^[A-Z](?:[a-z]|\s)/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\.\./g, '.')
    .trim();
}
