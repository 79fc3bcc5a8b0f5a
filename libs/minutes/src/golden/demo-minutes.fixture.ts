// Test fixture access: the bundled demo minutes in demo/minutes/ (public documents, also demo data).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEMO_MINUTES_DIR = fileURLToPath(new URL('../../../../demo/minutes/', import.meta.url));

export const DEMO_MINUTES = ['ballerup-ebu-2019-01-15.txt', 'ballerup-ebu-2023-03-14.txt', 'ballerup-ebu-2024-02-06.txt'] as const;

export function readDemoMinutes(name: (typeof DEMO_MINUTES)[number]): string {
  return readFileSync(`${DEMO_MINUTES_DIR}${name}`, 'utf8');
}
