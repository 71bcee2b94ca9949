// Apple's App Privacy label from its JSON shapes: the catalogue API (`privacyDetails.privacyTypes`,
// also embedded in 2023 store pages as `privacy.privacyTypes`) and the newer store page
// (`shelfMapping.privacyTypes.items`, with `title`/`categories` instead of `privacyType`/`dataCategories`).
import type { PrivacyLabel, PrivacyLabelCategory } from '../schema/listing.ts';
import { isObject, text, tryJson, type JsonObject } from './html.ts';
import type { ParseReport } from './types.ts';

type Section = 'tracking' | 'linked' | 'notLinked' | 'notCollected';

/** Label section by Apple's identifier, then by its English heading. */
const SECTION_BY_IDENTIFIER: Record<string, Section> = {
  DATA_USED_TO_TRACK_YOU: 'tracking',
  DATA_LINKED_TO_YOU: 'linked',
  DATA_NOT_LINKED_TO_YOU: 'notLinked',
  DATA_NOT_COLLECTED: 'notCollected',
};
const SECTION_BY_HEADING: readonly [RegExp, Section][] = [
  [/used to track you/i, 'tracking'],
  [/not linked to you/i, 'notLinked'],
  [/linked to you/i, 'linked'],
  [/not collected/i, 'notCollected'],
];

export function labelSection(identifier: unknown, heading: unknown): Section | undefined {
  const byId = typeof identifier === 'string' ? SECTION_BY_IDENTIFIER[identifier] : undefined;
  if (byId) return byId;
  const title = text(heading);
  return title ? SECTION_BY_HEADING.find(([re]) => re.test(title))?.[1] : undefined;
}

export function emptyLabel(): PrivacyLabel {
  return { notCollected: false, tracking: [], linked: [], notLinked: [] };
}

/** Add a category (with its data types and purpose) to a section, merging repeats. */
function addCategory(list: PrivacyLabelCategory[], category: string, dataTypes: readonly string[], purpose?: string): void {
  let entry = list.find((c) => c.category === category);
  if (!entry) {
    entry = { category, dataTypes: [], purposes: [] };
    list.push(entry);
  }
  for (const type of dataTypes) if (!entry.dataTypes.includes(type)) entry.dataTypes.push(type);
  if (purpose && !entry.purposes.includes(purpose)) entry.purposes.push(purpose);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((s): s is string => s !== undefined) : [];
}

function categoriesOf(holder: JsonObject): JsonObject[] {
  const list = holder.dataCategories ?? holder.categories;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Either shape of `privacyTypes` → PrivacyLabel; undefined when the list is missing or empty. */
export function privacyLabelFromTypes(privacyTypes: unknown): PrivacyLabel | undefined {
  if (!Array.isArray(privacyTypes) || privacyTypes.length === 0) return undefined;
  const label = emptyLabel();
  let understood = 0;
  for (const type of privacyTypes) {
    if (!isObject(type)) continue;
    const section = labelSection(type.identifier, type.privacyType ?? type.title);
    if (!section) continue;
    understood++;
    if (section === 'notCollected') {
      label.notCollected = true;
      continue;
    }
    for (const category of categoriesOf(type)) {
      const name = text(category.dataCategory ?? category.title);
      if (name) addCategory(label[section], name, strings(category.dataTypes));
    }
    for (const purpose of Array.isArray(type.purposes) ? type.purposes.filter(isObject) : []) {
      const purposeName = text(purpose.purpose ?? purpose.title);
      for (const category of categoriesOf(purpose)) {
        const name = text(category.dataCategory ?? category.title);
        if (name) addCategory(label[section], name, strings(category.dataTypes), purposeName);
      }
    }
  }
  return understood ? label : undefined;
}

export interface ApplePrivacyApiResult extends ParseReport {
  appId?: string;
  privacyLabel?: PrivacyLabel;
}

/**
 * A catalogue API response (`{data: [{id, attributes: {privacyDetails: {privacyTypes}}}]}`) → the
 * privacy label. Accepts the JSON text or the parsed value; throws only when it is not JSON.
 */
export function parseApplePrivacyApi(input: string | unknown): ApplePrivacyApiResult {
  const json = typeof input === 'string' ? tryJson(input) : input;
  if (json === undefined) throw new TypeError(`Apple privacy API response: not JSON (starts "${String(input).slice(0, 30)}")`);
  const result: ApplePrivacyApiResult = { missingFields: [], warnings: [] };
  const app = isObject(json) && Array.isArray(json.data) ? json.data.find(isObject) : undefined;
  const id = app ? text(String(app.id ?? '')) : undefined;
  if (id) result.appId = id;
  const attributes = app && isObject(app.attributes) ? app.attributes : undefined;
  const details = attributes && (isObject(attributes.privacyDetails) ? attributes.privacyDetails : isObject(attributes.privacy) ? attributes.privacy : undefined);
  const label = privacyLabelFromTypes(details?.privacyTypes);
  if (label) result.privacyLabel = label;
  else result.missingFields.push('privacyLabel');
  return result;
}
