/**
 * The last step of every document builder: French typography on every text, abbreviations spelled
 * out at their first use in running text, an optional glossary of the abbreviations and terms
 * used, then validation against the document schema.
 */
import type { z } from 'zod';
import { table, section } from './blocks';
import { AbbreviationExpander, frenchTypography, GLOSSARY } from './frenchText';
import type { Block, Inline, ReenDocument, Section } from './model';
import { DocumentSchema, isSection } from './model';

export interface FinishOptions {
  /** Append a « Glossaire » section listing the abbreviations and terms the document uses. */
  readonly glossary?: boolean;
}

function finishBlock(block: Block, abbreviations: AbbreviationExpander): Block {
  const runs = (items: readonly Inline[]): Inline[] => items.map((run) => ({ ...run, text: frenchTypography(run.href === undefined ? abbreviations.expand(run.text) : run.text) }));
  const cells = (rows: readonly (readonly string[])[]): string[][] =>
    rows.map((row) =>
      row.map((cell) => {
        abbreviations.see(cell);
        return frenchTypography(cell);
      }),
    );
  switch (block.kind) {
    case 'paragraph':
      return { ...block, runs: runs(block.runs) };
    case 'list':
      return { ...block, items: block.items.map(runs) };
    case 'table':
      return { ...block, caption: frenchTypography(block.caption), headerRows: cells(block.headerRows), rows: cells(block.rows), ...(block.note === undefined ? {} : { note: frenchTypography(block.note) }) };
    case 'chart':
      return {
        ...block,
        title: frenchTypography(block.title),
        alt: frenchTypography(block.alt),
        table: finishBlock(block.table, abbreviations) as typeof block.table,
      };
    case 'pageBreak':
      return block;
  }
}

function finishSection(s: Section, abbreviations: AbbreviationExpander): Section {
  abbreviations.see(s.title);
  return { ...s, title: frenchTypography(s.title), content: s.content.map((child) => (isSection(child) ? finishSection(child, abbreviations) : finishBlock(child, abbreviations))) };
}

/**
 * French typography on a section added after `finishDocument` (the « Territoire » chapter):
 * the same spacing rules, abbreviations left as written (they were spelled out earlier).
 */
export function typesetSection(s: Section): Section {
  const abbreviations = new AbbreviationExpander();
  abbreviations.see(GLOSSARY.map((entry) => entry.term).join(' '));
  return finishSection(s, abbreviations);
}

/** The glossary section of the abbreviations and terms used (plain terms are always listed). */
function glossarySection(used: ReadonlySet<string>): Section {
  const entries = GLOSSARY.filter((e) => used.has(e.term) || e.always === true).sort((a, b) => a.term.localeCompare(b.term, 'fr'));
  return section('glossaire', 'Glossaire', [
    table(
      'Sigles et termes employés',
      ['left', 'left'],
      ['Sigle ou terme', 'Signification'],
      entries.map((e) => [e.term, e.expansion === undefined ? e.definition : `${e.expansion.charAt(0).toUpperCase()}${e.expansion.slice(1)} : ${e.definition.charAt(0).toLowerCase()}${e.definition.slice(1)}`]),
    ),
  ]);
}

/**
 * Finishes a document: typography, abbreviations, glossary, validation.
 *
 * @param document - The document as built (plain texts).
 * @param options - Whether to append the glossary.
 * @returns The validated document.
 */
export function finishDocument(document: z.input<typeof DocumentSchema>, options: FinishOptions = {}): ReenDocument {
  const abbreviations = new AbbreviationExpander();
  const sections = (document.sections as Section[]).map((s) => finishSection(s, abbreviations));
  if (options.glossary) sections.push(finishSection(glossarySection(abbreviations.used), new AbbreviationExpander()));
  const cover = document.cover;
  return DocumentSchema.parse({
    ...document,
    title: frenchTypography(document.title),
    subject: frenchTypography(document.subject),
    footer: frenchTypography(document.footer),
    ...(cover === undefined
      ? {}
      : { cover: { ...cover, title: frenchTypography(cover.title), lines: cover.lines.map(frenchTypography), ...(cover.subtitle === undefined ? {} : { subtitle: frenchTypography(cover.subtitle) }) } }),
    sections,
  });
}
