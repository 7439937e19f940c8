// Journeys of web app part 2 (issue 8), in real Chromium: from the demo, build the strategy
// (actors, édito and vision, governance and co-construction, engaged actions, self-assessment, an
// objective, three measures), check the trajectory against the core, run the completeness check
// down to zero blocking items, export DOCX and ODT (valid zips, LibreOffice converts the DOCX to
// PDF), print the strategy to PDF from the app's print view, enter next year's values and export
// the yearly bilan in HTML. Every step is reloaded (nothing lost) and checked with axe-core.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumberFr, getFactorSet, INDICATOR_DISPLAY, parseProject, objectiveStatuses, projectTrajectory } from '@reen/core';
import { axeViolations, goToStep, openSession, SCREENSHOTS, type Session } from './browser';

const MEASURES = ['allonger-duree-vie-portables', 'achat-reconditionne-postes', 'gestion-energie-postes'] as const;
const ORGANISATION = 'Communauté d’agglomération de Beau Pays';
/** What the journey types into the édito, vision and governance steps, looked for in the documents. */
const TYPED = {
  edito: 'Beau Pays s’engage pour un numérique plus sobre et plus solidaire.',
  signatory: 'Camille Durand',
  pillar: 'Des équipements qui durent',
  consultation: 'Atelier de co-construction avec les services',
  communication: 'Présentation du bilan annuel au conseil communautaire',
  frequency: 'deux fois par an',
  copilPerson: 'Lucie Bernard',
  axisJustification: 'Compétence exercée par le Département.',
} as const;
/** Parts of the decree and of published strategies the strategy document holds. */
const DECREE_PARTS = ['Édito', 'Vision et ambition', 'Gouvernance et co-construction', 'Bilan de l’impact environnemental', 'Bilan des usages', 'Actions déjà engagées', 'Objectifs et indicateurs', 'Plan d’action', 'Moyens', 'Suivi et communication'] as const;
const DEMO_FILE = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'core', 'data', 'demo', 'beau-pays.reen.json');

/** Reloads once no autosave is pending (the header no longer says “Enregistrement…”), then waits for the step. */
async function reloadOn(page: Page, title: string): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.save-state')?.textContent?.trim() !== 'Enregistrement…');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function checkAxe(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** At 375 px: no axe violation and nothing wider than the page (outside its own scrolling box); back to desktop after. */
async function checkNarrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  // Charts and tables re-lay themselves out after the resize (ResizeObserver): wait until nothing sticks out, then assert.
  await page
    .waitForFunction(
      () => {
        const scrolls = (el: Element | null): boolean => !!el && (['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
        return ![...document.querySelectorAll('main *, header *')].some((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !scrolls(el.parentElement));
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const outside = await page.evaluate(() => {
    const scrolls = (el: Element | null): boolean => !!el && (['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
    return [...document.querySelectorAll('main *, header *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !scrolls(el.parentElement))
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`);
  });
  expect(outside).toEqual([]);
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
  await checkAxe(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A text with its spaces (no-break ones included) and line breaks made single spaces. */
const flat = (text: string): string => text.replace(/[\s\u00A0\u202F]+/g, ' ');

/** Text of every XML part of a zip (unzip -p), to look for the document's words. */
function zipText(file: string, part: string): string {
  execFileSync('unzip', ['-tq', file]); // a valid zip, or this throws
  return execFileSync('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

describe('strategy journey', () => {
  let session: Session;
  let work: string;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'reen-strategy-'));
    session = await openSession(baseUrl);
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'La collectivité' }).waitFor();
    // The built-in demo carries a finished strategy; this journey builds one from scratch on the
    // demo's bilan, so it opens a copy of the demo without its strategy.
    const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
    const { strategy: _strategy, ...withoutStrategy } = demo;
    const path = join(work, 'beau-pays-sans-strategie.reen.json');
    writeFileSync(path, JSON.stringify({ ...withoutStrategy, id: 'journey-beau-pays' }));
    await page.getByText('Projet', { exact: true }).click();
    await page.locator('#project-import').setInputFiles(path);
    await page.locator('.project-menu__status .alert--success').waitFor();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('Acteurs: adds suggested actors, keeps them over a reload, no accessibility violation', async () => {
    const { page } = session;
    await goToStep(page, /^Acteurs/);
    for (const name of ['Direction des systèmes d’information', 'Élu·e délégué·e au numérique', 'Opérateur public de services numériques (OPSN)']) {
      await page.getByRole('button', { name: `Ajouter : ${name}` }).click();
    }
    await expect(page.locator('[data-testid="actors"] tbody tr').count()).resolves.toBe(3);
    // The strategy is adopted on the current bilan: its reference is frozen.
    await page.getByRole('button', { name: 'Figer le bilan actuel comme bilan de référence (stratégie adoptée)' }).click();
    await reloadOn(page, 'Les acteurs');
    await expect(page.locator('[data-testid="actors"] tbody tr').count()).resolves.toBe(3);
    await checkAxe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '20-acteurs.png'), fullPage: true });
  });

  it('Édito et vision: the édito starts from the suggested draft and is rewritten and signed; a pillar is added; kept over a reload; no accessibility violation at desktop and 375 px', async () => {
    const { page } = session;
    await goToStep(page, /^Édito et vision/);
    await checkNarrow(page);
    await page.getByRole('button', { name: 'Partir du brouillon proposé' }).click();
    const text = page.getByLabel('Texte de l’édito');
    await expect(text.inputValue()).resolves.toContain('la Communauté d’agglomération de Beau Pays s’engage');
    await page.locator('[data-testid="edito-draft-notice"]').waitFor();
    await text.fill(`${TYPED.edito}\n\nNous en rendrons compte chaque année.`);
    await page.locator('[data-testid="edito-draft-notice"]').waitFor({ state: 'detached' });
    await page.locator('#edito-signatory').fill(TYPED.signatory);
    await page.locator('#edito-signatory').press('Tab');
    await page.getByRole('button', { name: 'Ajouter le pilier' }).click();
    await page.getByLabel('Titre du pilier').fill(TYPED.pillar);
    await page.getByRole('button', { name: 'Ajouter le pilier' }).click();
    await page.locator('[data-testid="pillars"] tbody tr').first().waitFor();
    await reloadOn(page, 'Édito et vision');
    await expect(page.getByLabel('Texte de l’édito').inputValue()).resolves.toBe(`${TYPED.edito}\n\nNous en rendrons compte chaque année.`);
    await expect(page.locator('#edito-signatory').inputValue()).resolves.toBe(TYPED.signatory);
    await expect(page.locator('[data-testid="pillars"] tbody th').allTextContents()).resolves.toEqual([TYPED.pillar]);
    await checkAxe(page);
    await checkNarrow(page);
    await page.screenshot({ path: join(SCREENSHOTS, '27-edito-vision.png'), fullPage: true });
  });

  it('Gouvernance et concertation: a COPIL member, its frequency, the referents, a co-construction step and a communication action, kept over a reload; no accessibility violation at desktop and 375 px', async () => {
    const { page } = session;
    await goToStep(page, /^Gouvernance et concertation/);
    await checkNarrow(page);
    await page.getByLabel('Direction des systèmes d’information — Pilote technique : inventaire, parc, hébergement').check();
    await page.getByLabel('Fréquence des réunions').fill(TYPED.frequency);
    await page.getByLabel('Fréquence des réunions').press('Tab');
    await page.getByLabel('Élu ou élue référent').selectOption({ label: 'Élu·e délégué·e au numérique — Portage politique de la stratégie' });
    // A COPIL member who is not yet an actor is added in place: actor and member at once.
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.locator('#copil-person-new-name').fill(TYPED.copilPerson);
    await page.locator('#copil-person-new-kind').selectOption({ label: 'Partenaire extérieur' });
    await page.locator('#copil-person-new-role').fill('Représentante du conseil de développement');
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await expect(page.getByLabel(`${TYPED.copilPerson} — Représentante du conseil de développement`).isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Ajouter l’étape' }).click();
    // Refused without its fields: the errors are tied to them.
    await page.getByRole('button', { name: 'Ajouter l’étape' }).click();
    await expect(page.locator('#consultation-new-title').getAttribute('aria-describedby')).resolves.toContain('consultation-new-title-error');
    await page.locator('#consultation-new-date').fill('2026-02-10');
    await page.locator('#consultation-new-title').fill(TYPED.consultation);
    await page.locator('#consultation-new-actors').getByLabel('Direction des systèmes d’information — Pilote technique : inventaire, parc, hébergement').check();
    await page.locator('#consultation-new-others').fill('Conseil de développement');
    await page.getByRole('button', { name: 'Ajouter l’étape' }).click();
    await page.locator('[data-testid="consultation"] tbody tr').first().waitFor();

    await page.getByRole('button', { name: 'Ajouter l’action de communication' }).click();
    await page.locator('#communication-new-action').fill(TYPED.communication);
    await page.locator('#communication-new-audience').fill('Élus et habitants');
    await page.locator('#communication-new-timing').fill('chaque année en novembre');
    await page.getByRole('button', { name: 'Ajouter l’action de communication' }).click();
    await page.locator('[data-testid="communication"] tbody tr').first().waitFor();

    await reloadOn(page, 'Gouvernance et concertation');
    await expect(page.getByLabel('Direction des systèmes d’information — Pilote technique : inventaire, parc, hébergement').first().isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Fréquence des réunions').inputValue()).resolves.toBe(TYPED.frequency);
    await expect(page.getByLabel(`${TYPED.copilPerson} — Représentante du conseil de développement`).first().isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-testid="consultation"] tbody th').allTextContents()).resolves.toEqual([TYPED.consultation]);
    await expect(page.locator('[data-testid="consultation"] tbody tr').first().textContent()).resolves.toContain('Direction des systèmes d’information, Conseil de développement');
    await expect(page.locator('[data-testid="communication"] tbody th').allTextContents()).resolves.toEqual([TYPED.communication]);
    await checkAxe(page);
    await checkNarrow(page);
    await page.screenshot({ path: join(SCREENSHOTS, '28-gouvernance.png'), fullPage: true });
  });

  it('Actions déjà engagées: adds an action, kept over a reload', async () => {
    const { page } = session;
    await goToStep(page, /^Actions déjà engagées/);
    await page.getByRole('button', { name: 'Ajouter l’action' }).click();
    await page.getByLabel('Description').fill('Passage des postes en veille automatique après 15 minutes');
    await page.getByRole('button', { name: 'Ajouter l’action' }).click();
    await reloadOn(page, 'Actions déjà engagées');
    await expect(page.locator('[data-testid="engaged-actions"] tbody tr').first().textContent()).resolves.toContain('veille automatique');
    await checkAxe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '21-actions-engagees.png'), fullPage: true });
  });

  it('Auto-diagnostic: a “non” links to catalogue measures and the score is kept over a reload', async () => {
    const { page } = session;
    await goToStep(page, /^Auto-diagnostic/);
    await page.locator('.maturity-question').first().getByLabel('Non').check();
    await page.locator('.maturity-question').nth(1).getByLabel('Oui').check();
    await expect(page.locator('.maturity-reco a').count()).resolves.toBeGreaterThan(0);
    await reloadOn(page, 'Auto-diagnostic');
    await expect(page.locator('.maturity-question').nth(1).getByLabel('Oui').isChecked()).resolves.toBe(true);
    await expect(page.locator('.maturity-reco a').count()).resolves.toBeGreaterThan(0);
    await checkAxe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '22-auto-diagnostic.png'), fullPage: true });
  });

  it('Objectifs: creates “−30 % de t CO2e” from its template, with the baseline from the bilan', async () => {
    const { page } = session;
    await goToStep(page, /^Objectifs/);
    await page.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    // The template's reference value comes from the bilan; the target and year are the template's.
    await expect(page.locator('#objectives-new-baseline').inputValue()).resolves.not.toBe('');
    await page.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    await page.locator('[data-testid="objectives"] tbody tr').first().waitFor();
    await reloadOn(page, 'Objectifs');
    await expect(page.locator('[data-testid="objectives"] tbody tr').count()).resolves.toBe(1);
    await page.locator('[data-testid="trajectory"] canvas, .chart canvas').first().waitFor();
    await checkAxe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '23-objectifs.png'), fullPage: true });
  });

  it('Mesures: three measures (one a lifetime extension) change the trajectory by exactly the core’s effect; the objective shows its status', async () => {
    const { page } = session;
    await goToStep(page, /^Mesures/);
    const before = await page.locator('[data-testid="trajectory"] tbody tr').last().locator('.scenario').getAttribute('data-value');
    for (const id of MEASURES) {
      await page.locator(`[data-catalogue="${id}"] button`).click();
      await page.locator('.measure-editor').nth(MEASURES.indexOf(id)).waitFor();
    }
    const editors = page.locator('.measure-editor');
    await expect(editors.count()).resolves.toBe(3);
    for (let i = 0; i < 3; i += 1) {
      const editor = editors.nth(i);
      await editor.getByRole('button', { name: 'Ajouter une ligne de budget' }).click();
      await editor.getByLabel('Montant').fill('15000');
      await editor.getByRole('button', { name: 'Ajouter une ligne de budget' }).click();
      await editor.getByLabel('Service pilote').selectOption({ label: 'Direction des systèmes d’information' });
    }
    await reloadOn(page, 'Mesures');
    await expect(page.locator('.measure-editor').count()).resolves.toBe(3);
    for (let i = 0; i < 3; i += 1) {
      await expect(editors.nth(i).locator('[data-testid="budget-total"]').textContent()).resolves.toBe('Budget total : 15\u202f000 €');
      const pilot = editors.nth(i).getByLabel('Service pilote');
      await expect(pilot.locator('option:checked').textContent()).resolves.toContain('Direction des systèmes d’information');
    }

    // The project as saved, recomputed with the core: the trajectory shown is the core's.
    await page.locator('.project-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Exporter le projet (.reen.json)' }).click()]);
    const file = join(work, 'project.reen.json');
    await download.saveAs(file);
    await page.locator('.project-menu summary').click();
    const parsed = parseProject(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success || !parsed.data.strategy) throw new Error(`exported project invalid: ${JSON.stringify(parsed.issues)}`);
    const { data: project } = parsed;
    const strategy = project.strategy!;
    expect(strategy.measures.map((m) => m.catalogueId)).toEqual([...MEASURES]);
    expect(strategy.measures[0]!.levers[0]!.kind).toBe('lifetime-extension');
    const trajectory = projectTrajectory(project, strategy.measures, getFactorSet(project.factorSetVersion), {
      baselineYear: strategy.baselineYear,
      horizonYear: strategy.horizonYear,
      method: project.method,
      amortisationYears: project.amortisationYears,
    });
    for (const year of trajectory.years) {
      const row = page.locator(`[data-testid="trajectory"] tbody tr[data-year="${year.year}"]`).first();
      await expect(row.locator('.trend').getAttribute('data-value')).resolves.toBe(year.trend.total.co2eKg.toFixed());
      await expect(row.locator('.scenario').getAttribute('data-value')).resolves.toBe(year.scenario.total.co2eKg.toFixed());
      await expect(row.locator('.saved').getAttribute('data-value')).resolves.toBe(year.trend.total.co2eKg.minus(year.scenario.total.co2eKg).toFixed());
    }
    const horizon = trajectory.years.at(-1)!;
    expect(before).toBe(horizon.trend.total.co2eKg.toFixed());
    expect(horizon.scenario.total.co2eKg.lt(horizon.trend.total.co2eKg)).toBe(true);
    // Each measure's effect comes in a deferred second pass ("calcul en cours…" meanwhile).
    await page.waitForFunction(() => document.querySelector('[data-testid="trajectory-status"]')?.getAttribute('aria-busy') !== 'true');
    for (let i = 0; i < 3; i += 1) {
      const contribution = horizon.contributions.find((c) => c.measureId === strategy.measures[i]!.id);
      await expect(editors.nth(i).locator('[data-testid="measure-effect"]').getAttribute('data-value')).resolves.toBe(contribution?.reduction.co2eKg.toFixed());
    }
    const tracking = objectiveStatuses(strategy, { asOf: new Date().toISOString().slice(0, 10), trajectory });
    const status = await page.locator('[data-testid="objective-status"]').first().getAttribute('data-status');
    expect(['on-track', 'off-track']).toContain(status);
    expect(status).toBe(tracking[0]!.status);
    await checkAxe(page);
    await checkNarrow(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, '24-mesures.png'), fullPage: false });
  });

  it('Les six axes du décret: axes 1 and 2 carried by the measures, a justification typed for axis 5 (inclusion), kept over a reload; the check’s item opens that field; no accessibility violation at desktop and 375 px', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Mesures' }).waitFor();
    const states = page.locator('[data-testid="decree-axes"] [data-testid="axis-state"]');
    await expect(states.evaluateAll((els) => els.map((el) => el.getAttribute('data-state')))).resolves.toEqual(['measures', 'measures', 'missing', 'missing', 'missing', 'missing']);
    const field = page.getByLabel('Pourquoi l’axe 5 n’a pas de mesure');
    await field.fill(TYPED.axisJustification);
    await expect(page.locator('[data-axis="inclusion"] [data-testid="axis-state"]').getAttribute('data-state')).resolves.toBe('justified');
    await reloadOn(page, 'Mesures');
    await expect(page.getByLabel('Pourquoi l’axe 5 n’a pas de mesure').inputValue()).resolves.toBe(TYPED.axisJustification);
    await checkAxe(page);
    await checkNarrow(page);
    await page.locator('[data-testid="decree-axes"]').screenshot({ path: join(SCREENSHOTS, '29-axes-decret.png') });

    // The completeness check's item for an axis still uncovered opens its own field.
    await goToStep(page, /^Document/);
    const items = page.locator('li[data-code="decree_axis_not_covered"]');
    await expect(items.count()).resolves.toBe(3);
    await items.filter({ hasText: 'Écoconception des sites et des services numériques' }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Mesures' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'axis-ecodesign-justification');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#/mesures#axis-ecodesign-justification');
  });

  it('Document: zero blocking items; DOCX and ODT are valid zips with the title, the name and the total in French; LibreOffice converts the DOCX to PDF', async () => {
    const { page } = session;
    await goToStep(page, /^Document/);
    await expect(page.locator('[data-testid="blocking-count"]').getAttribute('data-value')).resolves.toBe('0');
    await reloadOn(page, 'Document');
    await expect(page.locator('[data-testid="blocking-count"]').getAttribute('data-value')).resolves.toBe('0');
    await checkAxe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '25-document.png'), fullPage: false });

    const parsed = parseProject(JSON.parse(readFileSync(join(work, 'project.reen.json'), 'utf8')));
    if (!parsed.success) throw new Error('invalid project');
    const co2 = INDICATOR_DISPLAY.co2eKg;
    const frozen = parsed.data.strategy!.bilan.footprint!;
    const total = formatNumberFr(frozen.total.co2eKg.dividedBy(co2.divisor), co2.precision);

    for (const [format, part] of [
      ['docx', 'word/document.xml'],
      ['odt', 'content.xml'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator(`[data-format="${format}"]`).first().click()]);
      const file = join(work, `strategie.${format}`);
      await download.saveAs(file);
      const xml = zipText(file, part);
      expect(xml, format).toContain('Stratégie numérique responsable');
      expect(xml, format).toContain(ORGANISATION);
      expect(xml, format).toContain(total);
      expect(Object.values(TYPED).filter((typed) => !xml.includes(typed)), format).toEqual([]);
    }
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', work, join(work, 'strategie.docx')], {
      timeout: 120_000,
      stdio: 'ignore',
    });
    const pdfText = execFileSync('pdftotext', [join(work, 'strategie.pdf'), '-']).toString('utf8');
    expect(pdfText).toContain('Stratégie numérique responsable');
    expect(pdfText).toContain('Beau Pays');
    expect(pdfText.replace(/\s/g, '')).toContain(total.replace(/\s/g, ''));
  });

  it('Document: « Imprimer ou enregistrer en PDF » opens the print view (the HTML export with its print CSS, under the app’s CSP); its PDF is tagged and holds the decree’s parts, the name with its article and what was typed', async () => {
    const { page, context } = session;
    // Still on the Document step, where the previous journey step left off.
    await page.getByRole('heading', { level: 1, name: 'Document' }).waitFor();
    // The browser's print dialog cannot be driven from here: the print view's print() is recorded
    // instead, and the PDF is made by Chromium's own printing (page.pdf) of that same view.
    await page.evaluate(() => {
      const open = window.open.bind(window);
      window.open = (...args: Parameters<typeof window.open>) => {
        const opened = open(...args);
        if (opened) opened.print = () => document.body.setAttribute('data-printed', 'yes');
        return opened;
      };
    });
    const [view] = await Promise.all([context.waitForEvent('page'), page.locator('[data-format="print"]').first().click()]);
    const cspViolations: string[] = [];
    view.on('console', (message) => {
      if (message.type() === 'error') cspViolations.push(message.text());
    });
    await view.locator('main h2').first().waitFor({ timeout: 120_000 });
    // The print CSS applies (constructed style sheet): A4 page rule and the body's measure.
    await expect(view.evaluate(() => document.adoptedStyleSheets.length)).resolves.toBe(1);
    await expect(view.evaluate(() => getComputedStyle(document.body).maxWidth)).resolves.toBe('832px');
    await page.locator('[data-testid="export-status"]').first().filter({ hasText: 'La version à imprimer est ouverte' }).waitFor();
    await expect(page.locator('body').getAttribute('data-printed')).resolves.toBe('yes');
    const file = join(work, 'strategie-imprimee.pdf');
    await view.pdf({ path: file, tagged: true, preferCSSPageSize: true });
    await view.close();
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(/Tagged:\s+yes/);
    const text = flat(execFileSync('pdftotext', [file, '-']).toString('utf8'));
    expect(DECREE_PARTS.filter((part) => !text.includes(part))).toEqual([]);
    expect(text).toContain('de la Communauté d’agglomération de Beau Pays');
    expect(Object.values(TYPED).filter((typed) => !text.includes(typed))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('Suivi annuel: next year’s value is entered and kept, and the yearly bilan in HTML has the N and N−1 columns', async () => {
    const { page } = session;
    await goToStep(page, /^Suivi annuel/);
    const input = page.getByLabel(/valeur 2026\b/).first();
    await input.fill('70,5');
    await input.press('Tab');
    await reloadOn(page, 'Suivi annuel');
    await expect(page.getByLabel(/valeur 2026\b/).first().inputValue()).resolves.toBe('70,5');
    await checkAxe(page);
    await page.screenshot({ path: join(SCREENSHOTS, '26-suivi-annuel.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('[data-format="html"]').first().click()]);
    const file = join(work, 'bilan.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(ORGANISATION.replace('’', '’'));
    expect(html).toMatch(/<th[^>]*>\s*2025( \(référence\))?\s*<\/th>/); // N−1 is also the reference year here
    expect(html).toMatch(/<th[^>]*>\s*2026\s*<\/th>/);
    expect(html).toContain('70,5');
  });

  it('sent no request outside localhost and logged no error', () => {
    expect(session.external).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
