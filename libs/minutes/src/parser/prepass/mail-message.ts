import { textLine, type SourceLine } from '../source-line.js';
import { isPageCounterLine } from './strip-noise.js';
import { MAIL_FIELD, MAIL_SUBJECT, MAIL_FORWARD_SUBJECT, MAIL_ORIGINAL_MESSAGE, MAIL_QUOTE_LEVEL, WEBMAIL_FOLDED, WEBMAIL_HEAD_LINES, WEBMAIL_QUOTE_INTRO, WEBMAIL_SENDER } from '../vocabulary/mail-message.js';

/** `>`: a line of an earlier mail quoted in a reply. */
const QUOTE_MARK = 62;

/**
 * A header block of a mail (`Fra:` / `Sendt:` / `Til:` / `Cc:` / `Emne:`, one field a line) starting at `start`: its
 * last index, or -1 when the lines are no mail header. A header names a sender, a recipient and a subject.
 */
function mailHeaderEnd(lines: readonly SourceLine[], start: number): number {
  let fields = 0;
  let sender = false;
  let subject = false;
  let index = start;
  for (; index < lines.length; index++) {
    const text = lines[index]!.text;
    // (A page's counter printed among the fields, a printout's page break falling inside the header, is passed over.)
    if (fields > 0 && isPageCounterLine(text) && MAIL_FIELD.test(lines[index + 1]?.text ?? '')) continue;
    const field = MAIL_FIELD.exec(text);
    if (!field) break;
    fields++;
    const name = field[1]!.toLowerCase();
    if (name === 'fra' || name === 'from') sender = true;
    if (MAIL_SUBJECT.test(text)) subject = true;
  }
  return sender && subject && fields >= 3 ? index - 1 : -1;
}

/**
 * A referat sent as an e-mail and saved as text: the mail's header fields are the mail's, not the meeting's (`Sendt:
 * 24. marts 2011 09:14` is no start time, `Fra:` no time label, `Til:` names recipients, not members); its subject
 * (`Emne: Referat fra Handicaprådets møde den ...`) is kept as the title line it is; the separator of an earlier mail
 * (`-----Oprindelig meddelelse-----`) and its header go, and so do the lines quoted from it with `>` (an agenda sent
 * before: its titles are not this meeting's items). Only a text whose first lines hold such a header is read so;
 * any other passes unchanged (a pattern test of its first line with text). A forward (`Emne: VS: ...`) is the other way
 * round: the mail it passes on is the document, quoted or not, and the forwarder's note above the separator (`Her er
 * referatet ...`, a signature) is not: the note goes, and the forwarded mail is read with one level of quote marks off.
 */
export function readMailMessage(lines: readonly SourceLine[]): SourceLine[] {
  let first = 0;
  while (first < lines.length && lines[first]!.blank) first++;
  // (However many blank lines stand over the header: a mail quoted whole has its forwarder's lines blanked over it.)
  if (first >= lines.length || !MAIL_FIELD.test(lines[first]!.text)) return readWebmailThread(lines);
  const headEnd = mailHeaderEnd(lines, first);
  if (headEnd < 0) return readWebmailThread(lines);
  const out: SourceLine[] = [];
  for (let field = first; field <= headEnd; field++) {
    const subject = MAIL_SUBJECT.exec(lines[field]!.text);
    if (subject && lines[field]!.text.length > subject[0].length) out.push(textLine(lines[field]!.no, lines[field]!.text.slice(subject[0].length).trim()));
  }
  const forwarded = isForward(lines, first, headEnd) ? forwardedMail(lines, headEnd + 1) : undefined;
  return [...out, ...withoutEarlierMails(forwarded ?? lines.slice(headEnd + 1))];
}

/** The lines of a mail body without the earlier mails under it: their separators, headers and quoted lines. */
function withoutEarlierMails(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text.charCodeAt(0) === QUOTE_MARK || MAIL_ORIGINAL_MESSAGE.test(line.text)) continue;
    // (An earlier mail's subject, below the separator, is not this document's title.)
    const end = MAIL_FIELD.test(line.text) ? mailHeaderEnd(lines, index) : -1;
    if (end < 0) out.push(line);
    else index = end;
  }
  return out;
}

const isForward = (lines: readonly SourceLine[], first: number, headEnd: number): boolean =>
  lines.slice(first, headEnd + 1).some((line) => MAIL_FORWARD_SUBJECT.test(line.text));

/**
 * The mail a forward passes on: the lines under the first separator and the header there, one level of quote marks
 * off; `undefined` when the forward holds no separator with a header (the passed-on text stands in the body itself).
 */
function forwardedMail(lines: readonly SourceLine[], from: number): SourceLine[] | undefined {
  const separator = lines.findIndex((line, index) => index >= from && MAIL_ORIGINAL_MESSAGE.test(line.text));
  if (separator < 0) return undefined;
  let header = separator + 1;
  // (A page's counter between the separator and the header, a printout's page break there, is passed over too.)
  while (header < lines.length && (lines[header]!.blank || isPageCounterLine(lines[header]!.text))) header++;
  const headerEnd = header < lines.length ? mailHeaderEnd(lines, header) : -1;
  if (headerEnd < 0) return undefined;
  return lines.slice(headerEnd + 1).map((line) => (line.text.charCodeAt(0) === QUOTE_MARK ? textLine(line.no, line.text.replace(MAIL_QUOTE_LEVEL, '')) : line));
}

/**
 * A mail thread printed from a webmail (Gmail's print view): each message's head is its sender and sending time on one
 * line with the recipients' fields under it (`Birthe Falk <bfa@greve.dk>   3. april 2013 kl. 08.41` / `Til: ...`); the
 * time is the mail's, not the meeting's, and the fields name recipients, not members: the head goes. So do a reply's
 * quoted lines (`>`), the line over them (`Den 3. apr. 2013 kl. 08.41 skrev ...:`), the marks of folded text
 * (`[Citeret tekst skjult]`) and the thread's count (`2 meddelelser`). Only a text with such a head in its first lines is
 * read so; any other passes unchanged.
 */
function readWebmailThread(lines: readonly SourceLine[]): SourceLine[] {
  // (Its lines counted without blank ones: a print's title lines stand over runs of blank lines of any length.)
  let found = false;
  for (let index = 0, seen = 0; index < lines.length - 1 && seen < WEBMAIL_HEAD_LINES && !found; index++) {
    if (lines[index]!.blank) continue;
    seen++;
    found = isWebmailHead(lines, index);
  }
  if (!found) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isWebmailHead(lines, index)) {
      while (index + 1 < lines.length && MAIL_FIELD.test(lines[index + 1]!.text)) index++;
      continue;
    }
    if (line.text.charCodeAt(0) === QUOTE_MARK || WEBMAIL_QUOTE_INTRO.test(line.text) || WEBMAIL_FOLDED.test(line.text)) continue;
    out.push(line);
  }
  return out;
}

/** A sender-and-time line with a recipient field under it. */
const isWebmailHead = (lines: readonly SourceLine[], index: number): boolean =>
  lines[index]!.text.includes('@') && WEBMAIL_SENDER.test(lines[index]!.text) && MAIL_FIELD.test(lines[index + 1]?.text ?? '');
