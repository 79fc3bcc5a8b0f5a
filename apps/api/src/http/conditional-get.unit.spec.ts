import { noneMatchHits } from './conditional-get.js';

describe('noneMatchHits', () => {
  it('finds the tag in a list, weak or strong, and * matches any', () => {
    expect(noneMatchHits('"t7"', '"t7"')).toBe(true);
    expect(noneMatchHits('"t6", W/"t7"', '"t7"')).toBe(true);
    expect(noneMatchHits('*', '"t7"')).toBe(true);
  });

  it('misses another tag, a prefix of it, or no header', () => {
    expect(noneMatchHits('"t7.1"', '"t7"')).toBe(false);
    expect(noneMatchHits('"t"', '"t7"')).toBe(false);
    expect(noneMatchHits(undefined, '"t7"')).toBe(false);
    expect(noneMatchHits('', '"t7"')).toBe(false);
  });
});
