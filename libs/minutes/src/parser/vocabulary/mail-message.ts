/**
 * A mail's header fields as mail clients print them when a message is saved or printed as text (Danish and English
 * Outlook, webmail): the field's name in group 1.
 */
export const MAIL_FIELD =
  /^(fra|from|sendt|sent|dato|date|til|to|cc|bcc|emne|subject|vedhæftede filer|vedhæftet fil|vedhæftninger|attachments|prioritet|importance|svar til|reply-to)\s*:/iu;

/** The subject field with any reply or forward prefixes (`Emne: SV: VS: `): what follows is the mail's title. */
export const MAIL_SUBJECT = /^(?:emne|subject)\s*:\s*(?:(?:sv|vs|re|fw|fwd|aw)\s*:\s*)*/iu;

/** The line a client puts over an earlier mail in a reply or forward. */
export const MAIL_ORIGINAL_MESSAGE = /^-{2,}\s*(?:oprindelig meddelelse|original message|videresendt meddelelse|forwarded message|videresendt besked)\s*-{2,}$/iu;

/** How far down a mail's header may start (blank lines before it). */
export const MAIL_HEAD_LINES = 5;
