import { pointsOf, type Answer, type Audience, type Point } from '../domain/index.js';
import { caregiverText } from './caregiver-text.js';
import { plainRefusal } from './plain-refusal.js';
import { plainEvidence } from './plain-evidence.js';
import { plainSectionTitle } from './section-titles.js';
import { createRewriteContext, plainText, studentText, type RewriteContext } from './rewrite-text.js';
import type { Vocabulary } from './vocabulary.js';
import { genusShortForms, withGenusNames } from '../lib/index.js';

/**
 * Adapts an answer's wording to its reader; citations, references, status and verdict never change. `sources` gives
 * the title and abstract of cited articles by PMID: an abbreviation in a point is then spelled out as its own article
 * defines it ("GBS" is group B streptococcus in a meningitis study, though another article or the dictionary reads
 * Guillain-Barré syndrome), and left as written when its article does not define it but another cited one does.
 */
export function adaptAnswer(answer: Answer, audience: Audience, vocabulary: Vocabulary, sources: ReadonlyMap<string, string> = new Map()): Answer {
  // Clinicians read the source wording: only the audience label changes.
  if (audience === 'physician' || audience === 'nurse') return { ...answer, audience };

  const context = createRewriteContext(vocabulary, textsOf(answer), readTextsOf(answer));
  const contextOf = pointContexts(answer, context, sources);
  const rewrite = (text: string, context: RewriteContext) =>
    audience === 'student' ? studentText(text, context) : audience === 'caregiver' ? caregiverText(plainText(text, context)) : plainText(text, context);
  // A lay reader meets the species its article names in full, not the genus letter: "S. stercoralis" is
  // "Strongyloides stercoralis".
  const lay = audience === 'patient' || audience === 'caregiver';
  const genera = new Map<string, ReadonlyMap<string, string>>();
  const speciesIn = (point: Point, text: string) => {
    let out = text;
    for (const pmid of new Set(point.citations.map((c) => c.pmid))) {
      const source = sources.get(pmid);
      if (source === undefined) continue;
      if (!genera.has(pmid)) genera.set(pmid, genusShortForms(source));
      out = withGenusNames(out, genera.get(pmid)!);
    }
    return out;
  };
  const adaptPoint = (point: Point): Point => ({ ...point, text: rewrite(lay ? speciesIn(point, point.text) : point.text, contextOf(point)) });

  const direct = answer.direct ? adaptPoint(answer.direct) : null;
  const sections = answer.sections.map((section) => ({
    ...section,
    title: plainSectionTitle(section.kind, audience) ?? section.title,
    points: section.points.map(adaptPoint),
  }));
  return {
    ...answer,
    audience,
    direct,
    sections,
    evidenceSummary:
      audience === 'student'
        ? answer.evidenceSummary
        : // A lay reader of a refusal is told what was looked for, how to ask again and whom to ask instead.
          answer.status === 'insufficient_evidence'
          ? plainRefusal(answer.evidenceSummary, audience, (text) => plainSummary(text, context))
          : plainSummary(lay ? plainEvidence(answer.evidenceSummary) : answer.evidenceSummary, context),
  };
}

/**
 * The rewrite context of each point: the answer's, with the abbreviations its own cited articles define in place of
 * those other articles define. Without the sources of all its articles a point keeps the answer's context.
 */
function pointContexts(answer: Answer, context: RewriteContext, sources: ReadonlyMap<string, string>): (point: Point) => RewriteContext {
  const byArticles = new Map<string, RewriteContext>();
  const definedIn = new Map<string, Map<string, string>>();
  const definitionsOf = (pmid: string, quotes: readonly string[]) => {
    let defined = definedIn.get(pmid);
    if (!defined) {
      defined = createRewriteContext(context.vocabulary, [sources.get(pmid) ?? '', ...quotes]).defined;
      definedIn.set(pmid, defined);
    }
    return defined;
  };
  const quotesOf = new Map<string, string[]>();
  for (const point of pointsOf(answer)) {
    for (const c of point.citations) quotesOf.set(c.pmid, [...(quotesOf.get(c.pmid) ?? []), c.quote]);
  }
  const cited = [...quotesOf.keys()];
  if (!cited.every((pmid) => sources.has(pmid))) return () => context;
  return (point) => {
    const pmids = [...new Set(point.citations.map((c) => c.pmid))].sort();
    const key = pmids.join(' ');
    const known = byArticles.get(key);
    if (known) return known;
    const defined = new Map<string, string>();
    for (const pmid of pmids) for (const [short, long] of definitionsOf(pmid, quotesOf.get(pmid) ?? [])) if (!defined.has(short)) defined.set(short, long);
    // An abbreviation another cited article defines, and this point's articles do not, may mean something else here.
    const unclear = new Set(context.unclear);
    for (const pmid of cited) if (!pmids.includes(pmid)) for (const short of definitionsOf(pmid, quotesOf.get(pmid) ?? []).keys()) if (!defined.has(short)) unclear.add(short);
    const own: RewriteContext = { ...context, defined, unclear };
    byArticles.set(key, own);
    return own;
  };
}

function plainSummary(summary: string, context: RewriteContext): string {
  return plainText(summary, context, { explain: false });
}

// The texts a reader of the adapted answer sees: its points and the evidence summary.
function readTextsOf(answer: Answer): string[] {
  const points = pointsOf(answer);
  return [...points.map((p) => p.text), answer.evidenceSummary];
}

function textsOf(answer: Answer): string[] {
  const points = pointsOf(answer);
  return [
    ...points.map((p) => p.text),
    ...points.flatMap((p) => p.citations.map((c) => c.quote)),
    ...answer.references.map((r) => r.title),
  ];
}
