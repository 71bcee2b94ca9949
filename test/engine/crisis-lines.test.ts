import { describe, expect, it } from 'vitest';
import {
  checkCrisisNumber,
  checkServiceNumber,
  CRISIS_LINES,
  CRISIS_LINES_VERIFIED_ON,
  normaliseRegion,
  servicesFor,
  servicesNamedIn,
} from '../../shared/crisis-lines.ts';

// Every number in design/CRISIS_LINES.md, pinned: region, service, how to reach.
const PINNED: [string, string, string[]][] = [
  ['gb', 'Emergency services', ['call 999']],
  ['gb', 'NHS 111', ['call 111']],
  ['gb', 'Samaritans', ['call 116 123']],
  ['gb', 'Shout', ['text SHOUT to 85258']],
  ['gb', 'Childline', ['call 0800 1111']],
  ['gb', 'PAPYRUS HOPELINE247', ['call 0800 068 4141']],
  ['ie', 'Emergency services', ['call 112', 'call 999']],
  ['ie', 'Samaritans Ireland', ['call 116 123']],
  ['ie', 'Pieta', ['call 1800 247 247', 'text HELP to 51444']],
  ['ie', 'Text About It', ['text HELLO to 50808']],
  ['us', 'Emergency services', ['call 911']],
  ['us', '988 Suicide & Crisis Lifeline', ['call 988', 'text 988']],
  ['us', 'Crisis Text Line', ['text HOME to 741741']],
  ['ca', 'Emergency services', ['call 911']],
  ['ca', '9-8-8 Suicide Crisis Helpline', ['call 988', 'text 988']],
  ['au', 'Emergency services', ['call 000']],
  ['au', 'Lifeline', ['call 13 11 14', 'text 0477 13 11 14']],
  ['au', 'Beyond Blue', ['call 1300 22 4636']],
  ['au', 'Kids Helpline', ['call 1800 55 1800']],
  ['nz', 'Emergency services', ['call 111']],
  ['nz', 'Need to talk? 1737', ['call 1737', 'text 1737']],
  ['nz', 'Lifeline Aotearoa', ['call 0800 543 354']],
];

describe('crisis directory', () => {
  it('holds exactly the services of CRISIS_LINES.md', () => {
    expect(CRISIS_LINES.map((l) => [l.region, l.name])).toEqual(PINNED.map(([r, n]) => [r, n]));
  });

  it.each(PINNED)('%s %s: %j', (region, name, reach) => {
    const line = CRISIS_LINES.find((l) => l.region === region && l.name === name)!;
    expect(line.contacts.map((c) => `${c.kind} ${c.display}`)).toEqual(reach);
    for (const c of line.contacts) expect(c.digits).toBe(c.display.replace(/^[A-Z]+ to /u, '').replace(/\D/gu, ''));
    expect(line.source).toMatch(/^https:\/\//u);
    expect(line.offers.length).toBeGreaterThan(10);
  });

  it('has a verification date', () => {
    expect(CRISIS_LINES_VERIFIED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it.each([
    ['GB', 'gb'], ['uk', 'gb'], ['en-GB', 'gb'], ['en_US', 'us'], ['NZ', 'nz'], ['de', null], ['', null], [null, null],
  ])('normaliseRegion(%j) = %j', (code, region) => {
    expect(normaliseRegion(code)).toBe(region);
  });

  it('lists services for a region and none for an unknown one', () => {
    expect(servicesFor('ie').map((l) => l.name)).toContain('Pieta');
    expect(servicesFor('fr')).toEqual([]);
  });
});

describe('checkCrisisNumber', () => {
  it.each([
    ['116 123', 'gb', 'correct', 'Samaritans'],
    ['116123', 'ie', 'correct', 'Samaritans Ireland'],
    ['988', 'us', 'correct', '988 Suicide & Crisis Lifeline'],
    ['988', 'ca', 'correct', '9-8-8 Suicide Crisis Helpline'],
    ['13 11 14', 'au', 'correct', 'Lifeline'],
    ['1-800-273-8255', 'us', 'outdated', '988 Suicide & Crisis Lifeline'],
    ['1-800-273-8255', null, 'outdated', '988 Suicide & Crisis Lifeline'],
    // A foreign number presented as local is wrong; the right local service is named.
    ['911', 'gb', 'wrong', 'Emergency services'],
    ['988', 'gb', 'wrong', 'NHS 111'],
    ['741741', 'au', 'wrong', 'Lifeline'],
    ['116 123', null, 'correct', 'Samaritans'],
  ])('%s in %s is %s', (digits, region, verdict, service) => {
    const check = checkCrisisNumber(digits, region);
    expect(check.verdict).toBe(verdict);
    expect(check.service?.name).toBe(service);
  });

  it('does not call an unknown number wrong: it may be a local service we do not list', () => {
    expect(checkCrisisNumber('0800 111 0 111', 'de').verdict).toBe('unrecognised');
    expect(checkCrisisNumber('555 0199', 'gb').verdict).toBe('unrecognised');
  });
});

describe('services named in text, and their numbers', () => {
  it.each([
    ['Call the Samaritans on 116 123.', ['Samaritans']],
    ['Text SHOUT to 85258 for support.', ['Shout']],
    ['Contact the 988 Suicide & Crisis Lifeline.', ['988 Suicide & Crisis Lifeline']],
    ['Reach Crisis Text Line by texting HOME to 741741.', ['Crisis Text Line']],
    ['Lifeline Aotearoa: 0800 543 354', ['Lifeline Aotearoa']],
    ['Shout out to our amazing community!', []],
    ['Beyond the blue sky, relax.', []],
  ])('%s', (text, names) => {
    expect(servicesNamedIn(text).map((s) => s.line.name)).toEqual(names);
  });

  it('checks the number given beside a named service', () => {
    const samaritans = CRISIS_LINES.find((l) => l.name === 'Samaritans')!;
    const lifeline = CRISIS_LINES.find((l) => l.name === '988 Suicide & Crisis Lifeline')!;
    expect(checkServiceNumber(samaritans, '116 123').verdict).toBe('correct');
    expect(checkServiceNumber(samaritans, '116 132').verdict).toBe('wrong');
    expect(checkServiceNumber(lifeline, '1-800-273-8255').verdict).toBe('outdated');
  });
});
