/** OpenAPI schemas of the write bodies: what /docs shows; the domain validates the values. */
const meetingRef = {
  type: 'object',
  description: 'A meeting by id, or by body and date (an unknown meeting is then recorded on the way)',
  properties: {
    meetingId: { type: 'string', example: 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06' },
    body: { type: 'string', example: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget' },
    date: { type: 'string', format: 'date', example: '2024-02-06' },
    startTime: { type: 'string', example: '08:00' },
    place: { type: 'string' },
  },
};
/** A case may stand on two items of one meeting (an open and a closed "Meddelelser"). */
const whichItem = { type: 'integer', minimum: 1, description: "which of the case's items at the meeting, when it stands on several (default: its open one)" };

const agendaItem = {
  type: 'object',
  description: 'Brings the agenda entry along when the case is not yet on that meeting',
  properties: { itemNumber: { type: 'integer' }, title: { type: 'string' }, closed: { type: 'boolean' }, decidingBody: { type: 'string' } },
};
const outcome = { type: 'string', enum: ['noted', 'approved', 'recommended', 'discussed', 'rejected', 'commented', 'withdrawn', 'other'] };

export const WRITE_SCHEMAS = {
  ScheduleMeeting: {
    type: 'object',
    required: ['body', 'date'],
    properties: { meetingId: { type: 'string' }, body: { type: 'string' }, date: { type: 'string', format: 'date' }, startTime: { type: 'string' }, place: { type: 'string' } },
  },
  RecordAttendance: {
    type: 'object',
    required: ['participants'],
    properties: {
      itemNumber: { type: 'integer', description: 'attendance for one item only (Afbud on an item)' },
      participants: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'attendance'],
          properties: { name: { type: 'string' }, attendance: { type: 'string', enum: ['attended', 'apologies', 'absent'] }, party: { type: 'string' }, role: { type: 'string' } },
        },
      },
    },
  },
  CancelMeeting: { type: 'object', required: ['reason'], properties: { reason: { type: 'string', example: 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt.' } } },
  PresentItem: {
    type: 'object',
    required: ['title'],
    properties: {
      caseNumber: { type: 'string', example: '15.00.05-A00-1-19', description: 'absent for an item without a journal number: a provisional id is derived' },
      itemNumber: { type: 'integer' },
      title: { type: 'string' },
      closed: { type: 'boolean', description: 'closed item: title and number only' },
      decidingBody: { type: 'string', example: 'Kommunalbestyrelsen' },
      recommendation: { type: 'array', items: { type: 'object', properties: { number: { type: 'integer' }, text: { type: 'string' } } } },
      summary: { type: 'array', items: { type: 'object', properties: { heading: { type: 'string' }, text: { type: 'string' } } } },
      attachments: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' }, recommended: { type: 'boolean' } } } },
    },
  },
  PostponeItem: { type: 'object', required: ['meeting'], properties: { meeting: meetingRef, reason: { type: 'string', example: 'Udsættes.' }, agendaItem, itemNumber: whichItem } },
  RecordDecision: {
    type: 'object',
    required: ['meeting', 'outcome', 'decisionText'],
    properties: {
      meeting: meetingRef,
      outcome,
      decisionText: { type: 'string', example: 'Taget til efterretning.', description: 'exactly as written' },
      remarks: { type: 'string' },
      pointOutcomes: { type: 'array', items: { type: 'object', properties: { point: { type: 'integer' }, outcome, text: { type: 'string' } } } },
      decidingBody: { type: 'string' },
      agendaItem,
      itemNumber: whichItem,
    },
  },
  NoteEarlierTreatment: {
    type: 'object',
    required: ['body', 'date', 'foundIn'],
    properties: {
      body: { type: 'string' },
      date: { type: 'string', format: 'date' },
      itemNumber: { type: 'integer' },
      foundIn: { type: 'string', enum: ['tidligere-behandling', 'sagens-forloeb'] },
      notedAt: { type: 'string', description: 'meeting id of the minutes carrying the reference' },
    },
  },
  LinkProvisionalCase: { type: 'object', required: ['caseNumber'], properties: { caseNumber: { type: 'string', example: '15.00.05-A00-1-19' } } },
  CorrectFact: {
    type: 'object',
    required: ['targetEventId', 'action', 'reason'],
    properties: {
      caseNumber: { type: 'string' },
      meetingId: { type: 'string' },
      targetEventId: { type: 'string', format: 'uuid' },
      action: { type: 'string', enum: ['retract', 'correct'] },
      reason: { type: 'string' },
      changes: { type: 'object', additionalProperties: true },
    },
  },
};
