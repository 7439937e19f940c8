// Hostile and damaged inventory files, generated in tests (nothing large is committed). Each is a
// few kilobytes and, without the importer's limits, would exhaust memory or be misread.
import { deflateSync, strToU8, zipSync } from 'fflate';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A minimal XLSX: one sheet "Inventaire" whose `<worksheet>` content is `body` (sheetData and what follows). */
export function minimalXlsx(body: string, sheetName = 'Inventaire'): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(`${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${body}</worksheet>`),
    },
    { level: 9 },
  );
}

/** Inline-string cell. */
export function xlsxCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A small valid inventory sheet body: header row and `devices` laptop rows. */
export function inventorySheetData(devices: number): string {
  let rows = `<row r="1">${xlsxCell('A1', 'Type')}${xlsxCell('B1', 'Modèle')}${xlsxCell('C1', 'Quantité')}</row>`;
  for (let i = 0; i < devices; i++) rows += `<row r="${i + 2}">${xlsxCell(`A${i + 2}`, 'Portable')}${xlsxCell(`B${i + 2}`, 'Latitude 5420')}<c r="C${i + 2}"><v>1</v></c></row>`;
  return `<sheetData>${rows}</sheetData>`;
}

/** An XLSX of 3 devices whose header cell A1 is merged over the whole sheet (A1:XFD1048576). */
export function xlsxWholeSheetMerge(): Uint8Array {
  return minimalXlsx(`<dimension ref="A1:C4"/>${inventorySheetData(3)}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`);
}

/** An XLSX of 3 devices with a hyperlink over the whole sheet (SheetJS gives every linked cell an object). */
export function xlsxWholeSheetHyperlink(): Uint8Array {
  return minimalXlsx(`${inventorySheetData(3)}<hyperlinks><hyperlink ref="A1:XFD1048576" r:id="rId9"/></hyperlinks>`);
}

/** An XLSX of 3 devices that declares the whole sheet as its dimension. */
export function xlsxWholeSheetDimension(): Uint8Array {
  return minimalXlsx(`<dimension ref="A1:XFD1048576"/>${inventorySheetData(3)}`);
}

/** An XLSX of `rows` rows, each with one cell in the last column (XFD): every row is 16,384 cells wide. */
export function xlsxFarColumns(rows: number): Uint8Array {
  let data = '';
  for (let r = 1; r <= rows; r++) data += `<row r="${r}">${xlsxCell(`A${r}`, 'Portable')}${xlsxCell(`XFD${r}`, 'x')}</row>`;
  return minimalXlsx(`<sheetData>${data}</sheetData>`);
}

/** A minimal ODS whose single table "Inventaire" holds `rows` (table:table-row elements). */
export function minimalOds(rows: string, tableName = 'Inventaire'): Uint8Array {
  const content = `${XML}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="${tableName}">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'META-INF/manifest.xml': strToU8(
        `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
      ),
      'styles.xml': strToU8(`${XML}<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>`),
      'content.xml': strToU8(content),
    },
    { level: 9 },
  );
}

/** An ODS text cell. */
export function odsCell(text: string, attrs = ''): string {
  return `<table:table-cell office:value-type="string"${attrs ? ` ${attrs}` : ''}><text:p>${text}</text:p></table:table-cell>`;
}

/** ODS rows: header and `devices` laptop rows. */
export function odsInventoryRows(devices: number): string {
  let rows = `<table:table-row>${odsCell('Type')}${odsCell('Modèle')}${odsCell('Quantité')}</table:table-row>`;
  for (let i = 0; i < devices; i++) rows += `<table:table-row>${odsCell('Portable')}${odsCell('Latitude 5420')}<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>`;
  return rows;
}

/** An ODS of 3 devices, then one text row repeated 1,048,576 times across 16,384 columns. */
export function odsRepeatBomb(): Uint8Array {
  return minimalOds(`${odsInventoryRows(3)}<table:table-row table:number-rows-repeated="1048576">${odsCell('x', 'table:number-columns-repeated="16384"')}</table:table-row>`);
}

/** An ODS of 3 devices whose last cell spans 1,048,576 rows and 16,384 columns. */
export function odsSpanBomb(): Uint8Array {
  return minimalOds(`${odsInventoryRows(3)}<table:table-row>${odsCell('Portable', 'table:number-rows-spanned="1048576" table:number-columns-spanned="16384"')}</table:table-row>`);
}

/** A LibreOffice-style ODS: 3 devices, then the usual trailing empty rows repeated to the end of the sheet. */
export function odsWithEmptyTail(): Uint8Array {
  return minimalOds(
    `${odsInventoryRows(3)}<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`,
  );
}

/** A ZIP whose central directory lists entry B inside entry A's stored data, with B declaring 100 bytes. */
export function overlappingZip(inflated: number): { zip: Uint8Array; storedBytes: number } {
  const enc = (s: string) => strToU8(s);
  const le = (n: number, size: 2 | 4) => (size === 2 ? [n & 0xff, (n >>> 8) & 0xff] : [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
  const local = (name: string, method: number, compressed: number, size: number) => [...le(0x04034b50, 4), 20, 0, 0, 0, ...le(method, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(compressed, 4), ...le(size, 4), ...le(name.length, 2), 0, 0, ...enc(name)];
  const central = (name: string, method: number, compressed: number, size: number, offset: number) => [...le(0x02014b50, 4), 20, 0, 20, 0, 0, 0, ...le(method, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(compressed, 4), ...le(size, 4), ...le(name.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le(offset, 4), ...enc(name)];
  const inner = deflateSync(new Uint8Array(inflated));
  const innerHeader = local('xl/b.xml', 8, inner.length, 100);
  const outerData = [...innerHeader, ...inner];
  const outerHeader = local('xl/a.xml', 0, outerData.length, outerData.length);
  // B's local header is the first thing in A's data.
  const cd = [...central('xl/a.xml', 0, outerData.length, outerData.length, 0), ...central('xl/b.xml', 8, inner.length, 100, outerHeader.length)];
  const cdOffset = outerHeader.length + outerData.length;
  const eocd = [...le(0x06054b50, 4), 0, 0, 0, 0, ...le(2, 2), ...le(2, 2), ...le(cd.length, 4), ...le(cdOffset, 4), 0, 0];
  return { zip: new Uint8Array([...outerHeader, ...outerData, ...cd, ...eocd]), storedBytes: outerData.length };
}
