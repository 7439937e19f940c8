import type { CommandDefinition, Example, OptionSpec } from '../command';
import { usageError } from '../errors';
import type { Localized } from '../i18n';

/**
 * Builds a command whose name is reserved for a feature that has not landed in this version: it
 * explains that and exits with 2. The documents feature replaces `strategy.ts` and `rapport.ts`
 * with real commands (see docs/cli.md, "Adding a command").
 */
export function reservedCommand(
  name: string,
  usage: string,
  summary: Localized,
  options: Readonly<Record<string, OptionSpec>> = {},
  examples: readonly Example[] = [],
): CommandDefinition {
  return {
    name,
    usage,
    summary,
    options,
    examples,
    run() {
      return Promise.reject(usageError('usage.reserved', { name }));
    },
  };
}
