import { memoByText } from './text-memo.js';

describe('memoByText', () => {
  it('reads each text once, undefined readings included, and starts afresh when full', () => {
    const read: string[] = [];
    const memo = memoByText((text: string) => {
      read.push(text);
      return text.startsWith('B') ? text.length : undefined;
    }, 3);
    expect([memo('Beslutning'), memo('prose'), memo('Beslutning'), memo('prose')]).toEqual([10, undefined, 10, undefined]);
    expect(read).toEqual(['Beslutning', 'prose']);
    memo('Bilag');
    memo('Baggrund');
    expect(memo('Beslutning')).toBe(10);
    expect(read).toEqual(['Beslutning', 'prose', 'Bilag', 'Baggrund', 'Beslutning']);
  });
});
