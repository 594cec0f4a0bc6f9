// An asset's kind, name and version from untrusted input (route params, action arguments), checked before
// they become ARM path segments. Apart from asset-kinds.ts, whose words the asset pages' first download
// needs while these schemas are needed only by the server and by forms when they are opened.
import { z } from 'zod';
import { BROWSABLE_ASSET_KINDS } from './asset-kinds';

/** A kind from untrusted input. */
export const assetKindSchema = z.enum(BROWSABLE_ASSET_KINDS, { error: 'The asset kind must be models, environments, components or data.' });

/** mfe.json's pattern on every registry asset {name}. */
export const assetNameSchema = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/, {
  error: 'An asset name is 1-255 letters, digits, hyphens and underscores, starting with a letter or digit.',
});

/** Versions: letters, digits, '.', '-', '_' (first one alphanumeric), as the service and CLI accept them. */
export const assetVersionSchema = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9.\-_]{0,254}$/, {
  error: 'A version is 1-255 letters, digits, periods, hyphens and underscores, starting with a letter or digit.',
});
