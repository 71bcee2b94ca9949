import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { parsePlayDataSafety } from '../../shared/parsers/play-datasafety.ts';
import { fixture } from './fixtures.ts';

const corpus = hasCorpus();
if (!corpus) console.warn(`play-datasafety: ${NO_CORPUS_MESSAGE}`);

const item = (category: string, type: string, purposes: string, optional: boolean) => ({
  category,
  type,
  purposes: purposes.split(', '),
  optional,
});

describe.skipIf(!corpus)('parsePlayDataSafety on the recorded data-safety page', () => {
  it('com.google.android.apps.translate: every data type with purposes and "Optional", and the security practices', () => {
    const html = readFileSync(corpusFile('store-pages/play/datasafety-com.google.android.apps.translate.html'), 'utf8');
    expect(parsePlayDataSafety(html)).toEqual({
      appId: 'com.google.android.apps.translate',
      title: 'Google Translate',
      missingFields: [],
      warnings: [],
      dataSafety: {
        sharedSummary: 'No data shared with third parties',
        collectedSummary: 'Data collected: Personal info, Device or other IDs, App activity, Location, Photos and videos, App info and performance, Contacts',
        noDataShared: true,
        noDataCollected: false,
        shared: [],
        collected: [
          item('Personal info', 'Name', 'Account management', true),
          item('Personal info', 'Email address', 'Analytics, Account management', true),
          item('Personal info', 'User IDs', 'App functionality, Analytics', false),
          item('Personal info', 'Address', 'Account management', true),
          item('Personal info', 'Phone number', 'Account management', true),
          item('Personal info', 'Other info', 'App functionality, Analytics, Developer communications, Account management', false),
          item('Device or other IDs', 'Device or other IDs', 'App functionality, Analytics, Account management', false),
          item('App activity', 'App interactions', 'App functionality, Analytics', false),
          item('App activity', 'Other user-generated content', 'App functionality, Analytics', true),
          item('App activity', 'Other actions', 'Analytics', false),
          item('Location', 'Approximate location', 'Analytics', false),
          item('Photos and videos', 'Photos', 'App functionality, Analytics, Account management', true),
          item('App info and performance', 'Crash logs', 'Analytics', false),
          item('App info and performance', 'Diagnostics', 'Analytics', false),
          item('App info and performance', 'Other app performance data', 'App functionality, Analytics', false),
          item('Contacts', 'Contacts', 'Account management', true),
        ],
        encryptedInTransit: true,
        deletionRequest: true,
        independentReview: true,
        detailed: true,
      },
    });
  });
});

describe('parsePlayDataSafety on made-up pages', () => {
  it('reads shared and collected data, "Data isn’t encrypted" and deletion', () => {
    const result = parsePlayDataSafety(fixture('play-datasafety-calm-harbour.html'));
    expect(result.appId).toBe('org.calmharbour.journal');
    expect(result.dataSafety).toEqual({
      sharedSummary: 'Data shared: Health and fitness, App activity',
      collectedSummary: 'Data collected: Health and fitness, Personal info',
      noDataShared: false,
      noDataCollected: false,
      shared: [
        item('Health and fitness', 'Health info', 'Analytics, Advertising or marketing', false),
        item('Health and fitness', 'Mood', 'App functionality', true),
        item('App activity', 'App interactions', 'Analytics', false),
      ],
      collected: [
        item('Health and fitness', 'Mood', 'App functionality, Personalization', false),
        item('Personal info', 'Email address', 'Account management', false),
      ],
      encryptedInTransit: false,
      deletionRequest: true,
      independentReview: null,
      detailed: true,
    });
  });

  it('without a data block, reads the visible headings and reports the data types missing', () => {
    const html = `<html><body><h1>Tidewell</h1><div>No data shared with third parties</div><div>Data collected</div>
      <div>Data is encrypted in transit</div><div>You can request that data be deleted</div></body></html>`;
    const result = parsePlayDataSafety(html, 'https://play.google.com/store/apps/datasafety?id=app.tidewell.breathe&hl=en');
    expect(result.appId).toBe('app.tidewell.breathe');
    expect(result.dataSafety).toMatchObject({ noDataShared: true, noDataCollected: false, encryptedInTransit: true, deletionRequest: true, shared: [], collected: [] });
    expect(result.missingFields).toEqual(['dataSafety.shared', 'dataSafety.collected']);
  });

  it('a page with no data-safety content reports it missing', () => {
    expect(parsePlayDataSafety('<html><body>We’re sorry, the requested URL was not found on this server.</body></html>').missingFields).toEqual(['dataSafety']);
  });
});
