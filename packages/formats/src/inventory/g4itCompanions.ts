import type { Issue, SourcePosition } from '@reen/core';
import type { RawRow } from './csv';
import { addIssue, addRejected } from './importState';
import type { ImportState } from './importState';
import { mapCountry } from './labels';
import { normalizeLabel } from './normalize';
import type { TableReport } from './types';
import { parseDecimalText } from './values';

/**
 * The G4IT 3.x inventory templates that are not physical equipment: virtual equipment
 * (`inv_virtualEquipment.csv`), data centres (`inv_datacenter.csv`) and applications
 * (`inv_application.csv`). They describe what runs on, or hosts, the physical equipment: they add
 * no device to the bilan (the servers carry the footprint of their virtual machines). Their rows
 * are still checked as G4IT checks them, so that a file G4IT would reject is not silently taken
 * here: required cells, unique names, known locations, and references (a virtual machine's
 * physical server, an application's virtual machine) to rows accepted in the same import.
 *
 * Row-level checks run as rows arrive; references are resolved once every file is read
 * (`resolveG4itCompanions`), since the files may come in any order.
 */
export type CompanionKind = 'virtual' | 'datacenter' | 'application';

/** Joins the cells of an application's unique key. */
const KEY_SEPARATOR = '\u0000';

/** Recognises a companion template from its normalised headers. */
export function companionKind(headers: readonly string[]): CompanionKind | undefined {
  const keys = new Set(headers.map((h) => normalizeLabel(h).replace(/ /g, '')));
  if (keys.has('nomequipementvirtuel') && keys.has('nomequipementphysique') && !keys.has('nomapplication')) return 'virtual';
  if (keys.has('nomapplication') && keys.has('typeenvironnement')) return 'application';
  if (keys.has('nomcourtdatacenter') && keys.has('pue') && keys.has('localisation')) return 'datacenter';
  return undefined;
}

interface PendingRow {
  readonly row: RawRow;
  readonly source: SourcePosition;
  readonly issues: Issue[];
}

/** The rows of one companion table, checked row by row, waiting for the references to be resolved. */
export class CompanionTable {
  readonly rows: PendingRow[] = [];
  private readonly index = new Map<string, number>();
  /** Index in `state.tables` of this table's report, to update its counts once resolved. */
  reportIndex = -1;

  constructor(
    readonly kind: CompanionKind,
    readonly headers: readonly string[],
    private readonly position: (line: number, column?: string) => SourcePosition,
  ) {
    headers.forEach((h, i) => {
      const key = normalizeLabel(h).replace(/ /g, '');
      if (key !== '' && !this.index.has(key)) this.index.set(key, i);
    });
  }

  /** The trimmed cell of a G4IT column (by its normalised name), or ''. */
  cell(row: RawRow, column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  /** The header of a G4IT column as written in the file. */
  header(column: string): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : this.headers[i];
  }

  issue(row: RawRow, code: string, column: string, params: Record<string, string | number>): Issue {
    const header = this.header(column);
    return { code, severity: 'error', path: [], position: this.position(row.line, header), params: { ...params, column: header ?? column } };
  }

  /** Checks what a row says on its own, and keeps it for `resolveG4itCompanions`. */
  add(row: RawRow): void {
    const issues: Issue[] = [];
    const required = (column: string) => {
      if (this.cell(row, column) === '') issues.push(this.issue(row, 'g4it_cell_required', column, {}));
    };
    if (this.kind === 'datacenter') {
      required('nomcourtdatacenter');
      const pue = this.cell(row, 'pue');
      if (pue !== '') {
        const r = parseDecimalText(pue);
        if (!r.ok || Number(r.value) < 1) issues.push(this.issue(row, 'g4it_pue_invalid', 'pue', { value: pue }));
      }
      const location = this.cell(row, 'localisation');
      if (location === '') required('localisation');
      else if (mapCountry(location) === undefined) issues.push(this.issue(row, 'g4it_location_unknown', 'localisation', { value: location }));
    } else if (this.kind === 'virtual') {
      required('nomequipementvirtuel');
      if (!this.isCloud(row)) required('nomequipementphysique');
    } else {
      required('nomapplication');
      required('typeenvironnement');
      required('nomequipementvirtuel');
    }
    this.rows.push({ row, source: this.position(row.line), issues });
  }

  /** A cloud instance (G4IT's `typeInfrastructure` CLOUD_SERVICES) has no physical server of the organisation. */
  isCloud(row: RawRow): boolean {
    return /cloud/i.test(this.cell(row, 'typeinfrastructure'));
  }

  /** The row's unique key (its name; for applications, name + environment + virtual machine). */
  key(row: RawRow): string {
    if (this.kind === 'datacenter') return this.cell(row, 'nomcourtdatacenter');
    if (this.kind === 'virtual') return this.cell(row, 'nomequipementvirtuel');
    return [this.cell(row, 'nomapplication'), this.cell(row, 'typeenvironnement'), this.cell(row, 'nomequipementvirtuel')].join(KEY_SEPARATOR);
  }

  /** The column the unique key is reported on. */
  get keyColumn(): string {
    return this.kind === 'datacenter' ? 'nomcourtdatacenter' : this.kind === 'virtual' ? 'nomequipementvirtuel' : 'nomapplication';
  }
}

/** Rejects every row of a duplicated key, as G4IT does (each occurrence names the others). */
function markDuplicates(table: CompanionTable): void {
  const lines = new Map<string, number[]>();
  for (const { row } of table.rows) {
    const key = table.key(row);
    if (key.split(KEY_SEPARATOR).join('') === '') continue;
    const list = lines.get(key);
    if (list) list.push(row.line);
    else lines.set(key, [row.line]);
  }
  for (const p of table.rows) {
    const list = lines.get(table.key(p.row));
    if (list && list.length > 1) {
      p.issues.push(table.issue(p.row, 'g4it_duplicate', table.keyColumn, { value: table.key(p.row).split(KEY_SEPARATOR).join(', '), lines: list.join(', ') }));
    }
  }
}

/**
 * Resolves the companion tables of an import once every file is read: duplicates, then references
 * (data centres first, then virtual machines against the accepted physical equipment, then
 * applications against the accepted virtual machines). A row with an issue is rejected with its
 * original cells, like any row; the others are counted as accepted (they carry no device).
 */
export function resolveG4itCompanions(state: ImportState, tables: readonly CompanionTable[], physicalNames: ReadonlySet<string> | undefined): void {
  const order: CompanionKind[] = ['datacenter', 'virtual', 'application'];
  let acceptedVirtual: Set<string> | undefined;
  for (const kind of order) {
    const ofKind = tables.filter((t) => t.kind === kind);
    if (ofKind.length === 0) continue;
    const accepted = new Set<string>();
    for (const table of ofKind) {
      markDuplicates(table);
      let acceptedRows = 0;
      let rejectedRows = 0;
      for (const p of table.rows) {
        if (kind === 'virtual' && !table.isCloud(p.row) && physicalNames !== undefined) {
          const parent = table.cell(p.row, 'nomequipementphysique');
          if (parent !== '' && !physicalNames.has(parent)) p.issues.push(table.issue(p.row, 'g4it_reference_missing', 'nomequipementphysique', { value: parent }));
        }
        if (kind === 'application' && acceptedVirtual !== undefined) {
          const parent = table.cell(p.row, 'nomequipementvirtuel');
          if (parent !== '' && !acceptedVirtual.has(parent)) p.issues.push(table.issue(p.row, 'g4it_reference_missing', 'nomequipementvirtuel', { value: parent }));
        }
        if (p.issues.length > 0) {
          addRejected(state, { source: p.source, headers: table.headers, cells: p.row.cells, issues: p.issues });
          for (const i of p.issues) addIssue(state, i);
          rejectedRows++;
        } else {
          state.companionAccepted++;
          acceptedRows++;
          if (kind === 'virtual') accepted.add(table.key(p.row));
        }
      }
      const report = state.tables[table.reportIndex] as TableReport | undefined;
      if (report) state.tables[table.reportIndex] = { ...report, accepted: acceptedRows, rejected: rejectedRows };
    }
    if (kind === 'virtual') acceptedVirtual = accepted;
  }
}
