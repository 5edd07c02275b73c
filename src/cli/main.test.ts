import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from './main.js';
import { MODEL_ENV_HELP } from './options.js';

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((sub) => [sub, ...allCommands(sub)]);
}

describe('the command line help', () => {
  it('gives every command a description written as paragraphs, so the help wraps to the terminal, not mid-sentence', () => {
    for (const command of allCommands(buildProgram())) {
      const description = command.description();
      expect(description.length, command.name()).toBeGreaterThan(20);
      // A single newline inside a paragraph shows as a ragged break wherever the terminal is not exactly that wide.
      expect(description, command.name()).not.toMatch(/[^\n]\n[^\n]/);
    }
  });

  it('keeps the extra help text within an 80-column terminal', () => {
    expect(MODEL_ENV_HELP.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });

  it('says what every option does, with its default where it has one', () => {
    const ingest = buildProgram().commands.find((c) => c.name() === 'ingest');
    expect(ingest?.options.find((o) => o.long === '--batch-size')?.description).toMatch(/\(default: \d+\)/);
    for (const command of allCommands(buildProgram())) {
      for (const option of command.options) expect(option.description.length, `${command.name()} ${option.flags}`).toBeGreaterThan(5);
    }
  });
});
