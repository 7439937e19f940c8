import { D, type Dec } from '../internal/decimal';
import type { FactorSet } from '../schemas/factors';
import type { Usage } from '../schemas/usage';
import type { DeviceFootprintOptions } from './computeDeviceFootprint';
import { lookupOf, type FactorLookup } from './factorLookup';
import type { FootprintNode, UsageFootprint, UsageItem } from './types';
import { Accumulator, addI, addValues, exact, mergeTraces, mulD, mulI, toNode, TraceBuilder, ZERO_VALUES, type Interval, type NodeValues } from './values';

/** Options of `computeUsageFootprint`. Only the organisation's country is read (network factors). */
export type UsageFootprintOptions = Pick<DeviceFootprintOptions, 'year' | 'organisation'>;

/** A network factor of the organisation's country, else France's (recorded as a fallback). */
function networkFactorId(lookup: FactorLookup, network: string, country: string, trace: TraceBuilder): string {
  const own = `network.${network}.${country}.co2eKgPerGb`;
  if (lookup.row(own)) return own;
  const fallback = `network.${network}.FRA.co2eKgPerGb`;
  trace.fallback('network_country_fallback', { network, country, factorId: fallback });
  return fallback;
}

function item(key: UsageItem, amount: Dec, factors: readonly { id: string; indicator: 'co2eKg' | 'waterL' }[], lookup: FactorLookup, trace: TraceBuilder) {
  const values = new Accumulator();
  for (const factor of factors) {
    values.add('use', factor.indicator, mulD(lookup.require(factor.id), amount));
    trace.factor(factor.id);
  }
  return { key, values: values.toValues(), trace: trace.build() };
}

/**
 * E-mails, ADEME's model (`email`, networks and data centres): per e-mail, a part for the sender and
 * a part per recipient, so emissions = e-mails × (per e-mail + recipients × per recipient). A factor
 * set without the per-recipient row (fr-2025.1) has one factor per e-mail for one recipient: the
 * recipients cannot be used, which the trace says.
 */
function emails(sent: Dec, recipients: Dec | undefined, lookup: FactorLookup) {
  const trace = new TraceBuilder().assume('usage_excludes_terminals', { item: 'emails' });
  const perEmailId = 'usage.email.co2eKgPerEmail';
  const perRecipientId = 'usage.email.co2eKgPerRecipient';
  if (!lookup.row(perRecipientId)) {
    trace.fallback('usage_email_recipients_not_modelled', { factorId: perEmailId, ...(recipients ? { recipients: recipients.toString() } : {}) });
    return item('emails', sent, [{ id: perEmailId, indicator: 'co2eKg' }], lookup, trace);
  }
  let count: Interval;
  if (recipients !== undefined) {
    count = exact(recipients);
    trace.assume('usage_email_recipients', { recipients: recipients.toString() });
  } else {
    const id = 'usage.email.recipientsPerEmail';
    count = lookup.require(id);
    trace.factor(id).fallback('usage_email_recipients_default', { recipients: count.v.toString(), factorId: id });
  }
  const perEmail = addI(lookup.require(perEmailId), mulI(count, lookup.require(perRecipientId)));
  trace.factor(perEmailId).factor(perRecipientId);
  const values = new Accumulator().add('use', 'co2eKg', mulD(perEmail, sent)).toValues();
  return { key: 'emails' as const, values, trace: trace.build() };
}

/**
 * Connected devices of the call that a per-call-hour factor describes: ADEME's default
 * (publicodes-acv-numerique 2.1.0 and 2.2.0, rule « visio . emplacements », default 2), the basis of
 * fr-2025.1's `usage.videoConference.co2eKgPerHour` (Impact CO2, « 2 connected devices » in the
 * row's note).
 */
const ADEME_VISIO_DEVICES_PER_CALL = new D(2);

/**
 * Video conferences, counted in participant-hours: ADEME's (transmission + data centre) ÷ connected
 * devices per call (`usage.videoConference.co2eKgPerParticipantHour`). A factor set that only has
 * the per-call-hour row (fr-2025.1: a call between 2 devices) has it divided by ADEME's 2 devices per
 * call, so that a participant-hour is not counted as a whole call; the trace says so.
 */
function videoConference(hours: Dec, lookup: FactorLookup) {
  const trace = new TraceBuilder().assume('usage_excludes_terminals', { item: 'videoConference' });
  const perParticipant = 'usage.videoConference.co2eKgPerParticipantHour';
  if (lookup.row(perParticipant)) {
    trace.assume('usage_visio_participant_hours', { hours: hours.toString() });
    return item('videoConference', hours, [{ id: perParticipant, indicator: 'co2eKg' }], lookup, trace);
  }
  const perCall = 'usage.videoConference.co2eKgPerHour';
  const perCallHour = lookup.require(perCall);
  trace.factor(perCall).fallback('usage_visio_per_call_factor', { factorId: perCall, devices: ADEME_VISIO_DEVICES_PER_CALL.toString() });
  const values = new Accumulator().add('use', 'co2eKg', mulD(perCallHour, hours.div(ADEME_VISIO_DEVICES_PER_CALL))).toValues();
  return { key: 'videoConference' as const, values, trace: trace.build() };
}

/**
 * Computes the annual footprint of the organisation's digital uses (all in the `use` phase):
 *
 * - network data: fixed GB × the per-GB factor (excluding the box when `boxesInInventory`, because
 *   the boxes' manufacturing and electricity are then counted in the fleet), mobile GB × the mobile
 *   factor;
 * - e-mails sent × (per e-mail + average recipients × per recipient), video-conference
 *   participant-hours × the per-participant-hour factor, video-streaming hours, storage GB-years:
 *   quantity × the per-unit factor of the factor set, whose rows cover networks and data centres
 *   only, never the terminals, which the fleet already counts;
 * - website page views × the per-view factors (GHG and water), EcoIndex formula at the median
 *   score: they cover the visitors' side, outside the inventory. The page weight is recorded in the
 *   trace; the per-view factor does not use it.
 *
 * @param usage - Parsed usage data (`parseUsage`).
 * @param factorSet - The factor set.
 * @param options - `{ year, organisation? }`.
 * @returns A frozen `UsageFootprint` with one node per usage item given.
 * @example
 * computeUsageFootprint({ boxesInInventory: false, emailsSent: dec(100000) }, factorSet, { year: 2025 });
 */
export function computeUsageFootprint(usage: Usage, factorSet: FactorSet, options: UsageFootprintOptions): UsageFootprint {
  const lookup = lookupOf(factorSet);
  const country = options.organisation?.country ?? 'FRA';
  const items: { key: UsageItem; values: NodeValues; trace: ReturnType<TraceBuilder['build']> }[] = [];

  if (usage.networkFixedGb !== undefined) {
    const trace = new TraceBuilder();
    const network = usage.boxesInInventory ? 'fixed-excl-box' : 'fixed';
    trace.assume(usage.boxesInInventory ? 'usage_network_excl_box' : 'usage_network_incl_box', { gb: usage.networkFixedGb.toString() });
    items.push(item('networkFixed', usage.networkFixedGb, [{ id: networkFactorId(lookup, network, country, trace), indicator: 'co2eKg' }], lookup, trace));
  }
  if (usage.networkMobileGb !== undefined) {
    const trace = new TraceBuilder();
    items.push(item('networkMobile', usage.networkMobileGb, [{ id: networkFactorId(lookup, 'mobile', country, trace), indicator: 'co2eKg' }], lookup, trace));
  }
  if (usage.emailsSent !== undefined) items.push(emails(usage.emailsSent, usage.averageRecipientsPerEmail, lookup));
  if (usage.videoConferenceHours !== undefined) items.push(videoConference(usage.videoConferenceHours, lookup));
  const simple: [UsageItem, Dec | undefined, string][] = [
    ['videoStreaming', usage.videoStreamingHours, 'usage.videoStreaming.co2eKgPerHour'],
    ['storage', usage.storageGbYears, 'usage.storage.co2eKgPerGbYear'],
  ];
  for (const [key, amount, id] of simple) {
    if (amount === undefined) continue;
    const trace = new TraceBuilder().assume('usage_excludes_terminals', { item: key });
    items.push(item(key, amount, [{ id, indicator: 'co2eKg' }], lookup, trace));
  }
  if (usage.website !== undefined) {
    const trace = new TraceBuilder().assume('usage_web_median_ecoindex', {
      pageViews: usage.website.pageViews.toString(),
      pageWeightMb: usage.website.pageWeightMb.toString(),
    });
    const factors: { id: string; indicator: 'co2eKg' | 'waterL' }[] = [{ id: 'usage.web.co2eKgPerPageView', indicator: 'co2eKg' }];
    if (lookup.row('usage.web.waterLPerPageView')) factors.push({ id: 'usage.web.waterLPerPageView', indicator: 'waterL' });
    else trace.fallback('factor_not_available', { id: 'usage.web.waterLPerPageView' });
    items.push(item('website', usage.website.pageViews, factors, lookup, trace));
  }

  const nodes = items.map(({ key, values, trace }) => Object.freeze({ ...toNode(values, trace), key }) as FootprintNode & { readonly key: UsageItem });
  const total = items.reduce<NodeValues>((acc, { values }) => addValues(acc, values), ZERO_VALUES);
  return Object.freeze({ ...toNode(total, mergeTraces(items.map((i) => i.trace))), items: Object.freeze(nodes) });
}
