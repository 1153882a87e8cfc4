import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { text } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LAUNCHER = resolve(__dirname, '../../../bin/fulcrum.js');

// Run from a temporary folder: the launcher must work from any working directory.
function fulcrum(folder: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: folder,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function aFolderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fulcrum-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const LABELLED = [
  'text,label',
  ...['reset my password', 'password expired', 'locked out of my login', 'forgot my password'].map(
    (text) => `${text},Passwords`,
  ),
  ...[
    'my payslip is wrong',
    'salary not paid',
    'overtime missing from pay',
    'tax code on payslip',
  ].map((text) => `${text},Payroll`),
].join('\n');

const TEXTS = [
  'id,message,team',
  '7,"Still waiting, no one called back. I will cancel my account!",Support',
  '8,Please reset my password,IT',
  '9,"Refund refused without a reciept, ridiculous",Support',
].join('\n');

describe('fulcrum CLI', () => {
  it('documents every option of each command in --help', () => {
    const folder = aFolderWith({});
    expect(fulcrum(folder, '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('fulcrum train'),
    });
    const analyzeHelp = fulcrum(folder, 'analyze', '--help').stdout;
    for (const option of [
      '--in',
      '--text-column',
      '--out',
      '--model',
      '--taxonomy',
      '--policies',
      '--id-column',
      '--source',
      '--source-column',
      '--team-column',
      '--delimiter',
    ]) {
      expect(analyzeHelp).toContain(option);
    }
    const trainHelp = fulcrum(folder, 'train', '--help').stdout;
    for (const option of [
      '--in',
      '--text-column',
      '--label-column',
      '--out',
      '--target',
      '--label-separator',
      '--version',
      '--delimiter',
    ]) {
      expect(trainHelp).toContain(option);
    }
  });

  it('trains a theme model from a labelled CSV and analyses a CSV into one JSON line per row, in order', () => {
    const folder = aFolderWith({
      'labelled.csv': LABELLED,
      'texts.csv': TEXTS,
      'taxonomy.json': JSON.stringify({ themes: [{ name: 'Refunds', keywords: ['refund'] }] }),
      'policies.json': JSON.stringify({
        policies: [{ id: 'receipt', name: 'Refunds need a receipt' }],
      }),
    });
    const trained = fulcrum(
      folder,
      'train',
      '--in',
      'labelled.csv',
      '--text-column',
      'text',
      '--label-column',
      'label',
      '--out',
      'model.json',
      '--version',
      'v1',
    );
    expect(trained.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8'))).toMatchObject({
      format: 'fulcrum.theme-model',
      version: 'v1',
    });

    const analysed = fulcrum(
      folder,
      'analyze',
      '--in',
      'texts.csv',
      '--text-column',
      'message',
      '--id-column',
      'id',
      '--model',
      'model.json',
      '--taxonomy',
      'taxonomy.json',
      '--policies',
      'policies.json',
      '--out',
      'results.jsonl',
    );
    expect(analysed.code).toBe(0);
    expect(analysed.stderr).toContain('3 rows');
    const results = readFileSync(join(folder, 'results.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results.map((result) => [result.row, result.id])).toEqual([
      [1, '7'],
      [2, '8'],
      [3, '9'],
    ]);
    expect(results[0].sentiment.label).toBe('negative');
    // "Still waiting, no one called back": non-response is a delay (libs/analysis signs).
    expect(results[0].flags.map((flag: { type: string }) => flag.type)).toEqual(
      expect.arrayContaining(['delay', 'churn-risk']),
    );
    expect(results[1].themes[0]).toMatchObject({ name: 'Passwords' });
    expect(results[2].themes[0]).toMatchObject({ name: 'Refunds', evidence: ['Refund'] });
    expect(results[2].policyMentions[0]).toMatchObject({ policyId: 'receipt' });
    expect(results[2].modelVersion).toContain('themes:v1');
  });

  it('names the file and the missing column, listing the columns there are', () => {
    const folder = aFolderWith({ 'texts.csv': TEXTS });
    const result = fulcrum(
      folder,
      'analyze',
      '--in',
      'texts.csv',
      '--text-column',
      'text',
      '--out',
      'out.jsonl',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'fulcrum: texts.csv: column "text" not found; the header has "id", "message", "team"\n',
    );
    expect(existsSync(join(folder, 'out.jsonl'))).toBe(false);
  });

  it('names a missing input file and a malformed taxonomy field', () => {
    const folder = aFolderWith({
      'texts.csv': TEXTS,
      'taxonomy.json': '{"themes": [{"keywords": ["x"]}]}',
    });
    expect(
      fulcrum(folder, 'analyze', '--in', 'nope.csv', '--text-column', 'message', '--out', 'o.jsonl')
        .stderr,
    ).toBe('fulcrum: --in nope.csv: no such file\n');
    expect(
      fulcrum(
        folder,
        'analyze',
        '--in',
        'texts.csv',
        '--text-column',
        'message',
        '--taxonomy',
        'taxonomy.json',
        '--out',
        'o.jsonl',
      ).stderr,
    ).toBe('fulcrum: --taxonomy taxonomy.json: themes[0].name: expected a non-empty string\n');
  });

  it('rejects a sentiment label outside negative / neutral / positive / mixed, naming row and column', () => {
    const folder = aFolderWith({ 'labelled.csv': 'text,label\ngreat,positive\nawful,angry\n' });
    const result = fulcrum(
      folder,
      'train',
      '--in',
      'labelled.csv',
      '--text-column',
      'text',
      '--label-column',
      'label',
      '--target',
      'sentiment',
      '--out',
      'm.json',
    );
    expect(result).toMatchObject({
      code: 1,
      stderr:
        'fulcrum: labelled.csv row 2, column "label": "angry" is not one of negative, neutral, positive, mixed\n',
    });
    expect(existsSync(join(folder, 'm.json'))).toBe(false);
  });

  it('leaves no half-written output when the CSV breaks part-way', () => {
    const folder = aFolderWith({ 'texts.csv': 'text\nfine\n"unclosed\n' });
    const result = fulcrum(
      folder,
      'analyze',
      '--in',
      'texts.csv',
      '--text-column',
      'text',
      '--out',
      'out.jsonl',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('texts.csv: Quote Not Closed');
    expect(existsSync(join(folder, 'out.jsonl'))).toBe(false);
  });

  describe('--out onto something that is not a regular file', () => {
    const analyzeInto = (out: string) =>
      ['analyze', '--in', 'texts.csv', '--text-column', 'message', '--out', out] as const;
    // The /dev/null case runs only once a harmless FIFO has shown the CLI writes in place.
    let writesFifoInPlace = false;

    it('writes into a FIFO in place and leaves it a FIFO', async () => {
      const folder = aFolderWith({ 'texts.csv': TEXTS });
      const fifo = join(folder, 'results.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const cli = spawn(process.execPath, [LAUNCHER, ...analyzeInto(fifo)], {
        cwd: folder,
      });
      const [received, [code]] = await Promise.all([
        text(createReadStream(fifo)),
        once(cli, 'exit') as Promise<[number]>,
      ]);
      expect(code).toBe(0);
      expect(received.trim().split('\n')).toHaveLength(3);
      expect(statSync(fifo).isFIFO()).toBe(true);
      writesFifoInPlace = true;
    });

    it('writes into /dev/null without replacing the device with a regular file', () => {
      if (!writesFifoInPlace)
        throw new Error('skipped: the FIFO case failed, /dev/null is at risk');
      const folder = aFolderWith({ 'texts.csv': TEXTS });
      expect(fulcrum(folder, ...analyzeInto('/dev/null')).code).toBe(0);
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
      expect(existsSync(`/dev/null.${process.pid}.partial`)).toBe(false);
    });

    it('writes JSON Lines to standard output for --out -', () => {
      const folder = aFolderWith({ 'texts.csv': TEXTS });
      const result = fulcrum(folder, ...analyzeInto('-'));
      expect(result.code).toBe(0);
      const lines = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((line: { row: number; sentiment: unknown }) => line.row)).toEqual([1, 2, 3]);
    });

    it('refuses a folder as --out, naming it', () => {
      const folder = aFolderWith({ 'texts.csv': TEXTS });
      expect(fulcrum(folder, ...analyzeInto(folder))).toMatchObject({
        code: 1,
        stderr: `fulcrum: --out ${folder}: is a folder, not a file\n`,
      });
    });
  });

  it('treats a missing required option or an unknown one as a usage error (exit code 2)', () => {
    const folder = aFolderWith({});
    expect(fulcrum(folder, 'analyze', '--in', 'x.csv')).toMatchObject({
      code: 2,
      stderr: 'fulcrum analyze: --text-column is required (see --help)\n',
    });
    expect(fulcrum(folder, 'train', '--frobnicate').code).toBe(2);
    expect(fulcrum(folder, 'explode').code).toBe(2);
  });
});
