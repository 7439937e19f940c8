/**
 * French (or English) wording of a factor row for the « D'où vient ce chiffre ? » panel: its unit
 * written out, and what it is (subject, measure, phase) from the i18n maps. Internal ids stay
 * behind « détails techniques ».
 */
import type { FactorRow } from '@reen/core';

/** Units as written in the factor set → their wording, per locale. */
const UNITS: Readonly<Record<string, { fr: string; en: string }>> = {
  'kgCO2e/unit': { fr: 'kg CO2e par équipement', en: 'kg CO2e per device' },
  'm3 world-eq/unit': { fr: 'm³ éq. monde par équipement', en: 'm³ world-eq per device' },
  years: { fr: 'ans', en: 'years' },
  W: { fr: 'W', en: 'W' },
  'h/day': { fr: 'heures par jour', en: 'hours per day' },
  'days/year': { fr: 'jours par an', en: 'days per year' },
  'kWh/year': { fr: 'kWh par an', en: 'kWh per year' },
  'kgSbeq/unit': { fr: 'kg Sb éq. par équipement', en: 'kg Sb-eq per device' },
  'kgCO2e/kWh': { fr: 'kg CO2e par kWh', en: 'kg CO2e per kWh' },
  'L/kWh': { fr: 'litres par kWh', en: 'litres per kWh' },
  'kgSbeq/kWh': { fr: 'kg Sb éq. par kWh', en: 'kg Sb-eq per kWh' },
  ratio: { fr: 'sans unité', en: 'no unit' },
  'W/vCPU': { fr: 'W par vCPU', en: 'W per vCPU' },
  'kWh/GB-h': { fr: 'kWh par Go·heure', en: 'kWh per GB-hour' },
  'Wh/TB-h': { fr: 'Wh par To·heure', en: 'Wh per TB-hour' },
  'kWh/GB': { fr: 'kWh par Go', en: 'kWh per GB' },
  'kgCO2e/vCPU-h': { fr: 'kg CO2e par vCPU·heure', en: 'kg CO2e per vCPU-hour' },
  'kgCO2e/GB': { fr: 'kg CO2e par Go', en: 'kg CO2e per GB' },
  'kgCO2e/email': { fr: 'kg CO2e par courriel', en: 'kg CO2e per e-mail' },
  'kgCO2e/h': { fr: 'kg CO2e par heure', en: 'kg CO2e per hour' },
  'kgCO2e/GB-year': { fr: 'kg CO2e par Go·an', en: 'kg CO2e per GB-year' },
  'kgCO2e/page-view': { fr: 'kg CO2e par page vue', en: 'kg CO2e per page view' },
  'L/page-view': { fr: 'litres par page vue', en: 'litres per page view' },
};

/** A factor's unit in words; an unknown unit is shown as written (never empty). */
export function unitWording(unit: string, locale: 'fr' | 'en'): string {
  return UNITS[unit]?.[locale] ?? unit;
}

/** The parts of a factor row that name it: subject kind and key (`device`, `laptop`), measure, phase. */
export function factorParts(row: Pick<FactorRow, 'subject' | 'indicator' | 'phase'>): { kind: string; key: string; indicator: string; phase: string } {
  const [kind = '', key = ''] = row.subject.split(':');
  return { kind, key, indicator: row.indicator, phase: row.phase };
}

/** Factor ids quoted in a note, e.g. « (device.desktop.lifetimeYears) »: technical, left to the details. */
const QUOTED_ID = /\s*\((?:device|electricity|hosting|cloud|network|usage)\.[A-Za-z0-9.\-_]+\)/g;
/** A leading category id, e.g. « desktop : … ». */
const LEADING_ID = /^([a-z][a-z0-9-]*) :/;

/**
 * A trace note (assumption or default) as published: the factor ids it quotes are left out (they
 * stay under « détails techniques »), a leading category id is worded (« Ordinateur fixe : »), and
 * in French decimals take a comma.
 */
export function publicNote(text: string, locale: 'fr' | 'en', categoryLabel: (id: string) => string | undefined): string {
  let out = text.replace(QUOTED_ID, '');
  const lead = LEADING_ID.exec(out);
  const label = lead ? categoryLabel(lead[1]!) : undefined;
  if (lead && label) out = `${label} :${out.slice(lead[0].length)}`;
  return locale === 'fr' ? out.replace(/(\d)\.(\d)/g, '$1,$2') : out;
}
