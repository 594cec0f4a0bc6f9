// Files a person picked or dropped, with the path each has inside what was picked ("model/MLmodel"): a
// picked folder gives webkitRelativePath, a dropped one is walked through the entries API (Chromium,
// Firefox and Safari all have it); a plain file is its name.
import type { PickedFile } from '@/lib/registries/assets/publish-files';

/** A picked file and its relative path. */
export interface LocalFile {
  path: string;
  file: File;
}

/** From an <input type=file> (with or without webkitdirectory). */
export function filesFromInput(list: FileList | null): LocalFile[] {
  return Array.from(list ?? []).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: LocalFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches (100 in Chromium) until it returns an empty one.
  for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

/** From a drop: folders walked to their files; without the entries API, the dropped files themselves. */
export async function filesFromDrop(data: DataTransfer): Promise<LocalFile[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (item.kind === 'file' && typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return filesFromInput(data.files);
  const out: LocalFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

/** Adds `added` to `current`, a file with the same path replacing the earlier one. */
export function mergeFiles(current: readonly LocalFile[], added: readonly LocalFile[]): LocalFile[] {
  const byPath = new Map(current.map((f) => [f.path, f]));
  for (const f of added) byPath.set(f.path, f);
  return [...byPath.values()];
}

/** What the schema and the server see of the files: paths and sizes only. */
export function describeFiles(files: readonly LocalFile[]): PickedFile[] {
  return files.map((f) => ({ path: f.path, size: f.file.size }));
}
