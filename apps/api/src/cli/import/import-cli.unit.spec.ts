import { parseArgs } from './import-cli.js';

describe('import CLI arguments', () => {
  it('reads paths and options in any order', () => {
    expect(parseArgs(['demo/minutes', '--json', '--actor', 'clerk', 'x.txt'])).toEqual({ json: true, actor: 'clerk', paths: ['demo/minutes', 'x.txt'], help: false });
    expect(parseArgs(['a.txt'])).toEqual({ json: false, actor: 'importer', paths: ['a.txt'], help: false });
  });

  it('refuses a missing path, an unknown option and --actor without a name', () => {
    expect(() => parseArgs([])).toThrow(/at least one file or folder/);
    expect(() => parseArgs(['--verbose', 'a.txt'])).toThrow(/unknown option --verbose/);
    expect(() => parseArgs(['a.txt', '--actor'])).toThrow(/--actor needs a name/);
  });
});
