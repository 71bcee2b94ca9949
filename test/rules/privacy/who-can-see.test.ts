import { describe } from 'vitest';
import whoCanSee from '../../../shared/rules/privacy/who-can-see.ts';
import { bare, table, withPolicy } from './helpers.ts';

describe('privacy.who-can-see', () => {
  table(whoCanSee, [
    {
      name: 'staff access limited',
      listing: withPolicy('Only authorized staff can access your journal entries, and only to fix problems you report.'),
      status: 'met',
      quote: 'authorized staff',
    },
    {
      name: 'care team and employer',
      listing: withPolicy('Your therapist can see your mood entries. Your employer will never see your personal information.'),
      status: 'met',
      quote: 'therapist can see',
    },
    {
      name: 'only the law',
      listing: withPolicy('We may disclose your information to law enforcement when required by law.'),
      status: 'partial',
      quote: 'law enforcement',
    },
    {
      name: 'off-topic: staff mentioned without access to data',
      listing: withPolicy('Our staff are trained psychologists with years of experience.'),
      status: 'not_met',
    },
    {
      name: 'off-topic: "parent companies" are not parents',
      listing: withPolicy('We are owned by a group of parent companies.'),
      status: 'not_met',
    },
    { name: 'policy not read', listing: bare, status: 'unknown' },
  ]);
});
