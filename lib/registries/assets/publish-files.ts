// The files a publish form uploads, as the form and the server action see them: relative paths and sizes,
// never content (the browser sends the bytes straight to the blob SAS; the console server never sees them).
import { z } from 'zod';

/** At most this many files in one upload (a model folder, a build context). */
export const MAX_UPLOAD_FILES = 10_000;
/** Azure's blob name limit. */
const MAX_BLOB_NAME = 1024;

/** One picked file: its path relative to what was picked ("model/MLmodel") and its size in bytes. */
export interface PickedFile {
  path: string;
  size: number;
}

/** The problem with a relative path, or null: blob names built from it must stay inside the upload's folder. */
export function relativePathProblem(path: string): string | null {
  if (!path) return 'A file needs a name.';
  if (path.length > MAX_BLOB_NAME - 300) return `"${path.slice(0, 40)}…" is too long a path.`;
  if (path.startsWith('/') || path.includes('\\')) return `"${path}" must be a relative path with "/" between folders.`;
  if (/[\u0000-\u001f\u007f]/.test(path)) return `"${path}" contains control characters.`;
  if (path.split('/').some((s) => s === '' || s === '.' || s === '..')) return `"${path}" has an empty, "." or ".." folder.`;
  return null;
}

export const pickedFileSchema = z.strictObject({
  path: z.string({ error: 'A file path must be text.' }).superRefine((path, ctx) => {
    const problem = relativePathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  size: z.number({ error: 'A file size must be a number.' }).int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** One or more files with distinct paths. */
export const pickedFilesSchema = z
  .array(pickedFileSchema, { error: 'Add the files to upload.' })
  .min(1, { error: 'Add at least one file.' })
  .max(MAX_UPLOAD_FILES, { error: `Upload at most ${MAX_UPLOAD_FILES} files at once.` })
  .superRefine((files, ctx) => {
    const seen = new Set<string>();
    for (const f of files) {
      if (seen.has(f.path)) ctx.addIssue({ code: 'custom', message: `"${f.path}" was added twice.` });
      seen.add(f.path);
    }
  });

/**
 * Where each picked file goes under the upload's folder `prefix`. A picked folder arrives as "folder/…" on
 * every path: that top folder is dropped, so the asset's URI points at the folder's content (an MLflow
 * model's MLmodel sits at the root, as `az ml model create --path ./folder` uploads it).
 */
export function blobPathsFor(prefix: string, paths: readonly string[]): string[] {
  const first = paths[0]?.split('/')[0];
  const sharedTop = paths.length > 0 && paths.every((p) => p.includes('/') && p.split('/')[0] === first);
  return paths.map((p) => `${prefix}/${sharedTop ? p.slice(first!.length + 1) : p}`);
}
