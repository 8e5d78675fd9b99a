import type { ExportFile } from '../../lib/engine/export/export-file';

/**
 * Saves a file through the browser's downloads: a Blob, an object URL and a click on an <a download>.
 * The scan's exports and the Tenants overview's (components/overview-export.tsx) both save through it.
 */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a little later: revoking at once can cancel the download before it starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
