import { BodyRefused, jsonDepth, MAX_JSON_DEPTH, verifyJsonBody } from './json-depth.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonDepth', () => {
  it('counts arrays and objects, not brackets inside strings or after escapes', () => {
    expect(jsonDepth(bytes('{"a":[1,{"b":[]}]}'), 32)).toBe(4);
    expect(jsonDepth(bytes('{"a":"[[[[{{{{"}'), 32)).toBe(1);
    expect(jsonDepth(bytes('{"a":"\\"[[[","b":["\\\\"]}'), 32)).toBe(2);
    expect(jsonDepth(bytes('{"æøå":"Ø[{"}'), 32)).toBe(1);
    expect(jsonDepth(bytes('"x"'), 32)).toBe(0);
  });

  it('stops counting once over the limit, so 100,000 levels cost one short loop', () => {
    expect(jsonDepth(bytes('['.repeat(100_000)), 32)).toBe(33);
  });
});

describe('verifyJsonBody', () => {
  it('refuses JSON nested deeper than the limit as 400, and JSON not in UTF-8 as 415', () => {
    expect(() => verifyJsonBody(bytes('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)), 'utf-8')).not.toThrow();
    expect(() => verifyJsonBody(bytes('['.repeat(MAX_JSON_DEPTH + 1)), 'utf-8')).toThrow(expect.objectContaining({ status: 400, type: 'entity.too.deep' }));
    expect(() => verifyJsonBody(bytes('{}'), 'latin1')).toThrow(BodyRefused);
    expect(() => verifyJsonBody(bytes('{}'), 'utf-16le')).toThrow(expect.objectContaining({ status: 415, type: 'charset.unsupported' }));
  });
});
