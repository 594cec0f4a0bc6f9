// Saves CSV text as a dated file through a temporary link (the browser's download, no server round trip).

/** Starts the download of `csv` as registries-YYYY-MM-DD.csv. */
export function downloadCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `registries-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the click; the object URL is released once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
