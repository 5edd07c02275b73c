import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';
import { subjectGroups, type SubjectGroup } from './subject-groups.js';

// Questions that set one thing against another: "Is X more efficient than Y?", "Is X superior to Y?".
const COMPARATIVE_PIVOT = /\b(?:more|less|better|worse|superior|inferior|higher|lower|greater|safer)\b[^?]*?\b(?:than|to)\b/i;
// Questions whether two things are one: "Is X the same as Y?", "Are X and Y the same?", "Is X identical to Y?".
const SAME_AS = /\b(?:the same as|identical (?:to|with)|equivalent to|synonymous with|another (?:name|term) for)\b/i;
const SAME_PAIR = /^\s*(?:is|are)\b[^?]*\band\b[^?]*\b(?:the same|identical|equivalent|synonymous|one and the same)\b/i;

// Wording that sets the two against each other or tells them apart: a sentence with it compares, it does not join.
const SET_AGAINST =
  /\b(?:between|versus|vs\.?|compar\w*|differ\w*|distinct\w*|distinguish\w*|whereas|unlike|respectively|in contrast|contrary|rather than|instead of|superior|inferior)\b/i;
// "than" after the joined pair compares both with a third ("Both daily prednisone and daily deflazacort were more
// effective than intermittent prednisone"); before or inside it, it sets one against the other.
const THAN = /^(?:than|over)$/i;
// Wording that makes two things one ("the same", "also called"): a sentence with it speaks for sameness.
const ONE_THING = /\b(?:same|identical|equivalent|synonym\w*|(?:also |formerly |previously |traditionally )?(?:called|known as|termed|named|referred to as|defined as)|i\.e\.|namely|interchangeabl\w*|equally|similar\w*|comparabl\w*|alike)\b/i;

// Words that may stand between two joined names besides "and", "or" or a slash (a comma may set a name in
// apposition, "white forelock, poliosis circumscripta") ("daily prednisone and daily deflazacort",
// "limit of detection (LOD) and limit of quantification (LOQ)").
const MAX_GAP = 5;
const JOINER = /^(?:and|or|plus|\/)$/i;
// A verb or a comparison between two names means they are not one list.
const BREAK = /^(?:than|over|to|versus|vs|with|from|into|over|against|is|are|was|were|be|been|by|for|in|on|after|before|the same|not|no)$/i;

const COMPARED_STEM = /^(?:more|less|better|wors|superior|inferior|higher|lower|greater|safer)$/;

/** The two things a comparative or sameness question sets side by side, as subject groups, or null. */
export function questionSides(analysis: QuestionAnalysis): { kind: 'compare' | 'same'; sides: [SubjectGroup, SubjectGroup] } | null {
  const question = analysis.question;
  const lower = question.toLowerCase();
  const groups = subjectGroups(analysis);
  const at = (g: SubjectGroup) => lower.indexOf(g.text.toLowerCase());
  const around = (pivot: number, kind: 'compare' | 'same', end = pivot) => {
    const before = groups.filter((g) => at(g) >= 0 && at(g) < pivot).at(-1);
    const after = groups.find((g) => at(g) > end);
    if (!before || !after) return null;
    // The words both share ("surgery" of laparoscopic and open surgery) tell neither apart.
    const own = (g: SubjectGroup, other: SubjectGroup): SubjectGroup => {
      // A comparative word the question runs into a name ("stimulation superior to") names neither side.
      const stems = g.stems.filter((s) => !other.stems.includes(s) && !COMPARED_STEM.test(s));
      return stems.length ? { ...g, stems } : g;
    };
    return { kind, sides: [own(before, after), own(after, before)] as [SubjectGroup, SubjectGroup] };
  };
  const comparative = COMPARATIVE_PIVOT.exec(question);
  // The first side stands before the comparative word ("sugars-free medicines more erosive"), the second after its
  // "than" or "to".
  if (comparative) return around(comparative.index, 'compare', comparative.index + comparative[0].length - 1);
  const sameAs = SAME_AS.exec(question);
  if (sameAs) return around(sameAs.index, 'same');
  const pair = SAME_PAIR.exec(question);
  if (pair) {
    const and = lower.indexOf(' and ');
    return around(and, 'same');
  }
  return null;
}

type Word = { text: string; stem: string | null };

function wordsOf(text: string): Word[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|\/|,|\(|\)/gu) ?? []).map((w) => ({ text: w.toLowerCase(), stem: contentTerms(w)[0]?.stem ?? null }));
}

// A side is named by any of its own stems or by a short form the question gives it ("LOD").
function names(word: Word, side: SubjectGroup): boolean {
  if (side.alternatives.some((a) => a.toLowerCase() === word.text)) return true;
  return word.stem !== null && side.stems.some((s) => stemsMatch(s, word.stem as string));
}

/**
 * Whether a sentence joins the question's two sides as one list ("Deflazacort and prednisone/prednisolone are the
 * current standard of care", "the limit of detection (LOD) and limit of quantification (LOQ)") without comparing
 * them or calling them one thing. For "Is X better than Y?" that says the two are alike in what follows; for "Is X
 * the same as Y?" it names them as two things.
 */
export function joinsSides(text: string, analysis: QuestionAnalysis): boolean {
  const asked = questionSides(analysis);
  if (!asked) return false;
  if (SET_AGAINST.test(text)) return false;
  if (asked.kind === 'same' && ONE_THING.test(text)) return false;
  const words = wordsOf(text);
  const [a, b] = asked.sides;
  for (let i = 0; i < words.length; i++) {
    const first = names(words[i] as Word, a) ? b : names(words[i] as Word, b) ? a : null;
    if (!first) continue;
    let joined = false;
    let content = 0;
    for (let j = i + 1; j < words.length && content <= MAX_GAP; j++) {
      const w = words[j] as Word;
      if (names(w, first)) {
        if (joined && !words.slice(0, i).some((x) => THAN.test(x.text))) return true;
        break;
      }
      // The same side named again ("prednisone/prednisolone") keeps the run going.
      if (names(w, first === a ? b : a)) continue;
      if (BREAK.test(w.text)) break;
      if (JOINER.test(w.text)) joined = true;
      else if (w.text !== '(' && w.text !== ')') content += 1;
    }
  }
  return false;
}

