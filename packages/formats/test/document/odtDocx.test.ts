import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/document/docx';
import { odfText, renderOdt } from '../../src/document/odt';
import { rasteriseSvg } from '../../src/document/png';
import { HOSTILE, sampleDocument } from './sampleDocument';
import { unzipText, xmlIsWellFormed } from './helpers';
import type { ReenDocument } from '@reen/core';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false });

/** Every text node of a parsed XML tree. */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (!k.startsWith('@')) texts(v, out);
  return out;
}

describe('renderOdt', () => {
  let bytes: Uint8Array;
  let files: Record<string, string>;
  beforeAll(async () => {
    bytes = await renderOdt(sampleDocument(), { rasterise: rasteriseSvg });
    files = unzipText(bytes);
  });

  it('starts with the mimetype entry, stored uncompressed, as OpenDocument requires', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    expect(new TextDecoder().decode(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    const start = 30 + nameLength + extraLength;
    expect(new TextDecoder().decode(bytes.subarray(start, start + 39))).toBe('application/vnd.oasis.opendocument.text');
  });

  it('has well-formed content, styles, meta and manifest, listing every picture', () => {
    for (const name of ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']) expect(xmlIsWellFormed(files[name]!), name).toBe(true);
    expect(Object.keys(files).filter((n) => n.startsWith('Pictures/')).sort()).toEqual([
      'Pictures/chart-1.png',
      'Pictures/chart-1.svg',
      'Pictures/chart-2.png',
      'Pictures/chart-2.svg',
      'Pictures/chart-3.png',
      'Pictures/chart-3.svg',
    ]);
    for (const picture of Object.keys(files).filter((n) => n.startsWith('Pictures/'))) expect(files['META-INF/manifest.xml']).toContain(`manifest:full-path="${picture}"`);
  });

  it('sets the language to fr-FR and numbers the pages', () => {
    expect(files['styles.xml']).toContain('fo:language="fr" fo:country="FR"');
    expect(files['meta.xml']).toContain('<dc:language>fr-FR</dc:language>');
    expect(files['styles.xml']).toContain('<text:page-number text:select-page="current">');
  });

  it('uses outline headings, header rows, and frames with an SVG, a PNG fallback, a title and a description', () => {
    const content = files['content.xml']!;
    expect([...content.matchAll(/<text:h text:style-name="[^"]+" text:outline-level="(\d)">/g)].map((m) => Number(m[1]))).toEqual([1, 1, 2, 2]);
    expect(content.match(/<table:table-header-rows>/g)?.length).toBe(4);
    expect(content).toMatch(/<draw:image xlink:href="Pictures\/chart-2.svg"[^>]*draw:mime-type="image\/svg\+xml"\/><draw:image xlink:href="Pictures\/chart-2.png"[^>]*\/><svg:title>Répartition par phase<\/svg:title><svg:desc>Secteurs : fabrication 80 %, utilisation 20 %.<\/svg:desc>/);
  });

  it('keeps hostile text as text: it parses back to the same strings and adds no element', () => {
    const content = files['content.xml']!;
    const all = texts(parser.parse(content)).join('\n');
    expect(all).toContain(HOSTILE.site);
    expect(all).toContain(HOSTILE.word);
    expect(all).toContain('Délibération : ]]><!-- & "quotes" \'apos\'');
    expect(content).not.toContain('<script>');
    expect(content).not.toContain('<w:p>');
  });

  it('writes the same bytes for the same document', async () => {
    expect(await renderOdt(sampleDocument(), { rasterise: rasteriseSvg })).toEqual(bytes);
  });
});

describe('odfText', () => {
  it('keeps repeated spaces, tabs and line breaks that ODF would collapse', () => {
    expect(odfText('a  b\tc\nd')).toBe('a <text:s/>b<text:tab/>c<text:line-break/>d');
    expect(odfText('   x')).toBe('<text:s text:c="3"/>x');
    expect(odfText('<&>')).toBe('&lt;&amp;&gt;');
  });
});

describe('renderDocx', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = unzipText(await renderDocx(sampleDocument(), { rasterise: rasteriseSvg }));
  });

  it('has well-formed XML parts', () => {
    for (const name of Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n))) expect(xmlIsWellFormed(files[name]!), name).toBe(true);
  });

  it('uses Word heading styles in order, a table of contents and the fr-FR language', () => {
    const document = files['word/document.xml']!;
    expect([...document.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map((m) => m[1])).toEqual(['Title', 'Heading1', 'Heading1', 'Heading2', 'Heading2']);
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(files['word/styles.xml']).toContain('<w:lang w:val="fr-FR"/>');
  });

  it('marks the first table rows as header rows and numbers the pages in the footer', () => {
    expect(files['word/document.xml']!.match(/<w:tblHeader\/>/g)?.length).toBe(4);
    const footers = Object.entries(files).filter(([n]) => n.startsWith('word/footer')).map(([, x]) => x).join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });

  it('keeps a short table on one page: every row but the last keeps with the next', () => {
    const document = files['word/document.xml']!;
    const tables = document.split('<w:tbl>').slice(1).map((t) => t.split('</w:tbl>')[0]!);
    for (const t of tables) {
      const rows = t.split('<w:tr>').slice(1);
      // Header rows and body rows but the last carry « keep with next »; the last row does not.
      for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
      expect(rows.at(-1)).not.toContain('<w:keepNext/>');
    }
  });

  it('embeds each chart as SVG with a PNG fallback and alt text', () => {
    const document = files['word/document.xml']!;
    expect(document.match(/<asvg:svgBlip /g)?.length).toBe(3);
    expect(document).toContain('descr="Secteurs : fabrication 80 %, utilisation 20 %."');
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/')).map((n) => n.replace(/^.*\./, '')).sort()).toEqual(['png', 'png', 'png', 'svg', 'svg', 'svg']);
  });

  it('keeps hostile text as text, including in the core properties', () => {
    const document = files['word/document.xml']!;
    expect(document).not.toContain('<w:p><w:r><w:t>injecté');
    expect(document).not.toContain('<script>');
    expect(texts(parser.parse(document)).join('\n')).toContain(HOSTILE.word);
    expect(files['docProps/core.xml']).toContain('Ville de &lt;script&gt;');
  });

  it('writes the page numbers of the table of contents when asked to lay the pages out', async () => {
    const estimated = unzipText(await renderDocx(sampleDocument(), { rasterise: rasteriseSvg, estimatePageNumbers: true }))['word/document.xml']!;
    const pages = [...estimated.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((m) => Number(m[1]));
    expect(pages).toHaveLength(4);
    expect(pages[0]).toBe(3);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });
});

describe('the « BROUILLON » mark, the chapter form and the table of contents’ pages', () => {
  it('marks every page of a draft in ODT and DOCX, and only of a draft', async () => {
    const draft = { ...sampleDocument(), draft: true };
    const odt = unzipText(await renderOdt(draft, { rasterise: rasteriseSvg }));
    const styles = odt['styles.xml']!;
    expect(xmlIsWellFormed(styles)).toBe(true);
    // A Fontwork shape turned by 45° (π/4) in the header of every master page (body, landscape, cover), behind the text.
    const masters = [...styles.matchAll(/<style:master-page style:name="(\w+)"[^>]*>(.*?)<\/style:master-page>/gs)];
    expect(masters.map((m) => m[1])).toEqual(['Standard', 'Landscape', 'Cover']);
    for (const [, , inner] of masters) {
      expect(inner).toMatch(/<style:header><text:p [^>]*><draw:custom-shape [^>]*draw:transform="rotate \(0\.785398163397448\)[^>]*>.*?<text:p text:style-name="P_watermark">BROUILLON<\/text:p><draw:enhanced-geometry [^>]*draw:type="fontwork-plain-text"/s);
    }
    expect(styles).toMatch(/<style:style style:name="Gr_watermark" style:family="graphic"><style:graphic-properties [^>]*style:run-through="background"/);
    const docx = unzipText(await renderDocx(draft, { rasterise: rasteriseSvg }));
    const headers = Object.entries(docx).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    // Word's own watermark: a VML text path turned by 315°, in the header of the first and the other pages.
    expect(headers).toHaveLength(2);
    for (const [, xml] of headers) expect(xml).toMatch(/<v:shape id="PowerPlusWaterMarkObject[^"]*" type="#_x0000_t136" style="[^"]*rotation:315[^"]*".*<v:textpath [^>]*string="BROUILLON"/s);
    const clean = unzipText(await renderOdt(sampleDocument(), { rasterise: rasteriseSvg }));
    expect(clean['styles.xml']).not.toContain('BROUILLON');
    expect(clean['styles.xml']).not.toContain('draw:custom-shape');
    const cleanDocx = unzipText(await renderDocx(sampleDocument(), { rasterise: rasteriseSvg }));
    expect(Object.entries(cleanDocx).filter(([name]) => /^word\/header\d*\.xml$/.test(name)).some(([, xml]) => xml.includes('BROUILLON'))).toBe(false);
  });

  it('writes a chapter without cover from heading level 2, and the given pages in the ODT table of contents', async () => {
    const chapter = { ...sampleDocument(), cover: undefined, topHeadingLevel: 2, tableOfContents: false };
    const content = unzipText(await renderOdt(chapter, { rasterise: rasteriseSvg }))['content.xml']!;
    expect(content).not.toContain('text:style-name="P_cover"');
    expect(content).toMatch(/<text:h text:style-name="Heading_20_2" text:outline-level="2">/);
    expect(content).not.toContain('text:outline-level="1"');
    const withPages = unzipText(await renderOdt(sampleDocument(), { rasterise: rasteriseSvg, tocPages: [2, 3, 5, 7, 9, 11, 13, 17] }))['content.xml']!;
    expect(withPages).toMatch(/<text:tab\/>2<\/text:a>/);
  });
});

describe('landscape pages for wide tables', () => {
  const cells = Array.from({ length: 6 }, (_, i) => `colonne ${i + 1} assez longue`);
  const wide = (): ReenDocument => {
    const base = sampleDocument();
    return {
      ...base,
      sections: [
        ...base.sections,
        {
          id: 'large',
          title: 'Tableau large',
          content: [
            { kind: 'paragraph', style: 'normal', runs: [{ text: 'Introduction du tableau.' }] },
            { kind: 'table', caption: 'Six colonnes', columns: ['left', 'left', 'left', 'left', 'left', 'right'], headerRows: [['a', 'b', 'c', 'd', 'e', 'f']], rows: [cells] },
            { kind: 'paragraph', style: 'normal', runs: [{ text: 'Note du tableau.' }] },
          ],
        },
        { id: 'suite', title: 'Suite', content: [{ kind: 'paragraph', style: 'normal', runs: [{ text: 'Retour au portrait.' }] }] },
      ],
    };
  };

  it('ODT: the heading and the introduction of the wide table switch to the landscape master page, the next section back to the standard one', async () => {
    const files = unzipText(await renderOdt(wide(), { rasterise: rasteriseSvg }));
    const content = files['content.xml']!;
    expect(content).toMatch(/<style:style style:name="Heading_20_1_Landscape" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape">/);
    expect(content).toMatch(/<style:style style:name="Heading_20_1_Standard" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard">/);
    expect(content).toMatch(
      /<text:h text:style-name="Heading_20_1_Landscape" text:outline-level="1">Tableau large<\/text:h>\n<text:p text:style-name="P_keep">Introduction du tableau.<\/text:p>\n<text:p text:style-name="Caption">Tableau \d+\u00a0: Six colonnes<\/text:p>\n<table:table table:name="Tableau\d+" table:style-name="Tbl_wide_whole">/,
    );
    // The note after the table stays on its landscape page; the next section goes back to portrait.
    expect(content).toContain('<text:p text:style-name="Text_20_body">Note du tableau.</text:p>\n<text:h text:style-name="Heading_20_1_Standard" text:outline-level="1">Suite</text:h>');
    // The other tables stay on portrait pages.
    expect(content.match(/table:style-name="Tbl_wide_whole"/g)).toHaveLength(1);
    const styles = files['styles.xml']!;
    expect(styles).toContain('<style:page-layout style:name="pm_landscape"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"');
    expect(styles).toMatch(/<style:master-page style:name="Landscape" style:display-name="Paysage" style:page-layout-name="pm_landscape">.*?<text:page-number/s);
    // The six columns share the 26,1 cm of a landscape line.
    const table = /<table:table table:name="Tableau(\d+)" table:style-name="Tbl_wide_whole">/.exec(content)![1];
    const widths = [...content.matchAll(new RegExp(`style:name="Tableau${table}\\.C\\d"[^>]*><style:table-column-properties style:column-width="([\\d.]+)cm"`, 'g'))].map((m) => Number(m[1]));
    expect(widths).toHaveLength(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(26.1, 2);
  });

  it('DOCX: a landscape section (16 838 × 11 906 twips) between two portrait ones, each with the page-numbered footer', async () => {
    const files = unzipText(await renderDocx(wide(), { rasterise: rasteriseSvg }));
    const document = files['word/document.xml']!;
    const sizes = [...document.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => `${m[3]} ${m[1]}×${m[2]}`);
    // The body up to the wide table, the table with its heading, introduction and note, and the next section.
    expect(sizes).toEqual(['portrait 11906×16838', 'landscape 16838×11906', 'portrait 11906×16838']);
    // A section's properties sit in its last paragraph: between the first and the landscape ones lies
    // the landscape section, which ends with the paragraph holding them (the note).
    const [portrait, landscape] = [...document.matchAll(/<w:pgSz /g)].map((m) => m.index);
    const at = (text: string) => document.indexOf(text, portrait);
    for (const text of ['Tableau large', 'Introduction du tableau.', 'Six colonnes']) expect(at(text) > portrait! && at(text) < landscape!, text).toBe(true);
    expect(document.slice(landscape, document.indexOf('</w:p>', landscape))).toContain('Note du tableau.');
    expect(at('Retour au portrait.')).toBeGreaterThan(at('Note du tableau.'));
    for (const sectPr of document.match(/<w:sectPr>.*?<\/w:sectPr>/gs)!) expect(sectPr).toMatch(/<w:footerReference w:type="default"/);
  });
});


describe('titles cited in their language', () => {
  const cited = (): ReenDocument => {
    const base = sampleDocument();
    return {
      ...base,
      sections: [
        ...base.sections,
        {
          id: 'sources',
          title: 'Sources',
          content: [{ kind: 'paragraph', style: 'normal', runs: [{ text: 'Livre blanc (titre original : ' }, { text: 'PUE: a comprehensive examination', italic: true, lang: 'en' }, { text: ').' }] }],
        },
      ],
    };
  };

  it('marks the run with its language in ODT, DOCX and HTML, the rest staying fr-FR', async () => {
    const odt = unzipText(await renderOdt(cited(), { rasterise: rasteriseSvg }))['content.xml']!;
    expect(odt).toContain('<style:style style:name="T_lang_en" style:family="text"><style:text-properties fo:language="en" fo:country="GB"/></style:style>');
    expect(odt).toContain('Livre blanc (titre original : <text:span text:style-name="T_lang_en"><text:span text:style-name="T_italic">PUE: a comprehensive examination</text:span></text:span>).');
    const docx = unzipText(await renderDocx(cited(), { rasterise: rasteriseSvg }))['word/document.xml']!;
    expect(docx).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:lang w:val="en-GB"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">PUE: a comprehensive examination<\/w:t><\/w:r>/);
    expect(docx.match(/<w:lang /g)).toHaveLength(1);
    const { renderHtml } = await import('../../src/document/html');
    expect(renderHtml(cited())).toContain('Livre blanc (titre original : <span lang="en"><em>PUE: a comprehensive examination</em></span>).');
  });
});
