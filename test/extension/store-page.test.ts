import { describe, expect, it } from 'vitest';
import { detectStorePage, normaliseLanguage, samePage } from '../../extension/utils/store-page.ts';

describe('detectStorePage: app pages that must match', () => {
  it.each([
    ['https://play.google.com/store/apps/details?id=com.example.calm', { store: 'play', appId: 'com.example.calm', region: null, language: null }],
    ['https://play.google.com/store/apps/details?id=com.example.calm&hl=en_GB&gl=GB', { store: 'play', appId: 'com.example.calm', region: 'gb', language: 'en-GB' }],
    ['https://play.google.com/store/apps/details?hl=de&gl=at&id=de.example.ruhe_app', { store: 'play', appId: 'de.example.ruhe_app', region: 'at', language: 'de' }],
    ['https://play.google.com/store/apps/details?id=com.example.calm&hl=pt-BR', { store: 'play', appId: 'com.example.calm', region: null, language: 'pt-BR' }],
    ['https://play.google.com/store/apps/details/Calm_App?id=com.example.calm&gl=us', { store: 'play', appId: 'com.example.calm', region: 'us', language: null }],
    ['https://play.google.com/store/apps/details?id=com.example.calm#details-reviews', { store: 'play', appId: 'com.example.calm', region: null, language: null }],
    ['https://apps.apple.com/gb/app/calm-harbour/id987654321', { store: 'apple', appId: '987654321', region: 'gb', language: null }],
    ['https://apps.apple.com/us/app/id1234567890', { store: 'apple', appId: '1234567890', region: 'us', language: null }],
    ['https://apps.apple.com/app/calm-harbour/id987654321', { store: 'apple', appId: '987654321', region: null, language: null }],
    ['https://apps.apple.com/ca/app/calme/id987654321?l=fr-CA', { store: 'apple', appId: '987654321', region: 'ca', language: 'fr-CA' }],
    ['https://apps.apple.com/vn/app/%E1%BB%A9ng-d%E1%BB%A5ng/id1193542964?platform=iphone', { store: 'apple', appId: '1193542964', region: 'vn', language: null }],
    ['https://apps.apple.com/au/app/calm-harbour/id987654321/', { store: 'apple', appId: '987654321', region: 'au', language: null }],
  ])('%s', (url, expected) => {
    expect(detectStorePage(url)).toEqual(expected);
  });
});

describe('detectStorePage: pages that must NOT match', () => {
  it.each([
    'https://play.google.com/store/apps',
    'https://play.google.com/store/search?q=anxiety&c=apps',
    'https://play.google.com/store/apps/dev?id=5700313618786177705',
    'https://play.google.com/store/apps/developer?id=Example+Ltd',
    'https://play.google.com/store/apps/category/HEALTH_AND_FITNESS',
    'https://play.google.com/store/apps/datasafety?id=com.example.calm',
    'https://play.google.com/store/apps/details',
    'https://play.google.com/store/apps/details?id=',
    'https://play.google.com/store/apps/details?id=notapackage',
    'https://play.google.com/store/apps/details?id=com.example.calm%22%3E%3Cscript%3E',
    'https://play.google.com/store/books/details?id=AbCdEf12',
    'https://play.google.com/store/movies/details/Some_Film?id=abc123',
    'http://play.google.com/store/apps/details?id=com.example.calm',
    'https://play.google.com.evil.example/store/apps/details?id=com.example.calm',
    'https://evil.example/play.google.com/store/apps/details?id=com.example.calm',
    'https://apps.apple.com/gb/developer/example-ltd/id123456789',
    'https://apps.apple.com/us/story/id1538632801',
    'https://apps.apple.com/us/charts/iphone',
    'https://apps.apple.com/us/search?term=anxiety',
    'https://apps.apple.com/us/iphone/today',
    'https://apps.apple.com/us/app-bundle/calm-bundle/id1234567890',
    'https://apps.apple.com/us/app/calm-harbour',
    'https://apps.apple.com/usa/app/calm-harbour/id987654321',
    'https://itunes.apple.com/gb/app/calm-harbour/id987654321',
    'https://apps.apple.com.evil.example/gb/app/calm/id987654321',
    'not a url',
    '',
  ])('%s', (url) => {
    expect(detectStorePage(url)).toBeNull();
  });
});

describe('normaliseLanguage', () => {
  it.each([
    ['en_GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['EN', 'en'],
    ['zh-hant', 'zh-Hant'],
    ['es-419', 'es-419'],
    ['', null],
    ['english', null],
    [null, null],
  ])('%s → %s', (tag, expected) => {
    expect(normaliseLanguage(tag)).toBe(expected);
  });
});

describe('samePage', () => {
  it('treats region and language changes as the same app, other ids as another app', () => {
    const a = detectStorePage('https://play.google.com/store/apps/details?id=com.example.calm&gl=gb');
    const b = detectStorePage('https://play.google.com/store/apps/details?id=com.example.calm&gl=us&hl=en');
    const c = detectStorePage('https://play.google.com/store/apps/details?id=com.example.other');
    expect(samePage(a, b)).toBe(true);
    expect(samePage(a, c)).toBe(false);
    expect(samePage(a, null)).toBe(false);
  });
});
