/**
 * The first key written twice in one object of a JSON text that JSON.parse accepted (`{"a":1,"a":2}` → "a"), with its
 * path ("audience", "filters.year"), or null; JSON.parse keeps the last value without a word.
 */
export function repeatedJsonKey(text: string): string | null {
  // One frame per open object or array: an object's keys seen so far and its own path.
  const frames: { keys: Set<string> | null; path: string }[] = [];
  let expectKey = false;
  let lastKey = '';
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      const end = stringEnd(text, at);
      const frame = frames.at(-1);
      if (expectKey && frame?.keys) {
        // JSON.parse decodes escapes: "\u0061" and "a" are the same key.
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        if (frame.keys.has(key)) return frame.path ? `${frame.path}.${key}` : key;
        frame.keys.add(key);
        lastKey = key;
        expectKey = false;
      }
      at = end;
    } else if (char === '{' || char === '[') {
      const parent = frames.at(-1);
      const path = parent?.keys ? (parent.path ? `${parent.path}.${lastKey}` : lastKey) : (parent?.path ?? '');
      frames.push({ keys: char === '{' ? new Set() : null, path });
      expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      frames.pop();
      expectKey = false;
    } else if (char === ',') {
      expectKey = frames.at(-1)?.keys != null;
    }
  }
  return null;
}

/** The index of the quote closing the JSON string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  return text.length - 1;
}
