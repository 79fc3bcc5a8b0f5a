/**
 * A mail's header fields as mail clients print them when a message is saved or printed as text (Danish and English
 * Outlook, webmail): the field's name in group 1.
 */
export const MAIL_FIELD =
  /^(fra|from|sendt|sent|dato|date|til|to|cc|bcc|emne|subject|vedhæftede filer|vedhæftet fil|vedhæftninger|attachments|prioritet|importance|svar til|reply-to)\s*:/iu;

/** The subject field with any reply or forward prefixes (`Emne: SV: VS: `): what follows is the mail's title. */
export const MAIL_SUBJECT = /^(?:emne|subject)\s*:\s*(?:(?:sv|vs|re|fw|fwd|aw)\s*:\s*)*/iu;

/**
 * A forward's subject (`Emne: VS: ...`, `Subject: Fwd: ...`, after any reply prefixes): the mail passes an earlier
 * one on, and that one is the document.
 */
export const MAIL_FORWARD_SUBJECT = /^(?:emne|subject)\s*:\s*(?:(?:sv|re|aw)\s*:\s*)*(?:vs|fw|fwd|wg)\s*:/iu;

/** One level of a quoted line's marks (`> `, `>`). */
export const MAIL_QUOTE_LEVEL = /^> ?/u;

/** The line a client puts over an earlier mail in a reply or forward. */
export const MAIL_ORIGINAL_MESSAGE = /^-{2,}\s*(?:oprindelig meddelelse|original message|videresendt meddelelse|forwarded message|videresendt besked)\s*-{2,}$/iu;

/**
 * A webmail's printed message head (Gmail's print view): the sender and the time the mail was sent on one line
 * (`Birthe Falk <bfa@greve.dk>   3. april 2013 kl. 08.41`), its recipients' fields under it.
 */
export const WEBMAIL_SENDER = /^\p{Lu}[^<>@]*<[^<>\s@]+@[^<>\s]+>\s+\S.*\d{1,2}[.:]\d{2}$/u;

/** A webmail's line over the lines it quotes in a reply (`Den 3. apr. 2013 kl. 08.41 skrev <navn> <adresse>:`). */
export const WEBMAIL_QUOTE_INTRO = /^(?:den|d\.|on)\s.{4,80}\s(?:skrev|wrote)\s.+:$/iu;

/** What a webmail prints for the quoted text it hides, and over a thread its count of messages. */
export const WEBMAIL_FOLDED = /^(?:\[(?:citeret tekst skjult|quoted text hidden)\]|\d+\s+(?:meddelelser|messages))$/iu;

/** How far down a printed webmail thread its first message's head may stand (the print's title lines over it), blank lines not counted. */
export const WEBMAIL_HEAD_LINES = 15;
