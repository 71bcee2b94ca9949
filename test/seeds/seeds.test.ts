import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { APPLE_ID, PLAY_ID, seedList, seedTargets, type Seed } from '../../crawler/seeds/index.ts';
import { SEEDS } from '../../crawler/seeds/seeds.ts';

if (!hasCorpus()) console.log(NO_CORPUS_MESSAGE);

describe('seed list', () => {
  const seeds = seedList();

  it('validates', () => {
    expect(seeds.length).toBe(SEEDS.length);
  });

  it('includes every intervention the study users named and the widely used apps', () => {
    const names = seeds.map((s) => s.name);
    for (const name of ['Calm Harm', 'Molehill Mountain', 'MoodKit', 'Sleepio', 'Woebot', 'Youper', 'SilverCloud', 'Happify', 'Beating the Blues', 'STOP']) {
      expect(seeds.find((s) => s.name === name)?.studyNamed, name).toBe(true);
    }
    for (const name of ['Headspace', 'Calm', 'Wysa', 'Sanvello', 'Talkspace', 'BetterHelp', 'Daylio', 'Finch', 'PTSD Coach', 'MoodMission']) expect(names).toContain(name);
  });

  it('has well-formed ids', () => {
    for (const s of seeds) {
      if (s.playId) expect(s.playId, s.name).toMatch(PLAY_ID);
      if (s.appleId) expect(s.appleId, s.name).toMatch(APPLE_ID);
    }
  });

  it('has unique names and ids', () => {
    const unique = (values: (string | undefined)[]) => {
      const present = values.filter((v): v is string => !!v);
      return new Set(present).size === present.length;
    };
    expect(unique(seeds.map((s) => s.name.toLowerCase()))).toBe(true);
    expect(unique(seeds.map((s) => s.playId))).toBe(true);
    expect(unique(seeds.map((s) => s.appleId))).toBe(true);
  });

  it('lists one crawl target per store id', () => {
    const targets = seedTargets(seeds);
    expect(targets.length).toBe(seeds.reduce((n, s) => n + (s.playId ? 1 : 0) + (s.appleId ? 1 : 0), 0));
    expect(targets).toContainEqual({ store: 'play', appId: 'com.calm.android', name: 'Calm' });
  });

  it.each<[string, unknown, RegExp]>([
    ['a malformed Play id', { name: 'X', playId: 'not a package', source: { play: 'apps/mind-rated-apps-dev.csv' } }, /playId/],
    ['an id without its source', { name: 'X', appleId: '123456789', playId: 'com.x.y', source: { play: 'apps/mind-rated-apps-dev.csv' } }, /App Store id needs its source/],
    ['a missing store without a note', { name: 'X', appleId: '123456789', source: { apple: 'apps/mind-rated-apps-dev.csv' } }, /must say why/],
    ['an unknown source', { name: 'X', appleId: '123456789', source: { apple: 'my memory' } }, /source\.apple/],
  ])('rejects %s', (_, entry, message) => {
    expect(() => seedList([entry])).toThrow(message);
  });
});

describe.skipIf(!hasCorpus())('seed ids are facts from the corpus', () => {
  const text = new Map<string, string>();
  const read = (file: string) => {
    if (!text.has(file)) text.set(file, readFileSync(corpusFile(file), 'utf8'));
    return text.get(file)!;
  };
  const withIds = seedList().filter((s) => s.playId || s.appleId);

  it.each(withIds.map((s) => [s.name, s] as [string, Seed]))('%s: each id appears in its source file', (_, seed) => {
    if (seed.playId) {
      const source = read(seed.source.play!);
      expect(source.includes(`id=${seed.playId}`) || source.includes(`,${seed.playId},`), `${seed.playId} in ${seed.source.play}`).toBe(true);
    }
    if (seed.appleId) {
      const source = read(seed.source.apple!);
      expect(source.includes(`/id${seed.appleId}`) || source.includes(`"id": ${seed.appleId},`), `${seed.appleId} in ${seed.source.apple}`).toBe(true);
    }
  });
});
