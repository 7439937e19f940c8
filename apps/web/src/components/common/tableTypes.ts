/** A column of an `EditableTable`: the key given to the cell slot, its header, and its alignment. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
  /** The cell names the row (a `<th scope="row">`). */
  readonly rowHeader?: boolean;
}
