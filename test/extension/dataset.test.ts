import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { projectRoot } from '../../crawler/corpus.ts';
import { Dataset } from '../../shared/schema/dataset.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { indexDataset } from '../../extension/utils/dataset.ts';
import { answer } from '../../extension/utils/answer.ts';
import { isMessage } from '../../extension/utils/messages.ts';
import { AUTO_REGION } from '../../extension/utils/region.ts';
import { regionSetting, showBadgeSetting } from '../../extension/utils/settings.ts';
import { buildFixtureDataset } from '../fixtures/extension/build-dataset.ts';
import { DATASET_APPS } from '../fixtures/extension/apps.ts';

const DATASET_FILE = path.join(projectRoot, 'test/fixtures/extension/dataset.json');

describe('the bundled dataset', () => {
  it('is a valid dataset with unique (store, app id) entries', () => {
    const dataset = parseWith(Dataset, JSON.parse(readFileSync(DATASET_FILE, 'utf8')), 'bundled dataset');
    const keys = dataset.entries.map((e) => `${e.store}:${e.appId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(dataset.entries.length).toBeGreaterThan(0);
  });
});

describe('dataset lookup', () => {
  const index = indexDataset(buildFixtureDataset());

  it('finds each dataset app by store and id, and nothing for another store or id', () => {
    for (const app of DATASET_APPS) expect(index.get(app.store, app.appId)?.title).toBe(app.title);
    const [play] = DATASET_APPS;
    expect(index.get(play!.store === 'play' ? 'apple' : 'play', play!.appId)).toBeNull();
    expect(index.get('play', 'com.example.unknown')).toBeNull();
  });

  it('keeps the newest assessment when an app appears twice', () => {
    const dataset = buildFixtureDataset();
    const older = structuredClone(dataset.entries[0]!);
    older.assessment.assessedAt = '2020-01-01T00:00:00.000Z';
    older.title = 'older';
    const twice = indexDataset({ ...dataset, entries: [older, ...dataset.entries] });
    expect(twice.get(older.store, older.appId)?.title).not.toBe('older');
    expect(twice.size).toBe(dataset.entries.length);
  });

  it('answers the message protocol and ignores anything else', () => {
    const [app] = DATASET_APPS;
    expect((answer({ type: 'lookup', store: app!.store, appId: app!.appId }, index) as { appId: string }).appId).toBe(app!.appId);
    expect(answer({ type: 'lookup', store: 'play', appId: 'com.example.none' }, index)).toBeNull();
    expect(answer({ type: 'datasetInfo' }, index)).toEqual({ generatedAt: '2026-03-12T09:00:00.000Z', rubricVersion: index.info.rubricVersion, apps: 2 });
    for (const junk of [null, 'lookup', { type: 'lookup', store: 'web', appId: 'x' }, { type: 'lookup', store: 'play' }, { type: 'fetch', url: 'https://example.org' }]) {
      expect(isMessage(junk)).toBe(false);
      expect(answer(junk, index)).toBeUndefined();
    }
  });
});

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('default to the region from the page and a shown badge, and keep what the person chose', async () => {
    expect(await regionSetting.getValue()).toBe(AUTO_REGION);
    expect(await showBadgeSetting.getValue()).toBe(true);
    await regionSetting.setValue('nz');
    await showBadgeSetting.setValue(false);
    expect(await regionSetting.getValue()).toBe('nz');
    expect(await showBadgeSetting.getValue()).toBe(false);
    expect(await fakeBrowser.storage.local.get(['region', 'showBadge'])).toEqual({ region: 'nz', showBadge: false });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
