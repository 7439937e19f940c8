import { DocumentSchema } from '@reen/core';
import type { ReenDocument } from '@reen/core';

/** Strings that would break out of HTML, WordprocessingML, ODF XML, CDATA or Markdown if not escaped. */
export const HOSTILE = {
  organisation: 'Ville de <script>alert("x")</script> & Cie',
  site: '</text:p><script>alert(1)</script>',
  word: '<w:p><w:r><w:t>injecté</w:t></w:r></w:p>',
  cdata: ']]><!-- & "quotes" \'apos\'',
  markdown: '# titre | cellule [lien](javascript:alert(1)) **gras**',
  controls: 'contrôle\u0001\u0008 fin',
} as const;

/** A small hand-written document with every kind of block and hostile user text. */
export function sampleDocument(): ReenDocument {
  return DocumentSchema.parse({
    lang: 'fr-FR',
    title: `Stratégie numérique responsable – ${HOSTILE.organisation}`,
    author: HOSTILE.organisation,
    subject: 'Stratégie numérique responsable (loi n° 2021-1485, art. 35)',
    cover: {
      organisation: HOSTILE.organisation,
      title: 'Stratégie numérique responsable',
      subtitle: 'Document de test',
      date: '25 novembre 2026',
      lines: [`Délibération : ${HOSTILE.cdata}`],
    },
    tableOfContents: true,
    footer: `Stratégie numérique responsable – ${HOSTILE.organisation}`,
    sections: [
      {
        id: 'synthese',
        title: 'Synthèse',
        content: [
          { kind: 'paragraph', runs: [{ text: 'Empreinte totale : ' }, { text: '1\u202F234,5\u00A0t CO2e', bold: true }, { text: ` (${HOSTILE.controls}).` }] },
          { kind: 'paragraph', runs: [{ text: HOSTILE.markdown }] },
          { kind: 'paragraph', style: 'note', runs: [{ text: 'Source : ' }, { text: 'ADEME', href: 'https://www.ademe.fr/', italic: true }] },
          { kind: 'list', ordered: false, items: [[{ text: HOSTILE.word }], [{ text: 'Deuxième point' }]] },
          { kind: 'list', ordered: true, items: [[{ text: 'Premier' }], [{ text: 'Second' }]] },
        ],
      },
      {
        id: 'bilan',
        title: 'Bilan environnemental',
        content: [
          {
            id: 'bilan-perimetre',
            title: 'Par périmètre',
            content: [
              {
                kind: 'table',
                caption: 'Empreinte carbone par site',
                columns: ['left', 'right', 'right'],
                headerRows: [['Site', 'Empreinte (t CO2e)', 'Part']],
                rows: [
                  [HOSTILE.site, '1\u202F000,0', '81,0\u202F%'],
                  ['Écoles', '234,5', '19,0\u202F%'],
                ],
                note: 'Valeurs arrondies au dixième de tonne.',
              },
              {
                kind: 'chart',
                type: 'bar',
                title: 'Empreinte carbone par site',
                alt: `Barres : ${HOSTILE.site} 1 000,0 t CO2e ; Écoles 234,5 t CO2e.`,
                unit: 't CO2e',
                categories: [HOSTILE.site, 'Écoles'],
                series: [{ name: 'Empreinte', values: ['1000', '234.5'], labels: ['1\u202F000,0\u00A0t', '234,5\u00A0t'] }],
                table: {
                  kind: 'table',
                  caption: 'Données du graphique : empreinte carbone par site',
                  columns: ['left', 'right'],
                  headerRows: [['Site', 'Empreinte (t CO2e)']],
                  rows: [
                    [HOSTILE.site, '1\u202F000,0'],
                    ['Écoles', '234,5'],
                  ],
                },
              },
            ],
          },
          {
            id: 'bilan-phase',
            title: 'Par phase',
            pageBreakBefore: true,
            content: [
              {
                kind: 'chart',
                type: 'pie',
                title: 'Répartition par phase',
                alt: 'Secteurs : fabrication 80 %, utilisation 20 %.',
                unit: 't CO2e',
                categories: ['Fabrication', 'Utilisation'],
                series: [{ name: 'Empreinte', values: ['80', '20'], labels: ['80\u202F%', '20\u202F%'] }],
                table: {
                  kind: 'table',
                  caption: 'Données du graphique : répartition par phase',
                  columns: ['left', 'right'],
                  headerRows: [['Phase', 'Part']],
                  rows: [
                    ['Fabrication', '80\u202F%'],
                    ['Utilisation', '20\u202F%'],
                  ],
                },
              },
              { kind: 'pageBreak' },
              {
                kind: 'chart',
                type: 'line',
                title: 'Trajectoire',
                alt: 'Courbe : 2025 1 234,5 t ; 2030 900 t.',
                unit: 't CO2e',
                categories: ['2025', '2030'],
                series: [
                  { name: 'Trajectoire', values: ['1234.5', '900'], labels: ['1\u202F234,5', '900,0'] },
                  { name: 'Objectif', values: ['1234.5', '800'], labels: ['1\u202F234,5', '800,0'] },
                ],
                table: {
                  kind: 'table',
                  caption: 'Données du graphique : trajectoire',
                  columns: ['left', 'right', 'right'],
                  headerRows: [['Année', 'Trajectoire (t CO2e)', 'Objectif (t CO2e)']],
                  rows: [
                    ['2025', '1\u202F234,5', '1\u202F234,5'],
                    ['2030', '900,0', '800,0'],
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
  });
}
