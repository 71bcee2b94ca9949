import { describe } from 'vitest';
import encryption from '../../../shared/rules/privacy/encryption.ts';
import { bare, table, withDataSafety, withPolicy } from './helpers.ts';

describe('privacy.encryption', () => {
  table(encryption, [
    {
      name: 'Play: encrypted in transit',
      listing: withDataSafety({ encryptedInTransit: true }),
      status: 'met',
      quote: 'Data is encrypted in transit',
    },
    {
      name: 'Play: not encrypted',
      listing: withDataSafety({ encryptedInTransit: false }),
      status: 'not_met',
      quote: 'Data isn’t encrypted',
    },
    {
      name: 'Play silent, policy names TLS',
      listing: withDataSafety({}, 'All data sent between the app and our servers is protected with TLS.'),
      status: 'met',
      quote: 'TLS',
    },
    {
      name: 'policy: encrypted at rest',
      listing: withPolicy('Your journal entries are encrypted when stored on our servers.'),
      status: 'met',
      quote: 'encrypted',
    },
    {
      name: 'policy: "is not encrypted" (negated)',
      listing: withPolicy('Information you send us by email is not encrypted.'),
      status: 'not_met',
    },
    {
      name: 'off-topic: an https link is not a claim',
      listing: withPolicy('Read more at https://calmnotes.example/security.'),
      status: 'not_met',
    },
    { name: 'Play silent, no policy', listing: withDataSafety({}), status: 'unknown' },
    { name: 'nothing gathered', listing: bare, status: 'unknown' },
  ]);
});
