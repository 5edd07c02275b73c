/** A map that holds at most `capacity` entries: setting one more drops the one least recently read or set. */
export type BoundedCache<K, V> = { get(key: K): V | undefined; set(key: K, value: V): void; readonly size: number };

/** An empty bounded cache (least recently used out first); `capacity` must be at least 1. */
export function boundedCache<K, V>(capacity: number): BoundedCache<K, V> {
  if (!(capacity >= 1)) throw new RangeError(`boundedCache: capacity must be at least 1, got ${capacity}`);
  // A Map iterates in insertion order: re-inserting an entry on every use keeps the least recently used first.
  const entries = new Map<K, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    },
    get size() {
      return entries.size;
    },
  };
}
