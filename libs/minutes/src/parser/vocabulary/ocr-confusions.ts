/**
 * What OCR of a scanned (often typewritten) referat misreads, and the words it must still read. A scan read without
 * Danish trained, or from a worn typewriter ribbon, confuses letters of like shape: `m` as `rn`, `l` as `I` or `1`,
 * `d` as `cl`, `e` as `c`, and writes the Danish letters as `ae`, `o`/`oe`/`0`, `aa`. The reader's structure hangs on a
 * few words (labels, outcome phrases, attendance and vote words, months and weekdays): a misread one is read back as
 * the word it can only be. Names, titles and free text are left as printed (they are what the document says).
 */

/** Each confusion as written by OCR: the letters it replaces and what it writes instead. */
export const OCR_CONFUSIONS: readonly (readonly [string, readonly string[]])[] = [
  ['m', ['rn']],
  ['l', ['I', '1']],
  ['d', ['cl']],
  ['e', ['c']],
  ['æ', ['ae']],
  ['ø', ['o', 'oe', '0']],
  ['å', ['aa']],
  ['Æ', ['AE', 'Ae']],
  ['Ø', ['O', 'Oe', '0']],
  ['Å', ['Aa', 'AA']],
];

/** At most this many letters of one word are taken for misread (more is another word, not a misreading). */
export const OCR_CONFUSIONS_PER_WORD = 2;

/** The words read back when misread (lower case; read back in the case they were printed in). */
export const OCR_VOCABULARY: readonly string[] = [
  // Section and field labels.
  'beslutning', 'beslutninger', 'beslutningen', 'indstilling', 'indstillingen', 'indstiller', 'indstilles', 'sagsfremstilling',
  'sagsnr', 'sagsnummer', 'sagsid', 'journalnr', 'journalnummer', 'resume', 'resumé', 'sammendrag', 'baggrund', 'beskrivelse',
  'sagsforløb', 'sagsgang', 'sagshistorik', 'beslutningstema', 'beslutningspunkter', 'beslutningskompetence', 'kompetence',
  'problemstilling', 'lovgrundlag', 'bilag', 'bemærkninger', 'behandling', 'behandlet', 'tidligere', 'høring', 'økonomi',
  'økonomiske', 'konsekvenser', 'vurdering', 'referat', 'referatet', 'dagsorden', 'dagsordenen', 'dagsordenspunkt', 'punkt',
  'punktet', 'punktnummer', 'sagsbehandler', 'sagsansvarlig', 'initialer', 'indholdsfortegnelse', 'lukket', 'lukkede', 'åbent',
  'åben', 'åbne', 'orientering', 'orienteringen', 'orienteringssag', 'beslutningssag', 'meddelelser', 'side',
  // The head.
  'mødedato', 'mødested', 'mødetidspunkt', 'mødetid', 'mødelokale', 'møde', 'mødet', 'mødets', 'dato', 'tidspunkt', 'sted',
  'starttidspunkt', 'sluttidspunkt', 'udvalg', 'udvalget', 'udvalgets', 'lokale', 'lokation', 'afholdt', 'hævet', 'protokol',
  'beslutningsprotokol',
  // Attendance.
  'deltagere', 'mødedeltagere', 'medlemmer', 'tilstede', 'stede', 'fraværende', 'fravær', 'afbud', 'forfald', 'meldt',
  'stedfortræder', 'suppleant', 'deltog', 'deltager', 'behandlingen', 'forlod', 'ankom', 'formand', 'formanden', 'næstformand',
  'referent', 'ikke',
  // Outcomes and votes.
  'godkendt', 'godkendes', 'godkendte', 'godkender', 'godkendelse', 'anbefales', 'anbefalet', 'anbefaler', 'anbefalede',
  'anbefaling', 'tiltrådt', 'tiltræder', 'tiltrådte', 'vedtaget', 'vedtages', 'vedtog', 'taget', 'tages', 'efterretning',
  'udsat', 'udsættes', 'udskudt', 'drøftet', 'drøftede', 'drøftelse', 'forkastet', 'afvist', 'afviste', 'afslået', 'bevilget',
  'oversendes', 'oversendt', 'videresendes', 'henblik', 'stemte', 'stemmer', 'stemt', 'imod', 'undlod', 'stemme', 'forbehold', 'tog',
  'tager', 'mindretal', 'mindretallet', 'flertal', 'flertallet', 'følgende', 'fulgt', 'følges', 'sagen', 'følge',
  // Months and weekdays.
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'den', 'kl',
  // (Not `på`: a typewriter without `å` wrote `paa`, in titles too, which stay as printed.)
  'været',
  // Body words.
  'byrådet', 'byråd', 'byrådets', 'kommunalbestyrelsen', 'kommunalbestyrelsens', 'økonomiudvalget', 'økonomiudvalgets',
  'direktionen', 'borgmesteren', 'magistraten', 'borgerrepræsentationen', 'magistratens', 'administrationen', 'administrativ',
  'forvaltningen', 'direktøren', 'kommunaldirektøren', 'center', 'sekretariatet',
  // Words that open sections, page furniture and web chrome.
  'sagens', 'sagsresume', 'ingen', 'intet', 'der', 'det', 'til', 'konklusion', 'titel', 'indhold', 'anledning', 'politik',
  'kopier', 'hent', 'forside', 'søg', 'menu', 'cookies', 'forrige', 'næste', 'udskriv', 'information', 'forventet',
];
