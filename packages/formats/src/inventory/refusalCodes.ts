/**
 * Issue codes that mean a whole file (or the import) was not read: no bilan may be computed from
 * such an import. The CLI exits with code 3 on them; the web app refuses the import.
 */
export const FILE_REFUSAL_CODES: ReadonlySet<string> = new Set([
  'file_empty',
  'file_too_large',
  'archive_too_large',
  'unsupported_format',
  'file_corrupt',
  'json_not_inventory',
  'no_inventory_sheet',
  'sheet_not_found',
  'sheet_too_large_cells',
  'sheet_too_large_merge',
  'sheet_too_large_hyperlink',
  'sheet_too_large_repeat',
  'sheet_too_large_span',
  'too_many_rows',
  'file_no_rows',
  'file_binary',
  'encoding_unsupported',
]);
