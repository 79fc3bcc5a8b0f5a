import { parseMinutes } from './parse-minutes.js';

// A leftover of the thirteenth held-out round (seventeenth session): an advisory council's hearing answer that says it
// cannot recommend the change is the answer's content, not the council's refusal of the case. Invented texts.

const decisionOf = (decision: string) =>
  parseMinutes(['Handicaprådet', 'Referat af mødet den 3. maj 2023', '', '1. Høring om ændret kørselsordning', '', 'Beslutning', decision].join('\n'), 'synthetic.txt').items[0]!.decision;

describe('a council`s hearing answer that cannot recommend', () => {
  it('reads `kan ikke anbefale ... og afgiver høringssvar` in one sentence as no refusal', () => {
    expect(decisionOf('Handicaprådet kan ikke anbefale ændringen og afgiver høringssvar i overensstemmelse med drøftelsen.')?.outcome).toBe('other');
    expect(decisionOf('Rådet kunne ikke anbefale den nye ordning og afgav et kritisk høringssvar.')?.outcome).toBe('other');
  });

  it('still reads a refusal to recommend without a hearing answer as a refusal', () => {
    expect(decisionOf('Handicaprådet kan ikke anbefale forslaget om at lukke kørselsordningen.')?.outcome).toBe('rejected');
  });
});
