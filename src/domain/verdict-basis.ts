// A yes or no that rests only on studies of animals or of cells says so beside the verdict itself, where a reader
// looks first, not only in the evidence line at the end. The answer stage words the evidence summary of such an
// answer ("Based on 1 study in mice; no study in people was found") and the audience stage rewords it for lay readers
// ("This comes from one study in mice, not in people. ..."): either wording is read here.

/** The answer stage's summary of evidence from animal studies alone ("Based on 1 study in mice; no study in people was found"). */
export const ONLY_ANIMALS_SUMMARY = /^Based on (\d+) (?:study|studies) in ([^;.]+); no study in people was found(?=[;.])/;
/** Its summary of studies of cells alone ("Based on 1 laboratory study of cells (in vitro); no study in people was found"). */
export const ONLY_CELLS_SUMMARY = /^Based on (\d+) laboratory (?:study|studies) of cells \(in vitro\); no study in people was found(?=[;.])/;
const LAY_ANIMALS = /^This comes from (one study|\d+ studies) in ([^,.;]+), not in people\b/;
const LAY_CELLS = /^This comes from (one study|\d+ studies) of cells grown in a laboratory, not of people\b/;

const studies = (n: number, what: string) => (n === 1 ? `a ${what}` : `${n} ${what.replace(/study\b/, 'studies')}`);
const count = (said: string) => (said === 'one study' ? 1 : Number.parseInt(said, 10));

/**
 * What the whole of an answer's evidence was, when no study of people is among it, read from its evidence summary:
 * "a study in mice", "2 studies in rats", "a laboratory study of cells"; null when people were studied.
 */
export function nonHumanBasis(evidenceSummary: string): string | null {
  const animals = ONLY_ANIMALS_SUMMARY.exec(evidenceSummary);
  if (animals) return studies(Number(animals[1]), `study in ${animals[2]}`);
  const cells = ONLY_CELLS_SUMMARY.exec(evidenceSummary);
  if (cells) return studies(Number(cells[1]), 'laboratory study of cells');
  const lay = LAY_ANIMALS.exec(evidenceSummary);
  if (lay) return studies(count(lay[1] as string), `study in ${lay[2]}`);
  const layCells = LAY_CELLS.exec(evidenceSummary);
  if (layCells) return studies(count(layCells[1] as string), 'laboratory study of cells');
  return null;
}

/** The verdict as a reader is shown it: "yes", or "yes (only from a study in mice, not from people)". */
export function shownVerdict(verdict: string, evidenceSummary: string): string {
  const basis = nonHumanBasis(evidenceSummary);
  return basis ? `${verdict} (only from ${basis}, not from people)` : verdict;
}
