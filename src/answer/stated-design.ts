import type { Article, Reference } from '../domain/index.js';
import { withCaseClasses } from '../lib/index.js';

// The words an abstract describes its own study's design with: "double-blind, prospective, multicenter", "retrospective
// cohort", "population-based case-referent", then what the study is ("trial", "study", "meta-analysis", "case series").
const DESIGN_WORD =
  '(?:randomi[sz]ed|double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|triple[- ]blind(?:ed)?|blinded|placebo[- ]controlled|controlled|prospective|retrospective|multi-?cent(?:er|re)|multi-?institutional|population[- ]based|register-based|registry-based|hospital-based|community-based|cross[- ]?sectional|case[- ](?:control|referent|crossover)|observational|longitudinal|comparative|open[- ]label|pilot|preliminary|nested|matched|descriptive|cohort|cross[- ]?over|pragmatic|clinical|interventional|non-?randomi[sz]ed|single[- ]cent(?:er|re)|control|experimental|exploratory|qualitative|quantitative|analytic(?:al)?|descriptive[- ]analytic(?:al)?|secondary|national|nationwide|time[- ]specific|phase (?:[1-4]|I{1,3}V?|IV)(?:/(?:[1-4]|I{1,3}V?|IV))?)';
const DESIGN_NOUN =
  '(?:(?:cohort |case[- ]control |case[- ]referent |cross[- ]?sectional |follow-up )?stud(?:y|ies)|trials?|meta-analys[ie]s|systematic review(?: and meta-analysis)?|case series|(?:chart |records? )?reviews?|review of (?:medical )?(?:records|charts)|analysis|survey|cohort)';
const PHRASE = `((?:\\d+[- ](?:year|month|week|day)s?\\s+)?(?:(?:${DESIGN_WORD}(?:,?\\s+(?:and\\s+)?|\\s*,\\s*))*${DESIGN_WORD}\\s+${DESIGN_NOUN}|${DESIGN_NOUN.replace(/^\(\?:/, '(?:(?:systematic review and )?')}))`;

// Where an abstract speaks of its own study: "In this prospective, randomized, double-blind study", "In a
// double-blind, prospective, multicenter trial, 416 patients ...", "This was a retrospective cohort study", "We
// conducted a population-based case-referent study", "A prospective cohort study included ...".
// The long patterns that hold PHRASE are written without the i flag (withCaseClasses): V8 takes several times longer
// to compile them case-insensitive, some 100 ms of a process's first answer citing a record with no design indexed.
const OWN_STUDY = [
  new RegExp(`\\b(?:in|during|from)\\s+(?:this|a|an|our|the present|the current)\\s+${PHRASE}`, 'i'),
  new RegExp(`\\b(?:this|the present|the current|our)\\s+(?:(?:was|is)\\s+(?:a|an)\\s+)?${PHRASE}`, 'i'),
  new RegExp(`\\bwe\\s+(?:\\w+ly\\s+)?(?:performed|conducted|carried out|undertook|did|designed|report|present|describe)\\s+(?:a|an)\\s+${PHRASE}`, 'i'),
  new RegExp(`^(?:a|an|the)\\s+${PHRASE}\\s+(?:of|was|were|included|includes|including|involved|involving|using|in|among|at|to|on|with|nested|done|conducted|performed|carried|enrolled|comprised|identified|examined|evaluated|assessed|compared|found|showed|revealed|analy[sz]ed)\\b`, 'i'),
  // A sentence that is its design alone: "A cohort study.", "A 2-year prospective survey."
  new RegExp(`^(?:(?:a|an)\\s+)?${PHRASE}\\.?$`, 'i'),
  // "This study was a retrospective chart review of ...", "The present study is a prospective cohort study".
  new RegExp(`\\b(?:this|the present|the current|our)\\s+(?:study|trial|work|research|analysis)\\s+(?:was|is)\\s+(?:a|an)\\s+${PHRASE}`, 'i'),
  // A sentence that opens with its design and no article: "Prospective cross-sectional observational study conducted at
  // ...", "Retrospective chart reviews were conducted ...".
  new RegExp(`^${PHRASE}\\s+(?:of|was|were|included|including|involving|using|in|among|at|nested|done|conducted|performed|carried)\\b`, 'i'),
].map(withCaseClasses);
// A design said as what the study is ("This study is cross-sectional.") or as the whole sentence ("Cross-sectional.").
const IS_DESIGN = withCaseClasses(new RegExp(`^(?:(?:this|the present|our) (?:study|design|trial) (?:is|was) )?((?:${DESIGN_WORD}(?:,?\\s+(?:and\\s+)?|\\s*,\\s*))*${DESIGN_WORD})\\.?$`, 'i'));
// How an abstract says, without naming a design, that its people were randomized ("We randomized 42 patients") or its
// data gathered before or after the events ("records were retrospectively reviewed", "data collected prospectively").
const WE_RANDOMIZED = /\bwe\s+(?:\w+ly\s+)?(?:randomi[sz]ed|randomly (?:allocated|assigned))\b|\brandomi[sz]ation of \d+/i;
// Data or a design named by its kind ("Cross-sectional data were obtained", "a cross-sectional design was used", "its
// retrospective design"); "cross-sectional area" and "cross-sectional diameter" are measures, not designs.
const KIND_OF_DATA = /\b(cross[- ]sectional|longitudinal|case[- ]control|retrospective|prospective)\s+(?:data|design|assessment)\b/i;
const GATHERED = '(?:reviewed|review|analy[sz]ed|analy[sz]e|evaluated|evaluate|collected|studied|identified|obtained|assessed|assess|assesses|examined|recorded|measured|enrolled|followed|included|recruited|registered|gathered|perused|performed|compared|kept|illustrate)';
const TIMED = new RegExp(`\\b(?:(retrospectively|prospectively)\\s+${GATHERED}|${GATHERED},?\\s+(retrospectively|prospectively)|(retrospectively|prospectively),?\\s+we\\b|^(retrospectively|prospectively)\\b)`, 'i');
// An inline label at the start of a sentence of an unstructured abstract ("DESIGN AND SETTING Retrospective cohort ...").
const INLINE_LABEL = /^(?:(?:STUDY )?DESIGN(?:,? AND (?:SETTING|METHODS?))?|METHODS?|SETTING)\s*:?\s+(?=[A-Z])/;
// A design written without a subject, as a structured abstract's DESIGN or METHODS section opens: "Retrospective cohort
// study.", "Observational study using Medicaid claims data", "Case series".
const LABELLED = withCaseClasses(new RegExp(`^${PHRASE}(?=[\\s.,;:]|$)`, 'i'));
const DESIGN_SECTION = /^(?:(?:study )?design|methods?|(?:design,? )?setting,? and participants|study design(?: and setting)?|design and setting|design and methods?|materials? and methods?|patients and methods?)\b/i;
// Its participants said to be randomized: "416 patients ... were randomly allocated", "women were randomized to".
const RANDOMIZED_PEOPLE =
  /\b(?:patients|participants|subjects|women|men|children|infants|neonates|volunteers|adults|adolescents|mothers|pregnancies|fractures)\b[^.;]{0,140}?\b(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly (?:allocated|assigned|divided))\b/i;
// A design named as what is still wanted or what others did: "Prospective studies are needed", "a prospective,
// randomized trial is indicated", "no prospective comparative study", "most existing research has been retrospective".
const NOT_OWN =
  /\b(?:needed|warranted|required|indicated|necessary|should|would|future|further|larger|previous(?:ly)?|prior|earlier|other|existing|published|literature|no\s+(?:\w+\s+){0,2}?(?:studies|study|trials?)|(?:has|have) been)\b/i;
// Animals randomized make no trial in people.
const ANIMALS = /\b(?:rats?|mice|mouse|rabbits?|dogs?|pigs?|piglets?|sheep|cats?|monkeys?|primates?|animals?|kittens?|hamsters?|guinea pigs?)\b/i;

// A design a title names after its colon or dash.
const TITLED = withCaseClasses(new RegExp(`(?::|\\s[\\u2013\\u2014-])\\s*(?:(?:a|an)\\s+)?${PHRASE}\\.?$`, 'i'));

// What names no design by itself: "a study", "this analysis".
const BARE = /^(?:stud(?:y|ies)|trials?|analysis|survey|cohort|reviews?)$/i;

function tidy(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim().replace(/\b(?!(?:I{1,3}V?|IV)\b)[A-Z][a-z]*\b/g, (w) => w.toLowerCase());
}

function article(phrase: string): string {
  // One study said in the plural ("Retrospective chart reviews were conducted") is one review.
  const one = phrase.replace(/reviews$/, 'review').replace(/studies$/, 'study').replace(/trials$/, 'trial');
  // "an 18-month review", "an 8-week trial".
  return (/^[aeiou]/i.test(one) && !/^(?:one|uni|eu)/i.test(one)) || /^(?:8\d*|11|18)(?!\d)/.test(one) ? `an ${one}` : `a ${one}`;
}

/**
 * The design an abstract states its own study has, in the abstract's own words ("a double-blind, prospective,
 * multicenter trial", "a retrospective observational study"), or null when it states none. Read only to say what a
 * record whose publication types name no design describes itself as; a design other studies had or one still needed
 * ("Prospective studies are needed") is none of its own.
 */
export function statedDesign(source: Pick<Article, 'title' | 'abstract' | 'abstractSections'>): string | null {
  // A title naming its design after a colon: "Pretreatment with nitrous oxide ...: A randomized controlled trial."
  const titled = TITLED.exec(source.title.trim());
  if (titled?.[1] && !BARE.test(titled[1].trim())) return article(tidy(titled[1]));
  const sections = source.abstractSections.length ? source.abstractSections : [{ label: null, category: null, text: source.abstract }];
  let found: string | null = null;
  let randomized = false;
  let timed: string | null = null;
  let kind: string | null = null;
  for (const section of sections) {
    const labelled = section.label && DESIGN_SECTION.test(section.label.trim());
    for (const raw of section.text.split(/(?<=[.;])\s+(?=[A-Z])/)) {
      const inline = INLINE_LABEL.exec(raw);
      const sentence = inline ? raw.slice(inline[0].length) : raw;
      if (NOT_OWN.test(sentence) || ANIMALS.test(sentence)) continue;
      if (RANDOMIZED_PEOPLE.test(sentence) || WE_RANDOMIZED.test(sentence)) randomized = true;
      const when = TIMED.exec(sentence);
      if (when && !timed) timed = (when[1] ?? when[2] ?? when[3] ?? when[4] ?? '').toLowerCase().replace(/ly$/, '');
      if (found) continue;
      // The first pattern that names a design: "This study" alone names none, "This study was a retrospective chart review" does.
      const named = (m: RegExpExecArray | null): m is RegExpExecArray => m?.[1] !== undefined && !BARE.test(m[1].trim());
      const hit = [...OWN_STUDY.map((p) => p.exec(sentence)), labelled || inline ? LABELLED.exec(sentence.trim()) : null].find(named);
      if (hit?.[1]) found = tidy(hit[1]);
      const is: RegExpExecArray | null = found ? null : IS_DESIGN.exec(sentence.trim());
      if (is?.[1]) found = `${tidy(is[1])} study`;
      const data = KIND_OF_DATA.exec(sentence);
      if (data?.[1] && !kind) kind = `${tidy(data[1])} study`;
    }
  }
  if (found && randomized && !/randomi[sz]ed/i.test(found)) found = `randomized, ${found}`;
  if (!found && randomized) found = 'randomized study';
  // "Records were retrospectively reviewed" says a retrospective study, "data collected prospectively" a prospective one.
  if (!found) found = kind ?? (timed ? `${timed} study` : null);
  return found ? article(found) : null;
}

/** The designs the abstracts of references indexed without one state, by PMID (for summarizeEvidence). */
export function designsOf(references: readonly Reference[], articles: ReadonlyMap<string, Pick<Article, 'title' | 'abstract' | 'abstractSections'>>): Map<string, string> {
  const designs = new Map<string, string>();
  for (const ref of references) {
    const source = ref.evidenceLevel === 'other' ? articles.get(ref.pmid) : undefined;
    const design = source ? statedDesign(source) : null;
    if (design) designs.set(ref.pmid, design);
  }
  return designs;
}
