// The columns of ARG's `Resources` table the emulator serves. String columns can be filtered and sorted
// (they live in SQL); dynamic columns (objects) are computed for the rows of the page only, exactly as
// the resource's own GET shapes them. `type` and `resourceGroup` are lowercase, as ARG returns them.

/** Columns held as strings (filterable, sortable). */
export const STRING_COLUMNS = ['id', 'name', 'type', 'tenantId', 'kind', 'location', 'resourceGroup', 'subscriptionId', 'managedBy'] as const;
/** Columns holding objects or arrays. */
export const DYNAMIC_COLUMNS = ['sku', 'plan', 'properties', 'tags', 'identity', 'zones', 'extendedLocation', 'systemData'] as const;

/** A string column's name. */
export type StringColumn = (typeof STRING_COLUMNS)[number];
/** Any column's name. */
export type Column = StringColumn | (typeof DYNAMIC_COLUMNS)[number];

/** Every column in ARG's default output order (a query without `project` returns all of them). */
export const ALL_COLUMNS: readonly Column[] = [
  'id', 'name', 'type', 'tenantId', 'kind', 'location', 'resourceGroup', 'subscriptionId', 'managedBy',
  'sku', 'plan', 'properties', 'tags', 'identity', 'zones', 'extendedLocation', 'systemData',
];

/** True for a column of the Resources table (names are case-sensitive in KQL). */
export function isColumn(name: string): name is Column {
  return (ALL_COLUMNS as readonly string[]).includes(name);
}

/** True for a string column. */
export function isStringColumn(name: string): name is StringColumn {
  return (STRING_COLUMNS as readonly string[]).includes(name);
}
