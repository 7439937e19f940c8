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

/** Splits a rendered HTML page into its body (without `<style>`) and its CSS. */
export function splitStyles(html: string): { page: Document; css: string } {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const styles = [...page.querySelectorAll('style')];
  const css = styles.map((s) => s.textContent).join('\n');
  for (const s of styles) s.remove();
  return { page, css };
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
