import { CASE_FACTS } from '#projections';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const CASE = '27.00.00-A00-3-24';
const JANUARY = 'oekonomiudvalget-2024-01-09';
const FEBRUARY = 'oekonomiudvalget-2024-02-06';
/** Item 9 of January's minutes was printed without a journal number. */
const PROVISIONAL = `P-${JANUARY}-9`;

describe('a provisional case linked to its journal number, through the REST API', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  let lastPosition = '0';

  async function write(path: string, body: object, key: string) {
    const response = await h.http().post(path).set(clerk).set('Idempotency-Key', key).send(body);
    expect(response.status).toBe(201);
    lastPosition = response.body.position;
    return response;
  }
  const read = (path: string, query: Record<string, string> = {}) => h.http().get(path).query({ minPosition: lastPosition, ...query }).expect(200);

  beforeAll(async () => {
    h = await startHarness({ DEMO_DATA: 'off' });
    await write('/meetings', { body: 'Økonomiudvalget', date: '2024-01-09' }, 'm1');
    await write('/meetings', { body: 'Økonomiudvalget', date: '2024-02-06' }, 'm2');
    await write(`/meetings/${JANUARY}/items`, { itemNumber: 9, title: 'Budgetopfølgning' }, 'i9');
    await write(`/cases/${PROVISIONAL}/postponements`, { meeting: { meetingId: JANUARY }, reason: 'Udsættes til næste møde.' }, 'u9');
    await write(`/meetings/${FEBRUARY}/items`, { caseNumber: CASE, itemNumber: 3, title: 'Budgetopfølgning' }, 'i3');
    await write(`/cases/${CASE}/decisions`, { meeting: { meetingId: FEBRUARY }, itemNumber: 3, outcome: 'approved', decisionText: 'Godkendt.' }, 'd3');
    await write(`/cases/${PROVISIONAL}/link`, { caseNumber: CASE }, 'link');
  });
  afterAll(() => h.close());

  /** What a caseworker sees of the linked case, by either id. */
  async function expectLinked() {
    const real = (await read(`/cases/${CASE}`)).body;
    expect(real).toMatchObject({
      caseNumber: CASE,
      status: 'decided',
      lastOutcome: 'approved',
      postponements: 1,
      firstPresented: '2024-01-09',
      lastActivity: '2024-02-06',
      provisionalIds: [PROVISIONAL],
    });
    // The provisional id reads as the case it was linked to, not as a case of its own.
    expect((await read(`/cases/${PROVISIONAL}`)).body).toEqual(real);

    const timeline = (await read(`/cases/${CASE}/timeline`)).body;
    expect(timeline.caseNumber).toBe(CASE);
    expect(timeline.entries.map((e: any) => [e.date, e.itemNumber, e.kind, e.outcome])).toEqual([
      ['2024-01-09', 9, 'presented', null],
      ['2024-01-09', 9, 'postponed', null],
      ['2024-02-06', 3, 'presented', null],
      ['2024-02-06', 3, 'decided', 'approved'],
    ]);
    expect((await read(`/cases/${PROVISIONAL}/timeline`)).body).toEqual(timeline);

    // Listed once, under its journal number.
    expect((await read('/cases', { q: 'Budgetopfølgning' })).body.data.map((c: any) => c.caseNumber)).toEqual([CASE]);

    // Folded from the events as of today, by either id, it is the same case.
    for (const id of [CASE, PROVISIONAL]) {
      const { asOf, ...view } = (await read(`/cases/${id}`, { asOf: '2024-06-01' })).body;
      expect(view).toEqual(real);
      expect(asOf).toMatchObject({ laterEvents: 0 });
      expect((await read(`/cases/${id}/timeline`, { asOf: '2024-06-01' })).body.entries).toEqual(timeline.entries);
    }
  }

  it("shows the provisional case's item in the real case's status and timeline, and the provisional id points to the real case", async () => {
    await expectLinked();
  });

  it('shows the same after the projections are rebuilt', async () => {
    const rows = async () =>
      (await h.database.pool.query(`SELECT case_id, linked_to, status, postponements, version, ${CASE_FACTS} FROM proj_case_status s ORDER BY case_id`)).rows;
    const live = await rows();
    expect(live.map((r) => [r.case_id, r.linked_to])).toEqual([
      [CASE, null],
      [PROVISIONAL, CASE],
    ]);
    await h.http().post('/admin/projections/rebuild').set(bearer(TOKENS.admin)).expect(201);
    expect(await rows()).toEqual(live);
    await expectLinked();
  });
});

describe('a provisional case shows the journal reference the minutes printed beside its item, through the REST API', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  const MEETING = 'byraadet-1996-03-14';
  const events = async () => (await h.database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n as number;

  beforeAll(async () => {
    h = await startHarness({ DEMO_DATA: 'off' });
    await h.http().post('/meetings').set(clerk).send({ body: 'Byrådet', date: '1996-03-14' }).expect(201);
  });
  afterAll(() => h.close());

  it('an item recorded under a provisional case with the reference `00.01A00` reads it back as printedNumber, live and as of a date', async () => {
    const response = await h.http().post(`/meetings/${MEETING}/items`).set(clerk).send({ itemNumber: 21, printedCaseNumber: '00.01A00', title: 'Godkendelse af dagsorden' }).expect(201);
    const provisional = `P-${MEETING}-21`;
    const read = (query: Record<string, string> = {}) => h.http().get(`/cases/${provisional}`).query({ minPosition: response.body.position, ...query }).expect(200);
    expect((await read()).body).toMatchObject({ caseNumber: provisional, printedNumber: '00.01A00', scheme: null });
    expect((await read({ asOf: '2024-06-01' })).body).toMatchObject({ caseNumber: provisional, printedNumber: '00.01A00' });
  });

  it('a printed reference beside a journal number is 400 naming printedCaseNumber, and nothing is written', async () => {
    const before = await events();
    const response = await h.http().post(`/meetings/${MEETING}/items`).set(clerk).send({ caseNumber: '00.01.00-A00-1-96', printedCaseNumber: '00.01A00', itemNumber: 22, title: 'Meddelelser' });
    expect({ status: response.status, fields: response.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: ['printedCaseNumber'] });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await events()).toBe(before);
  });
});
