/** What a parsed JSON value is, as an error names its type: "null", "an array", "an object", "a number", "a boolean", "a string". */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
