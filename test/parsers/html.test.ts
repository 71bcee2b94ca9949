import { describe, expect, it } from 'vitest';
import { decodeEntities, descriptionText, parseCount, parseDisplayDate } from '../../shared/parsers/html.ts';
import { valueAt } from '../../shared/parsers/paths.ts';

describe('decodeEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['It&#39;s', "It's"],
    ['&#x2019;quoted&rsquo;', '’quoted’'],
    ['&lt;b&gt;not a tag&lt;/b&gt;', '<b>not a tag</b>'],
    ['&unknownentity; stays', '&unknownentity; stays'],
    ['&#xD800; is not a character', '&#xD800; is not a character'],
    ['AT&T without semicolon', 'AT&T without semicolon'],
  ])('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});

describe('descriptionText', () => {
  it('keeps script-like text as text once decoded (it is shown as text, never run)', () => {
    expect(descriptionText('Say &lt;script&gt;hi&lt;/script&gt;<br><b>bold</b> <a href="x">link</a>')).toBe('Say <script>hi</script>\nbold link');
  });
});

describe('parseCount', () => {
  it.each([
    ['342.3K', 342300],
    ['5.72M reviews', 5720000],
    ['1,234', 1234],
    ['1.234', 1234],
    ['12', 12],
    ['1,2 k', 1200],
  ])('%s → %d', (input, expected) => expect(parseCount(input)).toBe(expected));
  it.each(['', 'no ratings', 'K'])('%j is not a count', (input) => expect(parseCount(input)).toBeUndefined());
});

describe('parseDisplayDate', () => {
  it.each([
    ['Jun 25, 2026', '2026-06-25T00:00:00.000Z'],
    ['14 Jan 2017', '2017-01-14T00:00:00.000Z'],
    ['September 3, 2025', '2025-09-03T00:00:00.000Z'],
    ['2021-11-29', '2021-11-29T00:00:00.000Z'],
  ])('%s', (input, expected) => expect(parseDisplayDate(input)).toBe(expected));
  it.each(['Feb 30, 2026', 'Varies with device', '29/11/2021'])('%s is not read', (input) => expect(parseDisplayDate(input)).toBeUndefined());
});

describe('valueAt', () => {
  it('reads plain positions and Play’s packed tail objects (key = position + 1)', () => {
    const node = [['Title'], { '69': ['Developer'], '100': [[null, null, null, null, null, [null, null, 'https://x.example/p']]] }];
    expect(valueAt(node, [0, 0])).toBe('Title');
    expect(valueAt(node, [68, 0])).toBe('Developer');
    expect(valueAt(node, [99, 0, 5, 2])).toBe('https://x.example/p');
    expect(valueAt(node, [70, 0])).toBeUndefined();
    expect(valueAt('not an array', [0])).toBeUndefined();
  });
});
