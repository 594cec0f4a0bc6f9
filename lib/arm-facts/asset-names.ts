// Azure's rules for registry asset names and versions, in one place for the console's forms (the emulator
// holds the same rules in lib/emulator/assets/asset-validation.ts, where it answers ARM's 400s).

/** mfe.json: `"pattern": "^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$"` on every {name} of a registry asset. */
export const ASSET_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

/** Versions: the spec gives no pattern; the service and CLI accept letters, digits, '.', '-', '_' (first one alphanumeric). */
export const ASSET_VERSION_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9.\-_]{0,254}$/;
