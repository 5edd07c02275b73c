// Questions whether something is found less (or more) often somewhere than elsewhere, and sentences saying the reverse.
const ASKS_DEPLETION = /\b(?:depleted|depletion|under-?represent\w*|less (?:likely|frequent|common|often))\b/i;
const ASKS_ENRICHMENT = /\b(?:enriched|enrichment|over-?represent\w*|more (?:likely|frequent|common|often))\b/i;
// "5 times more likely to harbor germline CNVs", "enriched in", "overrepresented among".
const ENRICHED = /\b(?:enriched|over-?represented|(?:\d+(?:\.\d+)?[ -](?:times|fold) |significantly |much )?more (?:likely|frequently|often) (?:to )?(?:harbou?r|contain|carry|host|have|be found|occur|be observed))\b/i;
const DEPLETED = /\b(?:depleted|under-?represented|(?:\d+(?:\.\d+)?[ -](?:times|fold) |significantly |much )?less (?:likely|frequently|often) (?:to )?(?:harbou?r|contain|carry|host|have|be found|occur|be observed))\b/i;

/**
 * Whether a sentence says the reverse of the enrichment or depletion a question asks about: "low-mappability regions
 * are approximately 5 times more likely to harbor germline CNVs" denies "Are CNVs depleted in regions of low
 * mappability?", and "depleted of" denies a question on enrichment.
 */
export function reversesEnrichment(text: string, question: string): boolean {
  const depletion = ASKS_DEPLETION.test(question);
  const enrichment = ASKS_ENRICHMENT.test(question);
  if (depletion === enrichment) return false;
  return depletion ? ENRICHED.test(text) && !DEPLETED.test(text) : DEPLETED.test(text) && !ENRICHED.test(text);
}
