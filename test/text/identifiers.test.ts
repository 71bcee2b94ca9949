import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, RESEARCH_IDS } from '../../shared/text/identifiers.ts';

function kindsIn(text: string): string[] {
  return RESEARCH_IDS.filter((r) => new RegExp(r.pattern.source, r.pattern.flags).test(text)).map((r) => r.kind);
}

describe('research identifiers', () => {
  it.each([
    ['See doi:10.1016/j.brat.2019.103471 for the trial.', ['doi']],
    ['Read it at https://doi.org/10.2196/mental.7785.', ['doi']],
    ['PMID: 31234567', ['pubmed']],
    ['pubmed.ncbi.nlm.nih.gov/29875089', ['pubmed']],
    ['Full text: PMC6123456', ['pmc']],
    ['Registered as NCT01234567.', ['trial']],
    ['Trial ISRCTN12345678 was run in the UK.', ['trial']],
    ['ACTRN12614000123456 (ANZCTR)', ['trial']],
    ['DRKS00012345', ['trial']],
    ['Published in JMIR Mental Health 2020.', ['journal']],
    ['Our results appeared in The Lancet (2021).', ['journal']],
  ])('%s', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  it.each([
    'Trusted by 10,000,000 users since 2015.',
    'Version 10.2 brings a new look.',
    'Research shows meditation helps.',
    'Call 555-1234 for support.',
    'NCT123 is not a registration number.',
  ])('no research id in: %s', (text) => {
    expect(kindsIn(text)).toEqual([]);
  });
});

describe('findPhoneNumbers', () => {
  it.each([
    ['Call Samaritans on 116 123 any time.', ['116 123']],
    ['Dial 1-800-273-8255 or 988.', ['1-800-273-8255', '988']],
    ['Text HOME to 741741.', ['741741']],
    ['Lifeline: 13 11 14', ['13 11 14']],
    ['Call +44 800 068 4141.', ['+44 800 068 4141']],
  ])('%s', (text, numbers) => {
    expect(findPhoneNumbers(text).map((p) => p.text)).toEqual(numbers);
  });

  it.each(['Founded in 2019.', '30% of users', 'Version 2.1.3', 'Only £4.99 a month', '24/7 support'])('no number in: %s', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });
});
