import { describe } from 'vitest';
import policy from '../../../shared/rules/privacy/policy.ts';
import { bare, table, withPolicy } from './helpers.ts';

describe('privacy.policy', () => {
  table(policy, [
    {
      name: 'fetched policy with a title',
      listing: withPolicy(['Calm Notes Privacy Policy', 'This policy explains what personal information we collect and why.']),
      status: 'met',
      quote: 'Calm Notes Privacy Policy',
    },
    {
      name: 'fetched policy without a title but with the usual subjects',
      listing: withPolicy('We collect your personal data when you sign up. We use cookies. You can ask about your rights at any time.'),
      status: 'met',
      quote: 'personal data',
    },
    {
      name: 'link listed, policy not fetched',
      listing: { ...bare, privacyPolicyUrl: 'https://calmnotes.example/privacy' },
      status: 'met',
      quote: 'Privacy policy: https://calmnotes.example/privacy',
    },
    {
      name: 'link listed, quoted from the store page, not the description',
      listing: { ...bare, description: 'Read our Privacy Policy before you start.', privacyPolicyUrl: 'https://calmnotes.example/privacy' },
      status: 'met',
      quote: 'Privacy policy: https://calmnotes.example/privacy',
    },
    {
      name: 'the linked page is an error page, not a policy',
      listing: withPolicy('404 Not Found. The page you are looking for has moved. Go back to the home page.'),
      status: 'partial',
      quote: '404 Not Found',
    },
    {
      name: 'a shop page that mentions "policy" is not a privacy policy',
      listing: withPolicy('Our returns policy: send the item back within 30 days. Free delivery on all orders.'),
      status: 'partial',
    },
    { name: 'page read, no link shown', listing: { ...bare, privacyPolicyUrl: null }, status: 'not_met' },
    { name: 'link never gathered (e.g. a search-API import)', listing: bare, status: 'unknown' },
  ]);
});
