/** Option parsers shared by commands. */
import { InvalidArgumentError } from 'commander';
import { AUDIENCES, type Audience } from '../domain/index.js';

/** Parses a whole number within bounds, for commander options. */
export function intOption(name: string, min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}`);
    return n;
  };
}

/** Parses an audience name, for commander options. */
export function audienceOption(value: string): Audience {
  if (!(AUDIENCES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`must be one of ${AUDIENCES.join(', ')}`);
  }
  return value as Audience;
}

/** The --db option's help text. */
export const DB_HELP = 'SQLite database file (default: $CLINQ_DB or ./clinq.db)';
