import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { parseApplePrivacyApi, privacyLabelFromTypes } from '../../shared/parsers/apple-privacy-api.ts';

const corpus = hasCorpus();
if (!corpus) console.warn(`apple-privacy-api: ${NO_CORPUS_MESSAGE}`);
const apple = (name: string) => readFileSync(corpusFile(`store-pages/apple/${name}`), 'utf8');

describe.skipIf(!corpus)('parseApplePrivacyApi on the recorded API responses', () => {
  it('id719208154 (health app): all three label types with purposes', () => {
    const purposes = ['Third-Party Advertising', 'Analytics'];
    expect(parseApplePrivacyApi(apple('amp-api-privacy-id719208154.json'))).toEqual({
      appId: '719208154',
      missingFields: [],
      warnings: [],
      privacyLabel: {
        notCollected: false,
        tracking: [
          { category: 'Location', dataTypes: ['Coarse Location'], purposes: [] },
          { category: 'Identifiers', dataTypes: ['Device ID'], purposes: [] },
          { category: 'Usage Data', dataTypes: ['Product Interaction', 'Advertising Data'], purposes: [] },
          { category: 'Diagnostics', dataTypes: ['Crash Data', 'Performance Data'], purposes: [] },
        ],
        linked: [
          { category: 'Location', dataTypes: ['Coarse Location'], purposes },
          { category: 'Identifiers', dataTypes: ['Device ID'], purposes },
          { category: 'Usage Data', dataTypes: ['Product Interaction', 'Advertising Data'], purposes },
          { category: 'Diagnostics', dataTypes: ['Performance Data'], purposes },
        ],
        notLinked: [{ category: 'Diagnostics', dataTypes: ['Crash Data'], purposes }],
      },
    });
  });

  it('id389801252: tracking and linked data, purposes merged per category', () => {
    const { privacyLabel, appId } = parseApplePrivacyApi(JSON.parse(apple('amp-api-privacy-id389801252.json')));
    expect(appId).toBe('389801252');
    expect(privacyLabel!.tracking).toEqual([
      { category: 'Contact Info', dataTypes: ['Physical Address', 'Email Address', 'Name', 'Phone Number'], purposes: [] },
      { category: 'Identifiers', dataTypes: ['User ID', 'Device ID'], purposes: [] },
      { category: 'Other Data', dataTypes: ['Other Data Types'], purposes: [] },
    ]);
    expect(privacyLabel!.linked.map((c) => c.category)).toEqual([
      'Purchases', 'Financial Info', 'Location', 'Contact Info', 'Contacts', 'User Content', 'Search History', 'Browsing History', 'Identifiers', 'Usage Data', 'Diagnostics', 'Other Data', 'Health & Fitness', 'Sensitive Info',
    ]);
    expect(privacyLabel!.linked.find((c) => c.category === 'Health & Fitness')).toEqual({ category: 'Health & Fitness', dataTypes: ['Health', 'Fitness'], purposes: ['Analytics', 'App Functionality'] });
    expect(privacyLabel!.linked[0]!.purposes).toEqual(['Third-Party Advertising', 'Developer’s Advertising or Marketing', 'Analytics', 'Product Personalisation', 'App Functionality', 'Other Purposes']);
    expect(privacyLabel!.notLinked).toEqual([]);
    expect(privacyLabel!.notCollected).toBe(false);
  });
});

describe('privacyLabelFromTypes (made up)', () => {
  it('reads the newer title/categories shape and "Data Not Collected"', () => {
    expect(privacyLabelFromTypes([{ identifier: 'DATA_NOT_COLLECTED', title: 'Data Not Collected', categories: [] }])).toEqual({ notCollected: true, tracking: [], linked: [], notLinked: [] });
    expect(privacyLabelFromTypes([{ title: 'Data Not Linked to You', purposes: [{ title: 'Analytics', categories: [{ title: 'Diagnostics', dataTypes: ['Crash Data'] }] }] }])).toEqual({
      notCollected: false, tracking: [], linked: [], notLinked: [{ category: 'Diagnostics', dataTypes: ['Crash Data'], purposes: ['Analytics'] }],
    });
  });

  it.each([[undefined], [[]], [[{ identifier: 'SOMETHING_NEW', title: 'Something new' }]], ['DATA_LINKED_TO_YOU']])('gives nothing for %j', (input) => {
    expect(privacyLabelFromTypes(input)).toBeUndefined();
  });

  it('reports a response without privacy details as missing, and throws on non-JSON', () => {
    expect(parseApplePrivacyApi({ data: [{ id: '1', attributes: {} }] }).missingFields).toEqual(['privacyLabel']);
    expect(() => parseApplePrivacyApi('<html>')).toThrow(/not JSON/);
  });
});
