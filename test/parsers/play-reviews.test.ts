import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { batchexecutePayload, parsePlayPermissions, parsePlayReviews } from '../../shared/parsers/play-reviews.ts';

const corpus = hasCorpus();
if (!corpus) console.warn(`play-reviews: ${NO_CORPUS_MESSAGE}`);
const play = (name: string) => readFileSync(corpusFile(`store-pages/play/${name}`), 'utf8');

describe.skipIf(!corpus)('recorded batchexecute responses', () => {
  it('reviews page 1: 150 reviews with text, rating and date, and the next-page token', () => {
    const result = parsePlayReviews(play('reviews-batchexecute-translate-page1.txt'));
    expect(result.reviews).toHaveLength(150);
    expect(result.reviews.slice(0, 2)).toEqual([
      { text: 'niec', rating: 5, at: '2026-07-06T13:55:24.000Z' },
      { text: 'its helps me a lot..', rating: 5, at: '2026-07-06T13:31:19.000Z' },
    ]);
    expect(result.reviews.at(-1)).toEqual({
      text: "very useful especially when you're like me and you travel to work and have to do so alongside people of different backgrounds.",
      rating: 5,
      at: '2026-06-30T14:16:17.000Z',
    });
    expect(result.nextToken).toMatch(/^CtgBIs8BAU60USdyhV93-ySrfRFqkg4YxpyDD1vhsXvPzLAIiIhboplCJOfS/);
    expect(result.missingFields).toEqual([]);
  });

  it('reviews page 2 continues where page 1 stopped', () => {
    const first = parsePlayReviews(play('reviews-batchexecute-translate-page1.txt'));
    const second = parsePlayReviews(play('reviews-batchexecute-translate-page2.txt'));
    expect(second.reviews).toHaveLength(150);
    expect(second.reviews[0]).toEqual({ text: 'good', rating: 4, at: '2026-06-30T13:46:14.000Z' });
    expect(second.reviews[0]!.at! <= first.reviews.at(-1)!.at!).toBe(true);
    expect(second.nextToken).toMatch(/^CtsBItIBAU60UScdhruD/);
  });

  it('never carries reviewer names or avatars', () => {
    const body = play('reviews-batchexecute-translate-page1.txt');
    const result = parsePlayReviews(body);
    expect(body).toContain('Formann Ali');
    const out = JSON.stringify(result);
    expect(out).not.toContain('Formann Ali');
    expect(out).not.toContain('googleusercontent');
    for (const review of result.reviews) expect(Object.keys(review).sort()).toEqual(['at', 'rating', 'text']);
  });

  it('permissions: groups with their permissions, ungrouped ones under Other', () => {
    const groups = parsePlayPermissions(play('permissions-batchexecute-translate.txt'));
    expect(groups.map((g) => g.group)).toEqual(['Identity', 'Contacts', 'SMS', 'Photos/Media/Files', 'Storage', 'Camera', 'Microphone', 'Wi-Fi connection information', 'Other']);
    expect(groups[0]).toEqual({ group: 'Identity', permissions: ['find accounts on the device', 'add or remove accounts'] });
    expect(groups.at(-1)!.permissions).toHaveLength(13);
    expect(groups.at(-1)!.permissions.at(-1)).toBe('receive data from Internet');
  });
});

describe('batchexecute envelopes (made up)', () => {
  const envelope = (rpc: string, payload: unknown) => JSON.stringify([['wrb.fr', rpc, JSON.stringify(payload), null, null, null, 'generic'], ['di', 12]]);
  const review = (text: string | null, rating: number, seconds: number) => ['id', ['Jo Example', null], rating, null, text, [seconds, 0], 0];

  it('reads a single-array body and a length-prefixed chunked body alike', () => {
    const payload = [[review('Helped me sleep', 5, 1767225600)], null];
    const single = `)]}'\n\n${envelope('UsvDTd', payload)}`;
    const chunked = `)]}'\n\n123\n${envelope('UsvDTd', payload)}\n25\n[["e",4,null,null,130]]\n`;
    for (const body of [single, chunked]) {
      expect(parsePlayReviews(body)).toEqual({ reviews: [{ text: 'Helped me sleep', rating: 5, at: '2026-01-01T00:00:00.000Z' }], missingFields: [], warnings: [] });
    }
  });

  it('keeps rating-only reviews with empty text, drops entries with neither', () => {
    const body = `)]}'\n${envelope('UsvDTd', [[review(null, 2, 1767225600), ['x', null, null, null, null]], [null, 'NEXT']])}`;
    const result = parsePlayReviews(body);
    expect(result.reviews).toEqual([{ text: '', rating: 2, at: '2026-01-01T00:00:00.000Z' }]);
    expect(result.nextToken).toBe('NEXT');
    expect(result.warnings).toEqual(['1 review entries had neither text nor rating']);
  });

  it('a response for another rpc has no reviews, reported as missing', () => {
    expect(parsePlayReviews(`)]}'\n${envelope('xdSrCf', [])}`).missingFields).toEqual(['reviews']);
    expect(batchexecutePayload(`)]}'\n${envelope('xdSrCf', [1])}`, 'UsvDTd')).toBeUndefined();
  });

  it('throws on a body that is not a batchexecute response', () => {
    expect(() => parsePlayReviews('<html><body>Error 400</body></html>')).toThrow(/not a batchexecute response/);
  });
});
