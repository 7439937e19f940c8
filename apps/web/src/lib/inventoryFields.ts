/**
 * The fields a file column can be mapped to, as @reen/formats defines them. Kept in sync by a unit
 * test; listed here so the mapping screen does not load the import library on the main thread.
 */
export const FIELD_IDS = [
  'category',
  'type',
  'manufacturer',
  'model',
  'name',
  'serialNumber',
  'quantity',
  'purchaseDate',
  'purchaseYear',
  'retirementDate',
  'lifetimeYears',
  'status',
  'refurbished',
  'hoursPerDay',
  'daysPerYear',
  'energyKwhPerYear',
  'powerW',
  'weightKg',
  'site',
  'entity',
  'perimeter',
  'country',
  'sizeClass',
  'id',
] as const;
