import { describe } from 'vitest';
import deletion from '../../../shared/rules/privacy/deletion.ts';
import { bare, table, withDataSafety, withPolicy } from './helpers.ts';

describe('privacy.deletion', () => {
  table(deletion, [
    {
      name: 'Play: you can request deletion',
      listing: withDataSafety({ deletionRequest: true }),
      status: 'met',
      quote: 'You can request that data be deleted',
    },
    {
      name: 'Play: data can’t be deleted',
      listing: withDataSafety({ deletionRequest: false }),
      status: 'not_met',
      quote: 'Data can’t be deleted',
    },
    {
      name: 'policy: delete your account in Settings',
      listing: withPolicy('You can delete your account and all your entries at any time in Settings.'),
      status: 'met',
      quote: 'delete your account',
    },
    {
      name: 'policy: right to erasure',
      listing: withPolicy('Under the GDPR you have the right to access, correct or erase your personal data.'),
      status: 'met',
    },
    {
      name: 'policy: request by email',
      listing: withPolicy('To request deletion of your data, email privacy@calmnotes.example.'),
      status: 'met',
      quote: 'request deletion',
    },
    {
      name: 'policy: deleting the app does not delete data (negated)',
      listing: withPolicy('Uninstalling the app does not delete your data.'),
      status: 'not_met',
    },
    {
      name: 'off-topic: the company may delete accounts that break the rules',
      listing: withPolicy('We may delete your account if you break these terms.'),
      status: 'not_met',
      notQuote: 'break these terms',
    },
    {
      name: 'off-topic: clearing cookies',
      listing: withPolicy('You can remove cookies in your browser settings.'),
      status: 'not_met',
    },
    { name: 'nothing gathered', listing: bare, status: 'unknown' },
  ]);
});
