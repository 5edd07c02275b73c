/** Reads `clinq ask --batch --json` output lines and measures what the answer contract promises. */
import { z } from 'zod';

const citationSchema = z.object({ n: z.number(), pmid: z.string(), quote: z.string() });
const pointSchema = z.object({ text: z.string(), citations: z.array(citationSchema).default([]) });

/** The parts of an answer line the benchmarks read (contract fields plus the batch's qid and optional timing). */
export const answerLineSchema = z.object({
  qid: z.union([z.string(), z.number()]).transform((v): string => String(v)).optional(),
  verdict: z.enum(['yes', 'no', 'uncertain']).optional(),
  status: z.enum(['answered', 'insufficient_evidence']),
  direct: pointSchema.nullable().default(null),
  sections: z.array(z.object({ kind: z.string(), title: z.string(), points: z.array(pointSchema) })).default([]),
  references: z.array(z.object({ n: z.number(), pmid: z.string() }).loose()).default([]),
  elapsedMs: z.number().optional(),
});

/** One parsed answer line. */
export type AnswerLine = z.infer<typeof answerLineSchema>;
/** One point of an answer line. */
export type AnswerPoint = z.infer<typeof pointSchema>;

/** Parses one output line; a line that is not an answer yields an error message instead of throwing. */
export function parseAnswerLine(line: string): AnswerLine | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: `not JSON: ${line.slice(0, 120)}` };
  }
  const parsed = answerLineSchema.safeParse(json);
  return parsed.success ? parsed.data : { error: parsed.error.message.slice(0, 300) };
}

/** Every point of an answer in reading order: the direct answer first, then each section's points. */
export function pointsOf(answer: AnswerLine): AnswerPoint[] {
  return [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
}

/** The reader-visible text of an answer (direct answer and points), joined by spaces. */
export function answerText(answer: AnswerLine): string {
  return pointsOf(answer)
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join(' ');
}

/** The distinct PMIDs an answer cites, in order of first citation. */
export function citedPmids(answer: AnswerLine): string[] {
  const seen = new Set<string>();
  for (const point of pointsOf(answer)) for (const c of point.citations) seen.add(c.pmid);
  return [...seen];
}

/** Collapses runs of whitespace, as the contract allows quotes to normalise whitespace. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Counts for the contract's grounding promises over a set of answers. */
export type GroundingCounts = {
  citations: number;
  verbatimQuotes: number;
  points: number;
  uncitedPoints: number;
  unresolvedCitations: number;
};

/**
 * Checks each citation's quote against the stored title or abstract (each on its own) of the cited PMID (whitespace normalised),
 * counts points without citations and citations whose n does not resolve to a reference with the same PMID.
 */
export function groundingCounts(
  answers: readonly AnswerLine[],
  sourceFields: (pmid: string) => readonly string[] | undefined,
): GroundingCounts {
  const counts: GroundingCounts = { citations: 0, verbatimQuotes: 0, points: 0, uncitedPoints: 0, unresolvedCitations: 0 };
  for (const answer of answers) {
    const refs = new Map(answer.references.map((r) => [r.n, r.pmid]));
    for (const point of pointsOf(answer)) {
      counts.points += 1;
      if (point.citations.length === 0) counts.uncitedPoints += 1;
      for (const c of point.citations) {
        counts.citations += 1;
        if (refs.get(c.n) !== c.pmid) counts.unresolvedCitations += 1;
        const fields = sourceFields(c.pmid) ?? [];
        const quote = normaliseSpace(c.quote);
        if (quote.length > 0 && fields.some((field) => normaliseSpace(field).includes(quote))) {
          counts.verbatimQuotes += 1;
        }
      }
    }
  }
  return counts;
}
