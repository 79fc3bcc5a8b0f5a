import { ProjectionsService } from '../apps/api/src/projections/projections.service.js';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const BODY = 'Økonomiudvalget';
const MEETING = 'oekonomiudvalget-2024-03-05';
const CASE = '00.01.00-A00-1-24';
const HTML = { Accept: 'text/html,application/xhtml+xml' };

/** Every internal link and form target of a page, the municipality choice left out (it leads elsewhere on purpose). */
const internalLinks = (html: string): string[] =>
  [...html.replace(/<nav class="municipalities"[\s\S]*?<\/nav>/, '').matchAll(/(?:href|action)="(\/[^"]*)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((href) => !/^\/(assets|docs|kilder)\b/.test(href));

/** The pages under `/kommuner/{slug}/...`: two municipalities with the same journal number and the same committee on the same day. */
describe('the pages per municipality', () => {
  let h: Harness;
  const page = (path: string) => h.http().get(path).set(HTML);

  beforeAll(async () => {
    h = await startHarness();
    let position = 0n;
    const write = async (path: string, body: object) => {
      const response = await h.http().post(path).set(bearer(TOKENS.clerk)).send(body);
      expect(response.status).toBe(201);
      if (BigInt(response.body.position) > position) position = BigInt(response.body.position);
    };
    for (const [prefix, title, outcome] of [
      ['', 'Budget for Ballerup', 'approved'],
      ['/municipalities/aarhus', 'Budget for Aarhus', 'rejected'],
    ] as const) {
      await write(`${prefix}/meetings`, { body: BODY, date: '2024-03-05' });
      await write(`${prefix}/meetings/${MEETING}/items`, { caseNumber: CASE, itemNumber: 1, title });
      await write(`${prefix}/cases/${CASE}/decisions`, { meeting: { meetingId: MEETING }, outcome, decisionText: `Beslutning: ${outcome}.` });
    }
    const projections = h.api.app.get(ProjectionsService);
    expect(await projections.waitForPosition(position, projections.runner.projections.map((p) => p.name))).toEqual({ state: 'fresh' });
  });
  afterAll(async () => {
    await h?.close();
  });

  const places = [
    { base: '', apiBase: '', name: 'Ballerup', title: 'Budget for Ballerup', other: 'Budget for Aarhus', outcome: 'Godkendt' },
    { base: '/kommuner/ballerup', apiBase: '/municipalities/ballerup', name: 'Ballerup', title: 'Budget for Ballerup', other: 'Budget for Aarhus', outcome: 'Godkendt' },
    { base: '/kommuner/aarhus', apiBase: '/municipalities/aarhus', name: 'Aarhus', title: 'Budget for Aarhus', other: 'Budget for Ballerup', outcome: 'Ikke godkendt' },
  ];

  it.each(places)('$base/ shows its own case, meeting and audit, its name in the head, and links stay within it', async ({ base, apiBase, name, title, other, outcome }) => {
    const pages = [`${base}/`, `${base}/?q=Budget`, `${base}/sager/${CASE}`, `${base}/moeder/${MEETING}`, `${base}/revision`];
    for (const path of pages) {
      const response = await page(path).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain(`<span class="municipality-name">${name} Kommune</span>`);
      expect(response.text).toMatch(new RegExp(`<title>[^<]* · ${name} Kommune · Sagsspor</title>`));
      // The search page lists the case; the audit shows the decision's outcome, not the title.
      if (path.endsWith('/revision')) expect(response.text).toContain(`data-label="Udfald">${outcome}</td>`);
      else expect(response.text).toContain(title);
      expect(response.text).not.toContain(other);
      const links = internalLinks(response.text);
      expect(links.length).toBeGreaterThan(2);
      for (const href of links) expect(href.startsWith(`${base}/`) || href.startsWith(`${apiBase}/`)).toBe(true);
      if (base) for (const href of links) expect(href).toMatch(/^\/(kommuner|municipalities)\/(ballerup|aarhus)\//);
    }
    expect((await page(`${base}/sager/${CASE}`)).text).toContain(`href="${apiBase}/cases/${CASE}/timeline"`);
    expect((await page(`${base}/moeder/${MEETING}`)).text).toContain(`href="${base}/sager/${CASE}#m-${MEETING}"`);
    const csv = await h.http().get(`${base}/revision.csv`).expect(200);
    expect(csv.text).toContain(CASE);
    expect((await page(`${base}/revision`)).text).toContain(`href="${base}/revision.csv"`);
  });

  it('/ offers the municipalities with data, the current one marked', async () => {
    const html = (await page('/kommuner/aarhus/').expect(200)).text;
    const choice = /<nav class="municipalities"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect([...choice.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/kommuner/aarhus/', '/kommuner/ballerup/']);
    expect(choice).toContain('<a href="/kommuner/aarhus/" aria-current="page">Aarhus</a>');
    expect(choice).toContain('(1 sager, 1 møder)');
  });

  it('an unknown municipality is a Danish 404 page; a known one without the case too, staying in it', async () => {
    for (const path of ['/kommuner/atlantis/', `/kommuner/atlantis/sager/${CASE}`, `/kommuner/atlantis/moeder/${MEETING}`, '/kommuner/atlantis/revision', '/kommuner/Aarhus/']) {
      const response = await page(path).expect(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain('<h1>Ikke fundet</h1>');
      expect(response.text).toMatch(/Sagsspor kender ingen kommune »(atlantis|Aarhus)«/);
    }
    const api = await h.http().get('/kommuner/atlantis/').set('Accept', 'application/json').expect(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    const missing = await page('/kommuner/egedal/sager/00.01.00-A00-1-24').expect(404);
    expect(missing.text).toContain('<a href="/kommuner/egedal/">Til søgningen</a>');
    expect(missing.text).toContain('Egedal Kommune');
  });
});
