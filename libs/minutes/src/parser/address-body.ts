import { ENDS_WITH_BODY_WORD } from './vocabulary/bodies.js';
import { ADDRESS_LETTERS, NOT_ONE_BODY_SEGMENT } from './vocabulary/address-bodies.js';

/**
 * The body an address names in a folder of its own, for a text that names none (Ringkøbing-Skjern's web template
 * prints `Referat: <dato> kl. ...` and the members, never the committee: its address does,
 * `/politiske-udvalg-2022-2025/erhvervs-klima-og-arbejdskraftudvalget/dagsordener-referater?AgendaID=...`; a dated slug
 * `.../teknik-og-miljoeudvalget-10-09-2019` whose body the text never names again). The nearest folder to the page whose
 * words end in a body word (`udvalget`, `byraadet`, `raad`) is spelled out as Danish writes such a name: the address's
 * `oe`, `aa`, `ae` read back as `ø`, `å`, `æ`, the members of a shared-tail enumeration hyphenated
 * (`Erhvervs-, klima- og arbejdskraftudvalget`). A folder of years or dates is none (`politiske-udvalg-2022-2025`),
 * and neither is a folder of all bodies (`politiske-udvalg`, `byraad-og-udvalg`). Undefined where no folder names one.
 */
export function bodyOfAddressPath(url: string): string | undefined {
  const path = url.replace(/[?#].*$/u, '').replace(/^[a-z]+:\/\/[^/]*/iu, '');
  const folders = path.split('/').filter((folder) => folder !== '');
  for (let at = folders.length - 1; at >= 0; at--) {
    const folder = safeDecode(folders[at]!).toLowerCase().replace(DATE_AT_END, '');
    if (!ONE_SLUG.test(folder) || NOT_ONE_BODY_SEGMENT.test(folder)) continue;
    const spelled = spelledSlug(folder);
    if (ENDS_WITH_BODY_WORD.test(spelled)) return spelled;
  }
  return undefined;
}

/** A dated page's date after the body's slug (`-10-09-2019`): the date is the meeting's, not the name's. */
const DATE_AT_END = /-\d{1,2}-\d{1,2}-\d{4}$/u;
/** Words of letters only, apart by single hyphens: a folder with digits (a period, an id) names no body. */
const ONE_SLUG = /^[a-zæøå]+(?:-[a-zæøå]+)*$/u;

function spelledSlug(slug: string): string {
  const words = slug.split('-').map((word) => ADDRESS_LETTERS.reduce((spelled, [from, to]) => spelled.replaceAll(from, to), word));
  const and = words.lastIndexOf('og');
  // (`social-sundheds-og-aeldreudvalget`: the words before `og` share the last word's tail: `Social-, sundheds- og`.)
  const enumerated = and > 0 && and < words.length - 1 && ENDS_WITH_BODY_WORD.test(words[words.length - 1]!);
  const parts = words.map((word, at) => {
    if (!enumerated || at >= and) return word;
    return at < and - 1 ? `${word}-,` : `${word}-`;
  });
  const name = parts.join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function safeDecode(folder: string): string {
  try {
    return decodeURIComponent(folder);
  } catch {
    return folder;
  }
}
