/**
 * A contents list whose entries' numbers the extraction lost after the first, where no later number tells how many
 * titles the run holds (a docplayer transcript's `Indholdsfortegnelse Side 1. Budgetopfølgning ... Årsregnskab ...
 * Meddelelser...36 Bilagsoversigt...38`): the cues a reader cuts the run by (`uncounted-title-runs.ts`).
 */

/**
 * Words an agenda title opens with, taken as a title's start wherever they stand capitalised in the run (the run keeps
 * each title's own capital; inside a title these words are written in lower case).
 */
export const RUN_OPENING_WORDS: ReadonlySet<string> = new Set([
  'Godkendelse', 'Forslag', 'Orientering', 'Ansøgning', 'Dialogmøde', 'Status', 'Evaluering', 'Beslutning', 'Høring',
  'Budgetopfølgning', 'Årsregnskab', 'Årsregnskaber', 'Anlægsbevilling', 'Anlægsregnskab', 'Meddelelser', 'Genoptagelse',
  'Revision', 'Udpegning', 'Drøftelse', 'Udmøntning', 'Kommissorium', 'Fastsættelse', 'Frigivelse', 'Opfølgning',
  'Spørgetid', 'Eventuelt', 'Temadrøftelse', 'Tillæg', 'Renovering', 'Analyse', 'Tilslutning', 'Planlægning',
]);

/** `Til orientering - ...`: the two words open a title together (`Til` alone is a title's preposition too). */
export const RUN_OPENING_PAIR = { first: 'Til', second: 'orientering' } as const;

/** Titles of one word that end where they begin (`Meddelelser`, `Eventuelt`): a capitalised word after one starts a title. */
export const RUN_WHOLE_TITLES: ReadonlySet<string> = new Set(['Meddelelser', 'Eventuelt', 'Arbejdsplan']);

/**
 * Lower-case words a title goes on after (prepositions, conjunctions, a date's month): a capitalised word after them
 * is a name inside the title (`ved Hjørringvej`, `30. april Frederikshavn Kommune`), not the next title.
 */
export const RUN_JOINING_WORDS: ReadonlySet<string> = new Set([
  'i', 'af', 'til', 'for', 'med', 'om', 'på', 'ved', 'fra', 'og', 'samt', 'eller', 'en', 'et', 'den', 'det', 'de', 'under',
  'over', 'efter', 'mellem', 'mod', 'hos', 'vedr.', 'vedrørende', 'ang.', 'angående', 'jf.', 'inden', 'uden', 'pr.', 'ud',
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
]);

/** A capitalised word that names an action (`Låneoptagelse`, `Renovering`): after a name it starts the next title. */
export const RUN_ACTION_NOUN = /^\p{Lu}\p{Ll}+(?:else|ering)$/u;

/** Where the run of titles ends: the first dotted leader with its page number (`Meddelelser...36`). */
export const RUN_LEADER_END = /\.{3,}\s*\d{1,4}/u;

/** Page numbers left after the run's last title (`aktiviteter 25 2`). */
export const RUN_TRAILING_PAGES = /(?:\s+\d{1,3})+\s*$/u;

/** A run is cut into titles only where it gives at least this many. */
export const RUN_TITLES_MIN = 3;

/**
 * The page column's label after the list's heading, before its first title (`Indholdsfortegnelse Side ...`), with the
 * space around it (sticky: asked at the heading's end).
 */
export const RUN_COLUMN_LABEL = /\s*(?:Side(?=\s))?\s*/y;
