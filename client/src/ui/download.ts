/** Offers a file to the analyst: a temporary object URL on a link that is clicked once. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "actorgraph-2020-01-03T10-15" : sortable, and safe in every file system. */
export function exportName(now: Date = new Date()): string {
  return `actorgraph-${now.toISOString().slice(0, 16).replace(/:/g, '-')}`;
}
