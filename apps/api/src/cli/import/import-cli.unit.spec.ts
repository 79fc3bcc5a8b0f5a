import { parseArgs } from './import-cli.js';

describe('import CLI arguments', () => {
  it('reads paths and options in any order', () => {
    expect(parseArgs(['demo/minutes', '--json', '--actor', 'clerk', 'x.txt'])).toEqual({ json: true, actor: 'clerk', options: {}, paths: ['demo/minutes', 'x.txt'], help: false });
    expect(parseArgs(['a.txt'])).toEqual({ json: false, actor: 'importer', options: {}, paths: ['a.txt'], help: false });
  });

  it('reads what the caller says the minutes are', () => {
    expect(parseArgs(['--municipality', 'aarhus', '--body', 'Teknisk Udvalg', '--date', '2025-10-01', '--override', 'a.txt']).options).toEqual({
      municipality: 'aarhus',
      body: 'Teknisk Udvalg',
      date: '2025-10-01',
      override: true,
    });
    expect(() => parseArgs(['--body', '--date', '2025-10-01', 'a.txt'])).toThrow(/--body needs a value/);
    expect(parseArgs(['--source-url', 'https://aarhus.dk/dagsorden/byraadet-01-10-2025', 'a.txt']).options).toEqual({ sourceUrl: 'https://aarhus.dk/dagsorden/byraadet-01-10-2025' });
    expect(() => parseArgs(['--source-url', '--override', 'a.txt'])).toThrow(/--source-url needs a value/);
  });

  it('refuses a missing path, an unknown option and --actor without a name', () => {
    expect(() => parseArgs([])).toThrow(/at least one file or folder/);
    expect(() => parseArgs(['--verbose', 'a.txt'])).toThrow(/unknown option --verbose/);
    expect(() => parseArgs(['a.txt', '--actor'])).toThrow(/--actor needs a name/);
  });
});
