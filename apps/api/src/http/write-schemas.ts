import { z } from 'zod';
import { isSafeText, LIMITS, OUTCOME_CODES, type Outcome } from '#cases';

/**
 * The write bodies, one schema per command: checked at the HTTP edge before the domain sees them
 * (parseBody), and shown in /docs as generated from the same schemas (WRITE_SCHEMAS), so the
 * limits a caller reads are the limits the API applies.
 */

const SAFE_TEXT = { message: 'must not contain NUL or unpaired surrogate characters' };

function text(max: number, description?: string) {
  const schema = z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(isSafeText, SAFE_TEXT);
  return description ? schema.meta({ description }) : schema;
}

const name = (description?: string) => text(LIMITS.name, description);
const list = <T extends z.ZodType>(entry: T) => z.array(entry).max(LIMITS.list, `must have at most ${LIMITS.list} entries`);
const itemNumber = z.int('must be a whole number').min(0).max(999);
const isoDate = z.iso.date('must be a date, YYYY-MM-DD').meta({ example: '2024-02-06' });
const meetingId = z
  .string()
  .max(LIMITS.meetingId)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
  .meta({ example: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06' });
const caseNumber = z.string().max(100).meta({ example: '15.00.05-A00-1-19', description: 'a journal number as printed: KLE (15.00.05-A00-1-19, 00.01.00P35-0104), First Agenda (EMN-2025-003383), eDoc (2011-29298), 14/30210, 330-2019-12345, SBSYS 2009/041177, 24-031877 or Sag nr. 162' });
const outcome = z.enum(OUTCOME_CODES as [Outcome, ...Outcome[]]);

const meetingRef = z
  .object({
    meetingId: meetingId.optional(),
    body: name().meta({ example: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget' }).optional(),
    date: isoDate.optional(),
    startTime: z.string().max(5).meta({ example: '08:00' }).optional(),
    place: name().optional(),
  })
  .meta({ description: 'A meeting by id, or by body and date (an unknown meeting is then recorded on the way)' });

/** A case may stand on two items of one meeting (an open and a closed "Meddelelser"). */
const whichItem = itemNumber.meta({ description: "which of the case's items at the meeting, when it stands on several (default: its open one)" }).optional();

/** How a body voted on an item, as the minutes write it: on a decision or on a postponement. */
const voteLines = {
  votes: list(z.object({ position: z.enum(['for', 'against', 'abstained']), who: text(LIMITS.text).meta({ example: 'A, F og Ø' }) }))
    .meta({ description: 'vote lines as written (`For stemte: A, F og Ø`)' })
    .optional(),
  reservations: list(z.object({ text: text(LIMITS.text, 'exactly as written').meta({ example: 'V tog forbehold.' }), who: list(name()).optional() }))
    .meta({ description: 'reservations as written, with who made them' })
    .optional(),
};

const agendaItem = z
  .object({
    itemNumber: itemNumber.optional(),
    title: text(LIMITS.title).optional(),
    closed: z.boolean().optional(),
    decidingBody: name().optional(),
  })
  .meta({ description: 'Brings the agenda entry along when the case is not yet on that meeting' });

export const WRITE_BODIES = {
  ScheduleMeeting: z.object({
    meetingId: meetingId.optional(),
    body: name('the committee or council, as written'),
    date: isoDate,
    startTime: z.string().max(5).meta({ example: '08:00' }).optional(),
    place: name().optional(),
  }),
  RecordAttendance: z.object({
    itemNumber: itemNumber.meta({ description: 'attendance for one item only (Afbud on an item)' }).optional(),
    participants: list(
      z.object({
        name: name(),
        attendance: z.enum(['attended', 'apologies', 'absent']),
        party: name().optional(),
        role: name().optional(),
        partialPresence: text(LIMITS.title).meta({ description: 'present for part of the meeting only, as written', example: 'forlod mødet kl. 16.30 under behandlingen af punkt 3' }).optional(),
      }),
    ).min(1, 'must name at least one participant'),
  }),
  CancelMeeting: z.object({ reason: text(LIMITS.text).meta({ example: 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt.' }) }),
  PresentItem: z.object({
    caseNumber: caseNumber.meta({ description: 'absent for an item without a journal number: a provisional id is derived' }).optional(),
    printedCaseNumber: name()
      .meta({ description: 'only with no caseNumber: a journal reference the minutes print that names no single case (KLE group and facet before 2007), kept as printed on the provisional case', example: '00.01A00' })
      .optional(),
    itemNumber: itemNumber.optional(),
    agendaPosition: z.int('must be a whole number').min(1).max(999).meta({ description: "the item's place on the printed agenda (1-based): names the provisional case of an item with neither caseNumber nor itemNumber" }).optional(),
    title: text(LIMITS.title),
    closed: z.boolean().meta({ description: 'closed item: title and number only' }).optional(),
    decidingBody: name().meta({ example: 'Kommunalbestyrelsen' }).optional(),
    recommendation: list(z.object({ number: itemNumber.meta({ description: 'defaults to its place in the list' }).optional(), text: text(LIMITS.text) })).optional(),
    summary: list(z.object({ heading: text(LIMITS.title), text: text(LIMITS.text) })).optional(),
    attachments: list(z.object({ title: text(LIMITS.title), recommended: z.boolean().optional() })).optional(),
  }),
  PostponeItem: z.object({ meeting: meetingRef, reason: text(LIMITS.text).meta({ example: 'Udsættes.' }).optional(), ...voteLines, agendaItem: agendaItem.optional(), itemNumber: whichItem }),
  RecordDecision: z.object({
    meeting: meetingRef,
    outcome,
    decisionText: text(LIMITS.text, 'exactly as written').meta({ example: 'Taget til efterretning.' }),
    remarks: text(LIMITS.text).optional(),
    pointOutcomes: list(z.object({ point: itemNumber, outcome, text: text(LIMITS.text) })).optional(),
    ...voteLines,
    decidingBody: name().optional(),
    agendaItem: agendaItem.optional(),
    itemNumber: whichItem,
  }),
  NoteEarlierTreatment: z.object({
    body: name(),
    date: isoDate,
    itemNumber: itemNumber.optional(),
    foundIn: z.enum(['tidligere-behandling', 'sagens-forloeb']),
    notedAt: meetingId.meta({ description: 'meeting id of the minutes carrying the reference' }).optional(),
    outcome: outcome.meta({ description: "that meeting's outcome, when the reference shows it" }).optional(),
    postponed: z.boolean().meta({ description: 'the item was postponed at that meeting' }).optional(),
  }),
  LinkProvisionalCase: z.object({ caseNumber }),
  CorrectFact: z.object({
    caseNumber: caseNumber.optional(),
    meetingId: meetingId.optional(),
    targetEventId: z.string().max(100).meta({ format: 'uuid' }),
    action: z.enum(['retract', 'correct']),
    reason: text(LIMITS.text),
    changes: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'must be a field name'), z.unknown())
      .check((ctx) => checkValues(ctx.value, ctx.issues))
      .meta({ description: `for correct: the data fields that replace the target's (texts up to ${LIMITS.text} characters)` })
      .optional(),
  }),
} as const;

export type WriteBody<K extends keyof typeof WRITE_BODIES> = z.output<(typeof WRITE_BODIES)[K]>;

/**
 * The free-form values of a correction: every text bounded and safe, every list bounded. Walked
 * with a stack (the body's depth is limited before parsing anyway).
 */
function checkValues(root: Record<string, unknown>, issues: z.core.$ZodRawIssue[]): void {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = Object.entries(root).map(([key, value]) => ({ value, path: [key] }));
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const problem = (message: string) => issues.push({ code: 'custom', message, input: value, path });
    if (typeof value === 'string') {
      if (value.length > LIMITS.text) problem(`must be at most ${LIMITS.text} characters`);
      else if (!isSafeText(value)) problem(SAFE_TEXT.message);
    } else if (Array.isArray(value)) {
      if (value.length > LIMITS.list) problem(`must have at most ${LIMITS.list} entries`);
      else value.forEach((entry, index) => stack.push({ value: entry, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) stack.push({ value: entry, path: [...path, key] });
    }
  }
}

/** The OpenAPI view of the same schemas, for @ApiBody. */
export const WRITE_SCHEMAS = Object.fromEntries(
  Object.entries(WRITE_BODIES).map(([command, schema]) => [command, z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' })]),
) as unknown as Record<keyof typeof WRITE_BODIES, Record<string, any>>;
