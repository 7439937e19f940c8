import { sourceInFrench, type FactorSource } from '@reen/core';

/**
 * A factor source as the app cites it: « publisher, « title » (year) ». In French, the source is
 * named as the documents name it (the core's `sourceInFrench`); in English, or for a source the
 * catalogue does not know, as the factor data give it.
 */
export function sourceCitation(source: Pick<FactorSource, 'publisher' | 'title' | 'year'>, locale: string): string {
  const french = locale === 'fr' ? sourceInFrench(source) : undefined;
  const { publisher, title } = french ?? source;
  return `${publisher}, « ${title} » (${source.year})`;
}
