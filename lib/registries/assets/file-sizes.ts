// Sizes of picked files as the publish page shows them. Kept free of zod (publish-files holds the schemas):
// the page shows sizes before anything is parsed.
import type { PickedFile } from './publish-files';

/** Total bytes of the picked files. */
export function totalBytes(files: readonly Pick<PickedFile, 'size'>[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

/** "1.5 MB": sizes as the upload shows them (powers of 1024, as Azure Storage Explorer does). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
