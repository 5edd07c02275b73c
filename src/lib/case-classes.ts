const LETTER = /^[A-Za-z]$/;
const HEX = /^[0-9A-Fa-f]+$/;

const otherCase = (letter: string): string => (letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase());

/**
 * The same case-insensitive regular expression without the `i` flag: every ASCII letter written as a class of both
 * its cases ("[aA]", "[b-dB-D]"). V8 compiles a long case-insensitive pattern several times slower than this one
 * (about 15 ms against 4 for a 2,000-character alternation of words), and a process pays that on its first answer.
 * It matches the same strings: without the `u` flag an ASCII letter is equal, ignoring case, only to its other case
 * (no other character folds to it). A pattern this cannot rewrite as surely (the `u` or `v` flag, a backreference, a
 * class range between a letter and another character) throws, so no caller gets a different pattern unawares.
 */
export function withCaseClasses(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i')) return pattern;
  if (/[uv]/.test(pattern.flags)) throw new Error(`withCaseClasses: /${pattern.source.slice(0, 40)}/${pattern.flags} is unicode-aware; not rewritten`);
  const source = pattern.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      // A backreference compares ignoring case under the flag: no class says that.
      if (/[1-9k]/.test(next)) throw new Error(`withCaseClasses: /${source.slice(0, 40)}/ has a backreference; not rewritten`);
      // An escape keeps its letters: "\b", "\s", "\u201C", "\x41", "\cJ".
      const length = next === 'u' && HEX.test(source.slice(i + 2, i + 6)) ? 6 : next === 'x' && HEX.test(source.slice(i + 2, i + 4)) ? 4 : next === 'c' ? 3 : 2;
      if (inClass && source[i + length] === '-' && source[i + length + 1] !== ']') {
        throw new Error(`withCaseClasses: /${source.slice(0, 40)}/ has a class range from an escape; not rewritten`);
      }
      out += source.slice(i, i + length);
      i += length - 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        out += ch;
      } else if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
        const to = source[i + 2]!;
        const bothLetters = LETTER.test(ch) && LETTER.test(to) && (ch === ch.toLowerCase()) === (to === to.toLowerCase());
        if (!bothLetters && (LETTER.test(ch) || LETTER.test(to) || to === '\\' || (ch < 'A' && to > 'z'))) {
          throw new Error(`withCaseClasses: /${source.slice(0, 40)}/ has the class range ${ch}-${to}; not rewritten`);
        }
        out += bothLetters ? `${ch}-${to}${otherCase(ch)}-${otherCase(to)}` : `${ch}-${to}`;
        i += 2;
      } else {
        out += LETTER.test(ch) ? ch + otherCase(ch) : ch;
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && source.startsWith('?<', i + 1) && !/[=!]/.test(source[i + 3] ?? '')) {
      // A group's name is no text to match.
      const close = source.indexOf('>', i);
      out += source.slice(i, close + 1);
      i = close;
    } else {
      out += LETTER.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
    }
  }
  return new RegExp(out, pattern.flags.replace('i', ''));
}
