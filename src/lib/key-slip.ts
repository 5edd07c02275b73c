import { editDistance } from './edit-distance.js';

/**
 * The name among `known` that `key` looks like a slip for ("audiance", "Question", " id"), or undefined: the same name in
 * another case or spacing, or, for a name longer than two letters, one at most two edits away (any two letters are two
 * edits from "id").
 */
export function slipFor(key: string, known: readonly string[]): string | undefined {
  const folded = key.trim().toLowerCase();
  return known.find((name) => folded === name || (name.length > 2 && editDistance(folded, name, 2) <= 2));
}
