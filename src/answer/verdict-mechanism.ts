import { contentTerms } from './content-terms.js';

// The two directions a mechanism can act on its target, as word beginnings: verbs and nouns of action ("stimulating",
// "inhibition", "blocking") and the agents named for them ("agonist", "inhibitor", "blocker").
const UP_ACTION = ['stimulat', 'activat', 'induc', 'promot', 'enhanc', 'increas', 'upregulat', 'up-regulat', 'potentiat', 'agoni'];
const DOWN_ACTION = ['inhibit', 'block', 'suppress', 'antagoni', 'reduc', 'decreas', 'downregulat', 'down-regulat', 'repress', 'attenuat', 'abolish'];
// A word built on "anti" ("antiinflammatory", "anti-inflammatory") acts against what follows it.
const AGAINST = /^anti-?/;

// Words between a question's subject and its verb that say how, not what ("function by", "act as", "does").
const FRAME = new Set(['does', 'do', 'did', 'is', 'are', 'can', 'could', 'may', 'will', 'function', 'functions', 'act', 'acts', 'work', 'works', 'by', 'as', 'through', 'via', 'directly', 'the', 'a', 'an']);
// Words that end the target of the question's verb ("inhibit mTOR in cancer cells").
const TARGET_END = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'without', 'for', 'from', 'to', 'through', 'via', 'by', 'and', 'or', 'when', 'while', 'if', 'yes', 'than']);

// How near the target an opposite action must be (after it: "receptor inhibitor"; before it: "inhibition of muscle
// nicotinic acetylcholine receptors").
const AFTER_TARGET = 3;
const BEFORE_TARGET = 5;

type Word = { text: string; stem: string; joined?: boolean };

function wordsOf(text: string): Word[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).flatMap((w) =>
    // "nAChR-blocking" is a target and an action; "anti-inflammatory" stays whole. A participle joined to the word
    // before it ("curare-induced subconductance state") names a kind of thing, not an action on the target.
    (AGAINST.test(w) ? [w] : w.split('-')).map((part, i) => ({ text: part, stem: contentTerms(part)[0]?.stem ?? part, ...(i > 0 && /ed$/.test(part) ? { joined: true } : {}) })),
  );
}

// Words that, between the subject and the action on the target, tie the action to something else ("an AMPK inhibitor,
// blocked the effect of metformin", "the inhibitor and metformin") or deny it.
const UNTIED = new Set(['of', 'with', 'and', 'or', 'than', 'versus', 'vs', 'from', 'on', 'in', 'but', 'while', 'whereas', 'not', 'no', 'without', 'unlike']);
// At most this many words stand between the subject and the action ("curare cause competitive inhibition").
const SUBJECT_GAP = 3;

const direction = (word: string): 1 | -1 | 0 =>
  UP_ACTION.some((s) => word.startsWith(s)) ? 1 : DOWN_ACTION.some((s) => word.startsWith(s)) ? -1 : 0;
// A rise or fall of an amount ("Does X increase the risk of Y?") is an effect the verdict weighs as it is; only a
// question on how a thing acts on its target (stimulates, blocks, activates, represses) is asked here.
const EFFECT_ONLY = /^(?:increas|decreas|reduc|abolish|attenuat)/;

/** What a question asks a mechanism to do: "Does curare function by stimulating the acetylcholine receptor?". */
export type AskedMechanism = { subject: string; target: string[]; way: 1 | -1 };

/** The subject, target and direction of a question asking whether something acts on a target one way, or null. */
export function askedMechanism(question: string): AskedMechanism | null {
  const words = wordsOf(question.replace(/\b(?:yes or no|true or false)\W*$/i, ''));
  for (let i = 1; i < words.length; i++) {
    const way = direction((words[i] as Word).text);
    if (!way) continue;
    if (EFFECT_ONLY.test((words[i] as Word).text)) return null;
    const before = words.slice(0, i).filter((w) => !FRAME.has(w.text));
    const subject = before.at(-1);
    if (!subject || contentTerms(subject.text).length === 0) return null;
    const target: string[] = [];
    for (const w of words.slice(i + 1)) {
      if (TARGET_END.has(w.text)) break;
      if (FRAME.has(w.text) && target.length === 0) continue;
      if (contentTerms(w.text).length) target.push(w.text);
    }
    return target.length ? { subject: subject.text, target, way } : null;
  }
  return null;
}

const same = (a: Word, b: string) => a.text === b || a.stem === (contentTerms(b)[0]?.stem ?? b);
// "antiinflammatory" acts against "inflammation": the word after "anti" begins as the target does.
const against = (w: Word, target: string) => AGAINST.test(w.text) && w.text.replace(AGAINST, '').startsWith(target.slice(0, Math.min(target.length, 6)));

/**
 * How a sentence says the question's subject acts on its target: 1 the asked way, -1 the opposite way, 0 neither.
 * The action must stand next to the target ("acetylcholine receptor inhibitor", "blocking the nicotinic acetylcholine
 * receptor", "anti-inflammatory") with the subject named near them ("curare, a potent ... inhibitor").
 */
export function mechanismStance(text: string, asked: AskedMechanism): -1 | 0 | 1 {
  const words = wordsOf(text);
  const head = asked.target.at(-1) as string;
  const subjectAt = words.flatMap((w, i) => (same(w, asked.subject) ? [i] : []));
  if (!subjectAt.length) return 0;
  // The subject is tied to the action on the target when few words, none of them another tie or a denial, part them.
  const near = (from: number, to: number) =>
    subjectAt.some((i) => {
      const gap = i < from ? words.slice(i + 1, from) : i > to ? words.slice(to + 1, i) : null;
      return gap !== null && gap.length <= SUBJECT_GAP && !gap.some((w) => UNTIED.has(w.text) || direction(w.text) !== 0);
    });
  let stance = 0;
  for (let h = 0; h < words.length; h++) {
    const w = words[h] as Word;
    if (against(w, head) && near(h, h)) {
      stance ||= -asked.way;
      continue;
    }
    if (!same(w, head)) continue;
    // The target's other words stand just before its head ("acetylcholine receptor").
    const start = h - (asked.target.length - 1);
    const rest = asked.target.slice(0, -1);
    if (rest.some((t) => !words.slice(Math.max(0, start - 2), h).some((x) => same(x, t)))) continue;
    for (let j = Math.max(0, start - BEFORE_TARGET); j <= Math.min(words.length - 1, h + AFTER_TARGET); j++) {
      if (j >= start && j <= h) continue;
      const way = (words[j] as Word).joined ? 0 : direction((words[j] as Word).text);
      if (!way || !near(Math.min(j, start), Math.max(j, h))) continue;
      // The asked way anywhere beside the target outweighs: "X-induced receptor activation, blocked by the inhibitor".
      if (way === asked.way) return 1;
      stance = -1;
    }
  }
  return stance as -1 | 0 | 1;
}

/**
 * The sentences that say the question's subject acts on its target the opposite way ("curare, a potent acetylcholine
 * receptor inhibitor" for "Does curare function by stimulating the acetylcholine receptor?"), or none when any says
 * it acts the asked way.
 */
export function opposedMechanism<T extends { text: string }>(question: string, sentences: readonly T[]): T[] {
  const asked = askedMechanism(question);
  if (!asked) return [];
  const stances = sentences.map((s) => [s, mechanismStance(s.text, asked)] as const);
  if (stances.some(([, s]) => s > 0)) return [];
  return stances.filter(([, s]) => s < 0).map(([s]) => s);
}
