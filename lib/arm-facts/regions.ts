// What an ARM region name looks like: the programmatic `name` of GET /subscriptions/{s}/locations
// ("eastus", "japaneast"), never its display name. Forms and URL parsers check against this one pattern.

/** A region's programmatic name. */
export const REGION_NAME_PATTERN = /^[a-z0-9]{1,64}$/;
