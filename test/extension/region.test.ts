import { describe, expect, it } from 'vitest';
import { helpNow } from '../../shared/summary.ts';
import { regionFromLanguage, resolveRegion } from '../../extension/utils/region.ts';

describe('resolveRegion: setting, then the store page, then the browser languages', () => {
  it.each([
    [{ setting: 'au', pageRegion: 'gb', languages: ['en-US'] }, 'au'],
    [{ setting: 'uk', pageRegion: null, languages: [] }, 'gb'],
    [{ setting: 'auto', pageRegion: 'ie', languages: ['en-GB'] }, 'ie'],
    [{ setting: 'auto', pageRegion: null, languages: ['fr', 'en-NZ', 'en-US'] }, 'nz'],
    [{ setting: null, pageRegion: undefined, languages: ['en-US'] }, 'us'],
    [{ setting: 'auto', pageRegion: null, languages: ['en', 'de'] }, null],
    [{ setting: 'auto', pageRegion: null, languages: ['es-419'] }, null],
  ])('%j → %s', (inputs, expected) => {
    expect(resolveRegion(inputs)).toBe(expected);
  });

  it('reads the country from a language tag, and nothing from a bare language', () => {
    expect(regionFromLanguage('en_GB')).toBe('gb');
    expect(regionFromLanguage('en')).toBeNull();
  });

  it('a region the directory does not cover gets the general advice, not another country\'s numbers', () => {
    const region = resolveRegion({ setting: 'auto', pageRegion: 'vn', languages: ['vi-VN'] });
    expect(region).toBe('vn');
    expect(helpNow(region).region).toBeNull();
    expect(helpNow(resolveRegion({ setting: 'auto', pageRegion: 'gb', languages: [] })).region).toBe('gb');
  });
});
