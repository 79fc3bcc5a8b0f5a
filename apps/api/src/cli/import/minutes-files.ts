import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MINUTES_FILE } from '#minutes';

export class MinutesPathNotFound extends Error {
  override readonly name = 'MinutesPathNotFound';
  constructor(readonly given: string) {
    super(`${given}: no such file or folder`);
  }
}

/**
 * The files to import: each argument is a file (taken whatever its extension: the user named it) or
 * a folder (its .txt and .md files, subfolders included). Folder contents come in name order, so a
 * run is repeatable; a file named twice is imported once.
 */
export async function collectMinutesFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new MinutesPathNotFound(given);
    if (info.isDirectory()) files.push(...(await filesIn(given)));
    else files.push(given);
  }
  return [...new Set(files.map((file) => path.resolve(file)))];
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesIn(full)));
    else if (entry.isFile() && MINUTES_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

/** Minutes files are UTF-8; invalid bytes become U+FFFD, which the parser uses to tell binary files. */
export function decodeMinutes(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
