import { holdsWord } from '../whole-text-search.js';

/**
 * A screen reader's speech log of a web page (NVDA's speech viewer, a JAWS/Narrator transcript copied as text): every
 * element is announced by its role before or instead of its text. Danish and English announcements.
 */

/** Cheap test of a whole text before any line is looked at: a heading announcement's words (`overskrift  niveau 2`). */
export const mayBeScreenReaderLog = (text: string): boolean => (holdsWord(text, 'niveau') && holdsWord(text, 'verskrift')) || holdsWord(text, 'eading level');

/** A heading announced with its level, its text in group 2 (`overskrift  niveau 2  1. Godkendelse af dagsorden`). */
export const ANNOUNCED_HEADING = /^(?:overskrift|heading)\s+(?:niveau|level)\s+(\d)\s+(.+)$/iu;

/** A line that only announces a role or a region's start or end: no text of the page. */
export const ROLE_ONLY =
  /^(?:dokument|document|hovedområde|main landmark|main|banner|indholdsinfo|content ?info|komplementært område|complementary|formular|form|søgeområde|search landmark|region|separator|ude af .+|out of .+|(?:liste|list) (?:med|with) \d+ (?:elementer|element|items?)|(?:tabel|table) (?:med|with) \d+ (?:rækker|række|rows?) (?:og|and) \d+ (?:kolonner|kolonne|columns?))$/iu;

/** The navigation landmark's announcement: the links under it up to the main region or the first heading are the site's. */
export const NAVIGATION_LANDMARK = /^(?:navigationsområde|navigation landmark|navigation)$/iu;

/** A list entry's or a link's announcement before its text (`punkttegn  link  Bilag 1`). */
export const ANNOUNCED_PREFIX = /^(?:(?:punkttegn|bullet|link|besøgt link|visited link|knap|button|klikbar|clickable)\s+)+/iu;

/** A table cell announced with its row and column (`række 2  kolonne 1  Mødetidspunkt`, `kolonne 2  Kl. 17.30`). */
export const ANNOUNCED_CELL = /^(?:(?:række|row)\s+\d+\s+)?(?:kolonne|column)\s+(\d+)\s+(.+)$/iu;

/** A browser's name after the page title in its window title (`<titel> - Mozilla Firefox`). */
export const BROWSER_IN_TITLE = /\s+-\s+(?:Mozilla Firefox|Google Chrome|Microsoft Edge|Internet Explorer|Opera|Safari)$/u;

/** How many heading announcements make a text a speech log (a referat that names `niveau 2` once is none). */
export const ANNOUNCED_HEADINGS_AT_LEAST = 2;
