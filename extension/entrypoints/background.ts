// Holds the bundled dataset and the engine: answers lookups and live assessments from the content
// script and popup. It makes no requests: the dataset was validated at build time and ships inside it.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Dataset } from '../../shared/schema/dataset.ts';
// The crawler's exported dataset, or the one MINDLABEL_DATASET names (see wxt.config.ts).
import bundled from 'mindlabel:dataset';
import { indexDataset, type DatasetIndex } from '../utils/dataset.ts';
import { answer } from '../utils/answer.ts';

export default defineBackground(() => {
  let index: DatasetIndex | null = null;
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    index ??= indexDataset(bundled as unknown as Dataset);
    const reply = answer(message, index);
    if (reply === undefined) return false;
    sendResponse(reply);
    return false;
  });
});
