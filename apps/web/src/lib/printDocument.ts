/**
 * « Imprimer ou enregistrer en PDF »: the print-ready HTML of a document (the same renderer and
 * print CSS as the HTML export) shown in a window of its own, then the browser's print dialog, where
 * the user saves a tagged PDF (Chromium tags the PDFs it prints). Nothing leaves the browser.
 *
 * The window is opened first, in the click (so that it is not blocked), and filled once the
 * renderer has loaded. It shares the app's Content-Security-Policy, which refuses inline `<style>`:
 * the document's CSS is applied as a constructed style sheet (CSSOM), which the policy allows.
 */
import type { ReenDocument } from '@reen/core';
import { renderInBrowser } from './documentExport';

/** Opens the print window with a waiting message, or returns null when the browser blocks it. */
export function openPrintWindow(waitingText: string): Window | null {
  const target = window.open('', '_blank');
  if (!target) return null;
  target.document.title = waitingText;
  target.document.body.textContent = waitingText;
  return target;
}

/**
 * Splits a rendered HTML page into its document (without `<style>`) and its CSS. The style blocks
 * are taken out of the text before parsing: a parsed inline `<style>` would already be reported
 * as a CSP violation, even in a document that is never shown.
 */
export function splitStyles(html: string): { page: Document; css: string } {
  const blocks: string[] = [];
  const rest = html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    blocks.push(css);
    return '';
  });
  return { page: new DOMParser().parseFromString(rest, 'text/html'), css: blocks.join('\n') };
}

/** Renders the document into the print window and opens the print dialog. */
export async function printDocument(document: ReenDocument, target: Window): Promise<void> {
  const { bytes } = await renderInBrowser(document, 'html');
  const { page, css } = splitStyles(new TextDecoder().decode(bytes));
  const view = target.document;
  const sheet = new (target as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(css);
  const root = view.importNode(page.documentElement, true);
  view.documentElement.remove();
  view.append(root);
  view.adoptedStyleSheets = [sheet];
  target.focus();
  target.print();
}
