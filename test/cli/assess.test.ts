import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../crawler/corpus.ts';
import { Assessment } from '../../shared/schema/assessment.ts';

const bin = path.join(projectRoot, 'crawler/bin/mindlabel.js');

function mindlabel(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: projectRoot });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const listing = {
  store: 'play',
  appId: 'org.example.steadymind',
  title: 'Steady Mind: CBT for anxiety',
  description:
    'Steady Mind teaches skills from cognitive behavioural therapy (CBT).\nIt is not a substitute for professional care.\nIf you are in crisis, call Samaritans on 116 123.',
  region: 'gb',
};

describe('mindlabel assess', () => {
  it('prints a valid Assessment for a listing on stdin', () => {
    const r = mindlabel(['assess', '-'], JSON.stringify(listing));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const assessment = Assessment.parse(JSON.parse(r.stdout));
    expect(assessment.appId).toBe(listing.appId);
    for (const f of assessment.findings) {
      for (const q of f.quotes) {
        const source = q.source === 'title' ? listing.title : listing.description;
        expect(source.slice(q.start, q.end)).toBe(q.text);
      }
    }
  });

  it('prints the easy-read label with --format text', () => {
    const r = mindlabel(['assess', '-', '--format', 'text'], JSON.stringify(listing));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Does it work?');
    expect(r.stdout).toContain('Is my data safe?');
    expect(r.stdout).toContain('Is it safe for me?');
    expect(r.stdout).toContain('Samaritans: Call 116 123');
  });

  it.each([
    { name: 'not JSON', args: ['assess', '-'], input: '{oops', code: 1, error: /^mindlabel assess: standard input is not valid JSON \(.+\)\n$/u },
    { name: 'missing fields', args: ['assess', '-'], input: '{"store":"play","appId":"a.b"}', code: 1, error: /^mindlabel assess: invalid listing in standard input for play:a\.b: title: expected string, got nothing; description: expected string, got nothing\n$/u },
    { name: 'no such file', args: ['assess', 'no/such/listing.json'], code: 1, error: /^mindlabel assess: no such file: no\/such\/listing\.json\n$/u },
    { name: 'no file given', args: ['assess'], code: 2, error: /^mindlabel assess: give exactly one FILE, or - for standard input\nusage: /u },
    { name: 'bad format', args: ['assess', '-', '--format', 'xml'], input: '{}', code: 2, error: /unknown --format "xml"/u },
    { name: 'unknown command', args: ['asess'], code: 2, error: /^mindlabel: unknown command "asess"/u },
  ])('fails in one line on $name', ({ args, input, code, error }) => {
    const r = mindlabel(args, input);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(error);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('mindlabel rubric', () => {
  it('prints every criterion with its weight, and the formula', async () => {
    const { criteria } = await import('../../shared/rules/index.ts');
    const r = mindlabel(['rubric']);
    expect(r.code).toBe(0);
    for (const c of criteria) expect(r.stdout).toMatch(new RegExp(`^${c.meta.id.replace('.', '\\.')}\\s+${c.meta.weight}\\s`, 'mu'));
    expect(r.stdout).toContain('domain score = 100 × Σ(weight × value) / Σ(weight)');
  });

  it('refuses arguments', () => {
    expect(mindlabel(['rubric', 'extra']).code).toBe(2);
  });
});
