// The store's structured privacy sections rendered as lines in the stores' own words, so criteria
// can match and quote them exactly like free text (quotes point into this rendering).
import type { DataSafety, DataSafetyItem, Listing, PrivacyLabel, PrivacyLabelCategory } from '../schema/listing.ts';

function itemLine(verb: string, item: DataSafetyItem): string {
  const purposes = item.purposes.length ? ` – ${item.purposes.join(', ')}` : '';
  const optional = item.optional ? ' (optional)' : '';
  return `Data ${verb}: ${item.category}: ${item.type}${optional}${purposes}`;
}

export function renderDataSafety(ds: DataSafety): string {
  const lines: string[] = [];
  if (ds.sharedSummary) lines.push(ds.sharedSummary);
  else if (ds.noDataShared === true) lines.push('No data shared with third parties');
  for (const item of ds.shared) lines.push(itemLine('shared', item));
  if (ds.collectedSummary) lines.push(ds.collectedSummary);
  else if (ds.noDataCollected === true) lines.push('No data collected');
  for (const item of ds.collected) lines.push(itemLine('collected', item));
  if (ds.encryptedInTransit === true) lines.push('Data is encrypted in transit');
  if (ds.encryptedInTransit === false) lines.push('Data isn’t encrypted');
  if (ds.deletionRequest === true) lines.push('You can request that data be deleted');
  if (ds.deletionRequest === false) lines.push('Data can’t be deleted');
  if (ds.independentReview === true) lines.push('Independent security review');
  return lines.join('\n');
}

function categoryLine(section: string, c: PrivacyLabelCategory): string {
  const types = c.dataTypes.length ? ` (${c.dataTypes.join(', ')})` : '';
  const purposes = c.purposes.length ? ` – ${c.purposes.join(', ')}` : '';
  return `${section}: ${c.category}${types}${purposes}`;
}

export function renderPrivacyLabel(label: PrivacyLabel): string {
  const lines: string[] = [];
  if (label.notCollected) lines.push('Data Not Collected');
  for (const c of label.tracking) lines.push(categoryLine('Data Used to Track You', c));
  for (const c of label.linked) lines.push(categoryLine('Data Linked to You', c));
  for (const c of label.notLinked) lines.push(categoryLine('Data Not Linked to You', c));
  return lines.join('\n');
}

/** The store page's links, so a finding resting on them ("it links to a privacy policy") can quote them. */
export function renderStorePage(listing: Pick<Listing, 'privacyPolicyUrl' | 'developerWebsite' | 'privacyPolicy'>): string {
  const lines: string[] = [];
  const policyUrl = listing.privacyPolicyUrl ?? listing.privacyPolicy?.url;
  if (policyUrl) lines.push(`Privacy policy: ${policyUrl}`);
  if (listing.developerWebsite) lines.push(`Developer website: ${listing.developerWebsite}`);
  return lines.join('\n');
}
