/**
 * The strength of the evidence as a lay reader can use it. The answer stage says it in a researcher's terms ("Based on
 * 1 article not classified by study design.", "Evidence is limited to a single case report."), which tells a patient
 * neither what the studies were nor how far to trust them; the lay wording says how many studies there are and what
 * that means for how sure the answer is. Summaries that name study designs keep their words (the vocabulary glosses
 * them), and a clause on rarity after a semicolon stays.
 */

import { ONLY_ANIMALS_SUMMARY, ONLY_CELLS_SUMMARY } from '../domain/index.js';

const ONLY_UNCLASSIFIED = /^Based on (\d+) (?:article|articles) not classified by study design(?=[;.])/;
// The answer stage's clause on designs the abstracts state ("; its abstract describes it as a randomized trial").
const DESCRIBED = /^;\s*(?:its abstract describes it as ([^;.]+?)|their abstracts describe ([^;.]+?))(?=[;.]\s*(?:[a-z]|$))/;
const ONLY_CASE_REPORTS = /^Evidence is limited to (a single case report|case reports)(?=[;.])/;

// The answer stage's summaries of evidence from animal studies, or studies of cells, alone (domain/verdict-basis.ts).
const ONLY_ANIMALS = ONLY_ANIMALS_SUMMARY;
const ONLY_CELLS = ONLY_CELLS_SUMMARY;

/** A lay reader's wording of the evidence summary of an answered question; other summaries as they are. */
export function plainEvidence(summary: string): string {
  const cells = ONLY_CELLS.exec(summary);
  if (cells) {
    const n = Number(cells[1]);
    const said = `This comes from ${n === 1 ? 'one study' : `${n} studies`} of cells grown in a laboratory, not of people. What happens to cells in a dish often does not happen the same way in the body`;
    return `${said}${rest(summary, cells[0].length)}`;
  }
  // "In vitro" is the researchers' word; "cells in the laboratory" already says it.
  return plainSummary(summary.replace(/ \(in vitro\)/g, ''));
}

function plainSummary(summary: string): string {
  const animals = ONLY_ANIMALS.exec(summary);
  if (animals) {
    const n = Number(animals[1]);
    const said = `This comes from ${n === 1 ? 'one study' : `${n} studies`} in ${animals[2]}, not in people. What happens in animals often does not happen the same way in people`;
    return `${said}${rest(summary, animals[0].length)}`;
  }
  const unclassified = ONLY_UNCLASSIFIED.exec(summary);
  if (unclassified) {
    const n = Number(unclassified[1]);
    const studies = n === 1 ? 'one study' : `${n} studies`;
    // The design the abstracts state, when the records index none: said as the authors' own description.
    const described = DESCRIBED.exec(summary.slice(unclassified[0].length));
    if (described) {
      const after = unclassified[0].length + described[0].length;
      const said = described[1]
        ? `Based on one study. Its authors describe it as ${described[1]}`
        : `Based on ${studies}. The records do not say what kind of studies they were, but their authors describe ${described[2]}`;
      return `${said}${rest(summary, after)}`;
    }
    const said = `Based on ${studies}. The records do not say what kind of ${n === 1 ? 'study it was' : 'studies they were'}, so clinq cannot say how strong this evidence is`;
    return `${said}${rest(summary, unclassified[0].length)}`;
  }
  const cases = ONLY_CASE_REPORTS.exec(summary);
  if (cases) {
    const said = cases[1] === 'a single case report' ? 'This comes from the report of a single patient, which is weak evidence' : 'This comes from reports of single patients, which is weak evidence';
    return `${said}${rest(summary, cases[0].length)}`;
  }
  return summary;
}

// What follows the matched opening: a rarity clause ("; the condition is described as rare.") becomes its own sentence.
function rest(summary: string, at: number): string {
  const tail = summary.slice(at).trim();
  const clause = /^;\s*(.+?)\.?$/.exec(tail)?.[1];
  return clause ? `. ${clause.charAt(0).toUpperCase()}${clause.slice(1)}.` : '.';
}
