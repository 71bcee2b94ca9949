import { describe } from 'vitest';
import retention from '../../../shared/rules/privacy/retention.ts';
import { bare, table, withPolicy } from './helpers.ts';

describe('privacy.retention', () => {
  table(retention, [
    {
      name: 'a stated period',
      listing: withPolicy('We keep your mood records for 24 months after your last login.'),
      status: 'met',
      quote: '24 months',
    },
    {
      name: 'a rule: as long as your account is active',
      listing: withPolicy('We retain your personal information as long as your account is active.'),
      status: 'met',
    },
    {
      name: 'deletion within a period',
      listing: withPolicy('When you close your account, your data will be deleted within 30 days.'),
      status: 'met',
      quote: 'within 30 days',
    },
    {
      name: 'negated but still a period: "not … longer than two years"',
      listing: withPolicy('We will not store your data for longer than two years.'),
      status: 'met',
    },
    {
      name: 'vague: as long as necessary',
      listing: withPolicy('We retain personal data only for as long as necessary for the purposes set out in this policy.'),
      status: 'partial',
      quote: 'as long as necessary',
    },
    {
      name: 'off-topic: an age is not a period',
      listing: withPolicy('We do not knowingly store information from children under 13 years of age.'),
      status: 'not_met',
    },
    {
      name: 'off-topic: "keep you informed"',
      listing: withPolicy('We will keep you informed about new features every month.'),
      status: 'not_met',
    },
    { name: 'policy not read', listing: bare, status: 'unknown' },
  ]);
});
