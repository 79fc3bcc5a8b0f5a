// tsc compiles only TypeScript: the pages' templates and static files are copied beside the compiled code.
import { cpSync } from 'node:fs';

for (const folder of ['views', 'assets']) {
  cpSync(`apps/api/src/pages/${folder}`, `dist/apps/api/src/pages/${folder}`, { recursive: true });
}
