import type { QuestionAnalysis } from './analyze-question.js';
import { askedRelationsOf } from './verdict-relation.js';

/**
 * "Do gout patients know their serum urate goal?" asks what a group knows, and a survey answers with a share: "Only 14%
 * of patients knew their SU goal" says that, as a group, they do not, though it states no negation. A small share
 * said with "only", a minority, "less than half" or "few" of those asked, beside a word of knowing, denies a question of
 * knowing (verdict-relation).
 */

const SMALL_SHARE =
  /\b(?:only|just|merely)\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|some\s+|one\s+in\s+\w+|a\s+(?:small\s+)?(?:minority|fraction|third|quarter|fifth|few)|\d+(?:\.\d+)?\s?%|\d+\s+(?:of|out of)\s+\d+|a\s+few|few)|\b(?:less|fewer)\s+than\s+(?:half|a\s+third|a\s+quarter|\d+(?:\.\d+)?\s?%)|\b(?:a\s+)?(?:small\s+)?minority\s+of\b/i;
const KNOWING_WORD = /\b(?:kn[eo]w\w*|aware\w*|familiar\w*|understo+d|understand\w*|recogni[sz]\w*|correct(?:ly)?|answered)\b/i;

/** Whether a sentence says that only a small share knows what a question of knowing asks about. */
export function fewKnow(text: string, analysis: QuestionAnalysis): boolean {
  if (!askedRelationsOf(analysis).some((r) => r.kind === 'knowing')) return false;
  const share = SMALL_SHARE.exec(text);
  // The knowing must follow the share within the clause ("only 14% of patients knew ..."), not stand elsewhere.
  return share !== null && KNOWING_WORD.test(text.slice(share.index).split(/[;,]\s+(?:while|whereas|but|and)\b|;/)[0] ?? '');
}
