// A real-minutes probe directory (docs/probes/README.md): `facts/<name>.json` golden sheets, `docs/<name>.txt` texts and
// an optional `addresses.json` ({name: address}). DOC=<part> narrows the documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function probeDocuments(probe) {
  const addressesPath = join(probe, 'addresses.json');
  const addresses = existsSync(addressesPath) ? JSON.parse(readFileSync(addressesPath, 'utf8')) : {};
  return readdirSync(join(probe, 'facts'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => basename(file, '.json'))
    .filter((name) => !process.env.DOC || name.includes(process.env.DOC))
    .sort()
    .map((name) => {
      const docPath = join(probe, 'docs', `${name}.txt`);
      if (!existsSync(docPath)) throw new Error(`${name}: facts without docs/${name}.txt`);
      return { name, golden: JSON.parse(readFileSync(join(probe, 'facts', `${name}.json`), 'utf8')), text: readFileSync(docPath, 'utf8'), sourceUrl: addresses[name] };
    });
}
