import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'vue/compiler-sfc';
import { en } from './en';
import { fr } from './fr';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? vueFiles(path) : name.endsWith('.vue') ? [path] : [];
  });
}

interface TemplateNode {
  type: number;
  content?: unknown;
  props?: { type: number; name: string; value?: { content: string } }[];
  children?: TemplateNode[];
}

/** Static text nodes and static user-facing attributes with words in them, from Vue's template AST. */
function hardCodedTexts(node: TemplateNode | undefined, found: string[] = []): string[] {
  if (!node) return found;
  // 2: TEXT
  if (node.type === 2 && typeof node.content === 'string' && /\p{L}{2,}/u.test(node.content)) found.push(node.content.trim());
  for (const prop of node.props ?? []) {
    // 6: static ATTRIBUTE
    if (prop.type === 6 && ['aria-label', 'title', 'placeholder', 'alt', 'label'].includes(prop.name) && /\p{L}{2,}/u.test(prop.value?.content ?? '')) {
      found.push(`${prop.name}="${prop.value?.content ?? ''}"`);
    }
  }
  for (const child of node.children ?? []) hardCodedTexts(child, found);
  return found;
}

describe('messages', () => {
  it('has the same keys in English as in French', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('has no empty message and the same placeholders in both languages', () => {
    const flat = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string' ? [[prefix, value]] : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
    const english = new Map(flat(en));
    for (const [key, text] of flat(fr)) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('finds hard-coded text and attributes in a template (the scanner works)', () => {
    const { descriptor } = parse('<template><p>Bonjour</p><button aria-label="Fermer">{{ t(`x`) }} ✓</button></template>');
    expect(hardCodedTexts(descriptor.template?.ast as TemplateNode | undefined)).toEqual(['Bonjour', 'aria-label="Fermer"']);
  });

  it('leaves no hard-coded user-facing text in the components’ templates', () => {
    const offenders: string[] = [];
    for (const file of vueFiles(join(import.meta.dirname, '..'))) {
      const { descriptor } = parse(readFileSync(file, 'utf8'), { filename: file });
      for (const text of hardCodedTexts(descriptor.template?.ast as TemplateNode | undefined)) offenders.push(`${file}: ${text}`);
    }
    expect(offenders).toEqual([]);
  });

  it('never renders HTML from data (no v-html anywhere)', () => {
    const withVHtml = vueFiles(join(import.meta.dirname, '..')).filter((file) => readFileSync(file, 'utf8').includes('v-html'));
    expect(withVHtml).toEqual([]);
  });
});
