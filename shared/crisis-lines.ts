// The verified crisis-service directory (from design/CRISIS_LINES.md), and the check of numbers that
// listings give. A wrong number here is a safety defect: every entry names its source, and a test
// pins every number. Check against the organisations' own pages before each release.

export const CRISIS_LINES_VERIFIED_ON = '2026-11-27';

export type CrisisRegion = 'gb' | 'ie' | 'us' | 'ca' | 'au' | 'nz';

export interface CrisisContact {
  kind: 'call' | 'text';
  /** As people should read it: "116 123", "SHOUT to 85258". */
  display: string;
  /** Digits dialled or texted. */
  digits: string;
  /** Word to text, if any ("SHOUT"). */
  keyword?: string;
}

export interface CrisisLine {
  region: CrisisRegion;
  name: string;
  /** What the service offers, in plain words. */
  offers: string;
  contacts: readonly CrisisContact[];
  /** Emergency services (999, 911, 000…): for immediate danger to life. */
  emergency: boolean;
  /** Who it is for, when limited ("under 19"). */
  audience?: string;
  /** How the listing text may name this service. */
  namePattern: RegExp;
  /** Where the facts were checked. */
  source: string;
}

const call = (display: string): CrisisContact => ({ kind: 'call', display, digits: display.replace(/\D/gu, '') });
const text = (keyword: string, to: string): CrisisContact => ({
  kind: 'text',
  display: keyword ? `${keyword} to ${to}` : to,
  digits: to.replace(/\D/gu, ''),
  ...(keyword ? { keyword } : {}),
});

export const CRISIS_LINES: readonly CrisisLine[] = [
  // United Kingdom
  { region: 'gb', name: 'Emergency services', offers: 'Help when a life is in danger right now.', contacts: [call('999')], emergency: true, namePattern: /\b(?:emergency services|A&E|999)\b/iu, source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/' },
  { region: 'gb', name: 'NHS 111', offers: 'Urgent help for your mental health, day or night. In England, choose the mental health option.', contacts: [call('111')], emergency: false, namePattern: /\bNHS\s*111\b/iu, source: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/' },
  { region: 'gb', name: 'Samaritans', offers: 'Someone to talk to about anything, at any time. It is free.', contacts: [call('116 123')], emergency: false, namePattern: /\bSamaritans\b(?!\s+(?:of\s+)?Ireland)/iu, source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/' },
  { region: 'gb', name: 'Shout', offers: 'Free text support at any time, with a trained volunteer.', contacts: [text('SHOUT', '85258')], emergency: false, namePattern: /\bShout\s*(?:85258|\(85258\))|\b[Tt](?:EXT|ext)\s+SHOUT\b|\bShout\s+(?:text\s+)?(?:service|crisis|line)/u, source: 'https://giveusashout.org/get-help/' },
  { region: 'gb', name: 'Childline', offers: 'Support for children and young people under 19.', contacts: [call('0800 1111')], emergency: false, audience: 'under 19', namePattern: /\bChild\s?line\b/iu, source: 'https://www.childline.org.uk/get-support/contacting-childline/' },
  { region: 'gb', name: 'PAPYRUS HOPELINE247', offers: 'Advice for young people under 35 who have thoughts of suicide, and for people worried about them.', contacts: [call('0800 068 4141')], emergency: false, audience: 'under 35', namePattern: /\b(?:PAPYRUS|HOPE\s?LINE\s?247|HOPELINEUK)\b/iu, source: 'https://www.papyrus-uk.org/hopeline247/' },
  // Ireland
  { region: 'ie', name: 'Emergency services', offers: 'Help when a life is in danger right now.', contacts: [call('112'), call('999')], emergency: true, namePattern: /\b(?:emergency services|112|999)\b/iu, source: 'https://www.gov.ie/en/service/emergency-services/' },
  { region: 'ie', name: 'Samaritans Ireland', offers: 'Someone to talk to, at any time of day or night.', contacts: [call('116 123')], emergency: false, namePattern: /\bSamaritans\s+(?:of\s+)?Ireland\b/iu, source: 'https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/' },
  { region: 'ie', name: 'Pieta', offers: 'Support in a suicide or self-harm crisis.', contacts: [call('1800 247 247'), text('HELP', '51444')], emergency: false, namePattern: /\bPieta(?:\s+House)?\b/iu, source: 'https://www.pieta.ie/contact-us/' },
  { region: 'ie', name: 'Text About It', offers: 'Free text support at any time.', contacts: [text('HELLO', '50808')], emergency: false, namePattern: /\b(?:Text\s*About\s*It|50808)\b/iu, source: 'https://www.textaboutit.ie/' },
  // United States
  { region: 'us', name: 'Emergency services', offers: 'Help when a life is in danger right now.', contacts: [call('911')], emergency: true, namePattern: /\b(?:emergency services|911)\b/iu, source: 'https://www.911.gov/' },
  { region: 'us', name: '988 Suicide & Crisis Lifeline', offers: 'Support in a crisis, at any time. You can call or text.', contacts: [call('988'), text('', '988')], emergency: false, namePattern: /\b(?:988\s+)?Suicide\s+(?:&|and)\s+Crisis\s+Lifeline\b|\bNational\s+Suicide\s+Prevention\s+Lifeline\b|\b988\s+Lifeline\b/iu, source: 'https://988lifeline.org/' },
  { region: 'us', name: 'Crisis Text Line', offers: 'Free text support at any time.', contacts: [text('HOME', '741741')], emergency: false, namePattern: /\bCrisis\s+Text\s+Line\b/iu, source: 'https://www.crisistextline.org/' },
  // Canada
  { region: 'ca', name: 'Emergency services', offers: 'Help when a life is in danger right now.', contacts: [call('911')], emergency: true, namePattern: /\b(?:emergency services|911)\b/iu, source: 'https://www.canada.ca/en/public-health/services/mental-health-services/mental-health-get-help.html' },
  { region: 'ca', name: '9-8-8 Suicide Crisis Helpline', offers: 'Support if you are thinking about suicide, at any time. You can call or text.', contacts: [call('988'), text('', '988')], emergency: false, namePattern: /\b(?:9-8-8|988)\s*(?::\s*)?Suicide\s+Crisis\s+Helpline\b|\bSuicide\s+Crisis\s+Helpline\b/iu, source: 'https://988.ca/' },
  // Australia
  { region: 'au', name: 'Emergency services', offers: 'Help when a life is in danger right now.', contacts: [call('000')], emergency: true, namePattern: /\b(?:emergency services|000|triple zero)\b/iu, source: 'https://www.triplezero.gov.au/' },
  { region: 'au', name: 'Lifeline', offers: 'Support in a crisis, at any time.', contacts: [call('13 11 14'), text('', '0477 13 11 14')], emergency: false, namePattern: /(?<!(?:Crisis|Prevention|988)\s)\bLifeline(?:\s+Australia)?\b(?!\s+Aotearoa)/iu, source: 'https://www.lifeline.org.au/' },
  { region: 'au', name: 'Beyond Blue', offers: 'Support for anxiety and depression.', contacts: [call('1300 22 4636')], emergency: false, namePattern: /\bBeyond\s?Blue\b/iu, source: 'https://www.beyondblue.org.au/get-support/talk-to-a-counsellor' },
  { region: 'au', name: 'Kids Helpline', offers: 'Support for young people aged 5 to 25.', contacts: [call('1800 55 1800')], emergency: false, audience: 'aged 5 to 25', namePattern: /\bKids\s+Help\s?line\b/iu, source: 'https://kidshelpline.com.au/' },
  // New Zealand
  { region: 'nz', name: 'Emergency services', offers: 'Help when a life is in danger right now.', contacts: [call('111')], emergency: true, namePattern: /\b(?:emergency services|111)\b/iu, source: 'https://www.police.govt.nz/contact-us/111-emergency-calls' },
  { region: 'nz', name: 'Need to talk? 1737', offers: 'Free support from a trained counsellor, at any time. You can call or text.', contacts: [call('1737'), text('', '1737')], emergency: false, namePattern: /\bNeed\s+to\s+talk\??\s*(?:\(?1737\)?)?|\b1737\b/iu, source: 'https://1737.org.nz/' },
  { region: 'nz', name: 'Lifeline Aotearoa', offers: 'Support in a crisis, at any time.', contacts: [call('0800 543 354')], emergency: false, namePattern: /\bLifeline\s+Aotearoa\b/iu, source: 'https://www.lifeline.org.nz/' },
];

/** Numbers that used to be right and now forward elsewhere: outdated, not wrong. */
export interface OutdatedNumber {
  region: CrisisRegion;
  digits: readonly string[];
  was: string;
  nowUse: string;
}

export const OUTDATED_NUMBERS: readonly OutdatedNumber[] = [
  { region: 'us', digits: ['18002738255', '8002738255'], was: 'National Suicide Prevention Lifeline (1-800-273-8255)', nowUse: '988 Suicide & Crisis Lifeline' },
];

/** For people outside the regions above. */
export const INTERNATIONAL_DIRECTORY = { name: 'Find A Helpline', url: 'https://findahelpline.com' } as const;

const REGION_ALIASES: Record<string, CrisisRegion> = { uk: 'gb', gb: 'gb', ie: 'ie', us: 'us', ca: 'ca', au: 'au', nz: 'nz' };

/** "GB", "uk", "en-GB" → "gb"; anything we have no services for → null. */
export function normaliseRegion(code: string | null | undefined): CrisisRegion | null {
  if (!code) return null;
  const c = code.trim().toLowerCase();
  const tail = c.includes('-') || c.includes('_') ? c.split(/[-_]/u).pop()! : c;
  return REGION_ALIASES[tail] ?? null;
}

export function servicesFor(region: string | null | undefined): CrisisLine[] {
  const r = normaliseRegion(region);
  return r ? CRISIS_LINES.filter((l) => l.region === r) : [];
}

export interface NumberCheck {
  verdict: 'correct' | 'outdated' | 'wrong' | 'unrecognised';
  /** The service the number belongs to (correct), or the right service to use instead. */
  service?: CrisisLine;
  outdated?: OutdatedNumber;
}

function linesWithDigits(digits: string): CrisisLine[] {
  return CRISIS_LINES.filter((l) => l.contacts.some((c) => c.digits === digits));
}

/** The service people in `region` should use instead of a wrong number (a crisis line, not 999). */
export function replacementFor(region: CrisisRegion, emergency: boolean): CrisisLine | undefined {
  return CRISIS_LINES.find((l) => l.region === region && l.emergency === emergency);
}

/**
 * Is `digits`, given as a crisis or emergency number for `region`, right there?
 * A number of another region presented as local is wrong; a number we do not know is unrecognised
 * (it may be a local service missing from the directory, so it is never called wrong on its own).
 */
export function checkCrisisNumber(rawDigits: string, region: string | null | undefined): NumberCheck {
  const digits = rawDigits.replace(/\D/gu, '');
  const r = normaliseRegion(region);
  const outdated = OUTDATED_NUMBERS.find((o) => o.digits.includes(digits) && (!r || o.region === r));
  if (outdated) {
    return { verdict: 'outdated', outdated, service: CRISIS_LINES.find((l) => l.region === outdated.region && l.name === outdated.nowUse) };
  }
  const owners = linesWithDigits(digits);
  if (owners.length === 0) return { verdict: 'unrecognised' };
  if (!r) return { verdict: 'correct', service: owners[0] };
  const local = owners.find((l) => l.region === r);
  if (local) return { verdict: 'correct', service: local };
  return { verdict: 'wrong', service: replacementFor(r, owners[0]!.emergency) };
}

/** Services the text names, with where (for checking the number given beside a name). */
export function servicesNamedIn(textToSearch: string): { line: CrisisLine; start: number; end: number }[] {
  const out: { line: CrisisLine; start: number; end: number }[] = [];
  for (const line of CRISIS_LINES) {
    if (line.emergency) continue;
    const m = line.namePattern.exec(textToSearch);
    if (m) out.push({ line, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A number given right beside a named service: right for that service, outdated, or wrong
 * ("Samaritans: 116 132"). Null when the service has no number of that kind to compare.
 */
export function checkServiceNumber(line: CrisisLine, rawDigits: string): NumberCheck {
  const digits = rawDigits.replace(/\D/gu, '');
  if (line.contacts.some((c) => c.digits === digits)) return { verdict: 'correct', service: line };
  const outdated = OUTDATED_NUMBERS.find((o) => o.digits.includes(digits) && o.region === line.region);
  if (outdated) return { verdict: 'outdated', outdated, service: line };
  return { verdict: 'wrong', service: line };
}
