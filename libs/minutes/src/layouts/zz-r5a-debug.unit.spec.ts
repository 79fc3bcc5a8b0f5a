import { LAYOUT_FIXTURES } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';

it('debug', () => {
  for (const f of LAYOUT_FIXTURES.filter((x) => x.name.startsWith(process.env.DOC ?? 'zzz'))) {
    const p = parseMinutes(f.text, f.name) as any;
    const out = [`${f.name} committee=${p.meeting?.body?.value ?? JSON.stringify(p.meeting?.body)} place=${JSON.stringify(p.meeting?.place)}`];
    for (const it of p.items) out.push(`  #${it.number?.value ?? it.number} L${it.line} ${JSON.stringify(it.title?.value ?? it.title)} case=${JSON.stringify(it.caseNumber?.value ?? it.caseNumber ?? null)} closed=${JSON.stringify(it.closed)} dec=${JSON.stringify(it.decision ? { o: it.decision.outcome, t: String(it.decision.text ?? '').slice(0, 80) } : null)} earlier=${JSON.stringify(it.earlierTreatments ?? null)}`);
    out.push(`  attendance=${JSON.stringify(p.meeting?.participants ?? p.participants ?? null)}`);
    out.push(`  warnings=${p.warnings.slice(0, 12).map((w: any) => `${w.line}:${w.code}`).join(' ')}`);
    process.stdout.write(out.join('\n') + '\n');
  }
  expect(true).toBe(true);
});
