/**
 * The adopted version of the strategy: what the conseil voted, frozen at the date of the
 * délibération, kept apart from the live strategy that monitoring keeps updating.
 */
import type { AdoptedStrategy, Strategy, StrategyContent } from './schema';

/** The strategy's content, without its adopted version. */
export function strategyContent(strategy: Strategy): StrategyContent {
  const { adopted: _adopted, ...content } = strategy;
  return content;
}

/**
 * Freezes the current content as the adopted version (replacing a previous one), and records the
 * adoption date and délibération in the legal frame.
 *
 * @param strategy - The live strategy.
 * @param date - Date of the délibération, ISO `YYYY-MM-DD`.
 * @param deliberation - Reference of the délibération, e.g. « Délibération n° 2025-042 ».
 */
export function adoptStrategy(strategy: Strategy, date: string, deliberation?: string): Strategy {
  const legal = { ...strategy.legal, strategyAdoptedDate: date, ...(deliberation ? { deliberation } : {}) };
  const content: StrategyContent = { ...strategyContent(strategy), legal };
  const adopted: AdoptedStrategy = { date, ...(deliberation ? { deliberation } : {}), content };
  return { ...strategy, legal, adopted };
}

/** The adopted version as a strategy (for the documents), or undefined when none was frozen. */
export function adoptedStrategy(strategy: Strategy): Strategy | undefined {
  return strategy.adopted === undefined ? undefined : { ...strategy.adopted.content };
}
