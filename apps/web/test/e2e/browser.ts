// Launches Debian's Chromium (never a downloaded browser) with a fresh profile, records every request
// and blocks any that would leave localhost, and injects axe-core for accessibility checks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for. */
  readonly requests: string[];
  /** Requests that would have left localhost (blocked). */
  readonly external: string[];
  /** Console errors and CSP violations. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens a fresh Chromium profile on the app. */
export async function openSession(baseUrl: string, options: { locale?: string } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'reen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'fr-FR',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const external: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) await route.continue();
    else {
      external.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
  return {
    context,
    page,
    requests,
    external,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to the injection.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, ...(node.failureSummary ? { failureSummary: node.failureSummary } : {}) })),
    }));
  });
}

/** Where the journey tests save their screenshots. */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'screenshots');

/** Opens a step through the navigation (as a user would) and waits for its title to be focused. */
export async function goToStep(page: Page, label: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
}
