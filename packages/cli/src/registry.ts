import type { CommandDefinition } from './command';

/**
 * The commands of `reen`, in help order. Each entry loads one file of `src/commands/` that exports
 * `command: CommandDefinition`. Adding a command is one file plus one line here; replacing a
 * reserved command (`strategy`, `rapport`) is a change of its file only.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<{ command: CommandDefinition }>>> = {
  validate: () => import('./commands/validate'),
  bilan: () => import('./commands/bilan'),
  factors: () => import('./commands/factors'),
  template: () => import('./commands/template'),
  strategy: () => import('./commands/strategy'),
  rapport: () => import('./commands/rapport'),
};

/** Names of the commands, in help order. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** Loads a command by name, or returns `undefined` when there is none. */
export async function loadCommand(name: string): Promise<CommandDefinition | undefined> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load ? (await load()).command : undefined;
}
