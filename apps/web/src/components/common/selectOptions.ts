/** One choice of a `SelectField`: the stored value and its label. */
export interface SelectOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** The options of a closed list, each labelled by `label`. */
export function optionsOf<V extends string>(values: readonly V[], label: (value: V) => string): SelectOption<V>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** The options with a first, empty choice (value ''), for an optional value. */
export function withNone<V extends string>(options: readonly SelectOption<V>[], noneLabel: string): SelectOption<V | ''>[] {
  return [{ value: '', label: noneLabel }, ...options];
}
