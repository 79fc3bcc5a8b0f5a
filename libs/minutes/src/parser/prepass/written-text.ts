import { ARTEFACT_MARKS, ARTEFACT_MARKS_AFTER_CHARACTER, holdsArtefactCharacter, withoutExtractionArtefacts } from './extraction-artefacts.js';
import { CONFUSION_MARKS, withoutOcrConfusions } from './ocr-confusions.js';
import { MISREADING_MARKS, MISREADING_MARKS_SCANNED_APART, withoutOcrMisreadings } from './ocr-misreadings.js';
import { withCutListLabels, withLostGlyphLabels } from './lost-glyph-labels.js';
import { withoutLetterSpacing } from './letter-spacing.js';
import { withoutConverterReport } from './converter-report.js';
import { withoutMojibake } from './mojibake.js';
import { withoutLynxReferences } from './lynx-references.js';
import { withoutMailQuoting } from './mail-quoting.js';
import { withoutHtml2textMarkup } from './html2text-markup.js';

/**
 * Whatever any of the three rewrites below needs in a text before it changes anything, as one pattern: a clean text
 * (most) is then scanned once, not eight times (each pass's own tests are whole-text scans of a native pattern, which
 * cost about as much each as this one: together 4-5% of a parse). A text that holds one goes through the passes, whose
 * own tests say which rewrite is needed. (The confusions' test is asked of the text the misreadings left; a text
 * holding no mark of any pass is left unchanged by them all, so its own text is what that test would see.) An artefact
 * character is asked apart (`holdsArtefactCharacter`): its class of many ranges in the union cost 2.5 times the rest
 * of it over a two-byte text (`–`, `’`; 0.35 ms per 50 KB for the union, 0.13 ms for the two apart).
 */
const ANY_MARK = new RegExp(
  [...ARTEFACT_MARKS, ...MISREADING_MARKS, ...CONFUSION_MARKS]
    .filter((mark) => !MISREADING_MARKS_SCANNED_APART.includes(mark))
    .map((mark) => mark.source)
    .join('|'),
  'u',
);

/**
 * Whether a text holds any pass's mark: the union, then the marks that scan faster on their own (the same answer as one
 * union of all, as a union matches where any of its alternatives does; 0.54 -> 0.40 ms per bench document), then those
 * that can stand only where their first character does, each where a native search finds it.
 */
function holdsAnyMark(text: string): boolean {
  return ANY_MARK.test(text) || MISREADING_MARKS_SCANNED_APART.some((mark) => mark.test(text)) || ARTEFACT_MARKS_AFTER_CHARACTER.some(({ character, mark }) => text.includes(character) && mark.test(text));
}

/**
 * The text as it was written: a mail's quote marks off a referat passed on quoted (`mail-quoting.ts`), UTF-8 read as
 * Latin-1 read back (`mojibake.ts`), a converter's report above it blanked
 * (`converter-report.ts`), html2text's markup read (`html2text-markup.ts`), a `lynx -dump`'s link numbering dropped (`lynx-references.ts`), letter-spaced phrases
 * written whole (`letter-spacing.ts`), extraction artefacts removed (`extraction-artefacts.ts`), then OCR's misreadings
 * read back, the letter-shape rules that hold for any word first (`ocr-misreadings.ts`), then the vocabulary's words
 * (`ocr-confusions.ts`).
 */
export function writtenText(input: string): string {
  // (A font's lost glyphs first: one native search for their symptom, as nearly no text shows it; a member label's tail
  // left by a page's edge: one native search for each label's ending.)
  // (A converter's report above the text, `unrtf`'s `###` lines: one test of the text's first characters; letter-spaced
  // phrases before the other passes, whose patterns read words: one scan of its own, apart from the others' marks, which
  // it would make dearer.)
  // (UTF-8 read as Latin-1 first, `MÃ¸de`: one search for its lead characters, which Danish text does not hold.)
  // (A `lynx -dump`'s link numbering: one native search for its list's heading word.)
  // (A mail's quote marks: one native search for a mark at a line's start.)
  // (html2text's links, escaped numbers, italic lines and bullets: four native searches.)
  const text = withoutLetterSpacing(withCutListLabels(withLostGlyphLabels(withoutConverterReport(withoutLynxReferences(withoutHtml2textMarkup(withoutMojibake(withoutMailQuoting(input))))))));
  if (!holdsArtefactCharacter(text) && !holdsAnyMark(text)) return text;
  // (A dump's link numbering asked again once the artefacts are gone: a zero-width character inside its list's heading,
  // `Refer<ZWSP>ences`, hid the list from the first pass.)
  const clean = withoutLynxReferences(withoutExtractionArtefacts(text));
  const read = withoutOcrMisreadings(clean);
  return withoutOcrConfusions(read, read !== clean);
}
