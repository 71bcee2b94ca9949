// Theme mining on real-looking review sentences (written for these tests), per theme, with
// sentences that must NOT be put under the theme.
import { describe, expect, it } from 'vitest';
import type { ReviewTheme } from '../../shared/schema/listing.ts';
import { reviewThemes, themeSentence } from '../../crawler/reviews/mine.ts';

const themesOf = (sentence: string) => themeSentence(sentence).map((m) => m.theme);

const cases: Record<ReviewTheme, { match: string[]; noMatch: string[] }> = {
  helped: {
    match: [
      'This app has really helped me with my anxiety.',
      'Helps me fall asleep when my mind is racing',
      "Honestly, I can't believe how much this helped.",
      'I feel so much calmer after the morning sessions.',
      'I no longer have panic attacks before work.',
      'It reduced my stress more than I expected.',
      'Life changing app, thank you.',
      'Very helpful when I am spiralling.',
      'Since using it I sleep much better.',
    ],
    noMatch: [
      "It didn't help at all.",
      'It would be helpful if you added a dark mode.',
      'I hope it helps someone else.',
      'The app is supposed to make you feel better.',
      'Customer support was helpful and sorted my refund.',
      'Why do they need my email to help me sleep better?',
      'Not helpful.',
      'Everything useful is locked behind the premium plan.',
    ],
  },
  'no-effect': {
    match: [
      "It didn't help at all.",
      'Honestly it does nothing for me.',
      'Not helpful.',
      "I haven't noticed any difference after a month.",
      'Waste of time.',
      "It just didn't work for me.",
      'This app is completely useless.',
    ],
    noMatch: [
      'It helped a lot.',
      "It's not useless, just limited.",
      'The search feature is useless.',
      'Useless unless you pay for premium.',
      'Reinstalling the app made no difference to the crash.',
    ],
  },
  'felt-worse': {
    match: [
      'This app made my anxiety so much worse.',
      'Honestly it makes me feel more anxious.',
      'The sleep stories gave me nightmares.',
      'Some of the exercises were really triggering.',
      'I felt worse after using it for a week.',
      'The constant reminders stress me out.',
      'It increased my anxiety instead of reducing it.',
      'This app gives nightmares!',
      'The constant pop-ups caused me so much stress.',
      'Thanks for making my anxiety that much worse.',
      'You have left me very stressed this morning.',
      'This has stressed me out so badly.',
      'Ironically this is making me 10x more stressed.',
      'I am feeling so so much worse from it.',
      'If anything it made me more anxious.',
      'The sign-up maze gave new added anxiety.',
      'This app causes stress!',
      'The streak counter just adds more stress to the mix.',
      'Honestly this is creating more anxiety.',
      'It did far more harm than good for me.',
      'The bell at the end scared the living daylights out of me.',
      'It basically induces the exact opposite of calm.',
      'I am furious and very far from calm.',
      'This app is so stressful.',
      'Their replies make you feel like a failure for missing a day.',
      'The new layout increases the anxiety I came here to calm.',
      'Stressed me out.',
    ],
    noMatch: [
      "It didn't make me feel worse, just bored.",
      'I was worried it would make me worse but it was fine.',
      'My anxiety got worse last year so I downloaded this.',
      'If it makes you feel worse, stop and talk to someone.',
      "Waiting for support to answer just makes things slow.",
      'My last app made me more anxious, this one is great.',
      'The breathing exercise gives me anxiety relief every night.',
      'Stress causes anxiety, and this app helps with both.',
      'If it made me more anxious I would stop.',
      'Work stresses me out, so I open this app at lunch.',
      'Meditating can cause anxiety in some people at first.',
      'The thoughts that used to cause me anxiety are quieter now.',
      'It added a new sleep story this week.',
      'It gives anxiety relief in minutes.',
      'Work is stressful, this app is the opposite.',
      'The app increased my sleep by an hour.',
      'It never makes you feel like a failure.',
    ],
  },
  privacy: {
    match: [
      'They sell your data to third parties.',
      'Why does a meditation app need access to my contacts?',
      'Read the privacy policy before you sign up.',
      'I want to delete my data and there is no way to do it.',
      'It asks for your Facebook login just to try it.',
      'Way too many permissions for a breathing app.',
      'Unbelievable set of permissions with no way of turning any off.',
      'Why is the device id permission required for a sleep app?',
      'They steal all of our information including our health records.',
      'It is just a trick to get your info and sell you a plan.',
      'There is no way to easily delete your account once you sign up.',
      'Uninstalled when it asked for my facebook details.',
      'Why do they need to know my date of birth and location to play rain sounds?',
      'I do not need to give you my email address to breathe.',
      'You have to put in your real name and home address, no thanks.',
      'My therapy emails went to a non-private address.',
      'Found out they pass it all on to advertisers.',
      'It is recording everything I say through the mic.',
    ],
    noMatch: [
      'The update deleted all my data and progress.',
      'Charged me without my permission.',
      'Love the calming voice.',
      'Permissions were not granted error every time I log in.',
      'Please allow notification permissions so reminders work.',
      'Why do I have to give card details for a free trial?',
      'I could not get information about the price anywhere.',
      'Support asked for my email address and never replied.',
      'Did you get my email about the refund?',
      'I want my data back after the update.',
      'It shares everything with Google Fit after each session.',
      'The intrusive pop-ups ruin the calm.',
      'Why do I have to log in every single time?',
    ],
  },
  'not-for-me': {
    match: [
      'The chatbot gives generic responses and feels robotic.',
      "It doesn't understand me at all.",
      'Appreciate the idea, but it is just not for me.',
      'The advice felt condescending.',
      'Same canned responses every time I open up.',
    ],
    noMatch: [
      "Don't get me wrong, I love this app.",
      'The responses never feel robotic.',
      'It gets me through the day.',
      'I used to think meditation was not for me.',
    ],
  },
  crisis: {
    match: [
      'When I said I was suicidal it gave me a hotline number straight away.',
      'It has a crisis button that links to the Samaritans.',
      'I was close to self-harming and the app helped me wait it out.',
      'Some nights I did not want to live, and the check-ins kept me going.',
      'After my nervous breakdown my therapist suggested this app.',
      'It told me to call 999 when I said I wanted to die.',
      'The urge to hurt myself passed after the breathing exercise.',
      'Dark thoughts kept me up at night and the sleep stories helped.',
      'I was having meltdowns every week before I started.',
    ],
    noMatch: [
      'My midlife crisis made me try meditation.',
      'Great app for relaxing after work.',
      'Call the customer service hotline for billing.',
      'I had to add an emergency contact before the first session.',
      'The ads make me want to die lol.',
      'Paying $999 for this would make me want to kill myself.',
      'I cut myself off from social media and use this instead.',
      'I hurt myself doing the yoga stretches.',
      'The cost-of-living crisis means I cannot pay for premium.',
      'Their support hotline never answers.',
      'Only 112 sessions are free.',
      'The dark theme is easier on the eyes.',
      'The price breakdown was not shown before the trial.',
    ],
  },
  cost: {
    match: [
      'Way too expensive for what it is.',
      'Everything is locked behind a paywall.',
      'They charged me after I cancelled the trial.',
      "I can't cancel my subscription in the app.",
      'It is not free at all.',
      'You have to pay for almost everything.',
      'Not worth the money.',
    ],
    noMatch: ['Not expensive at all.', 'I love that there is no paywall.', 'Unlike other apps, you have to pay nothing here.', 'Therapy is expensive to get locally, so this was great.'],
  },
  technical: {
    match: [
      'Crashes every time I open it.',
      "Won't load since the update.",
      'I cannot log in anymore.',
      'The timer keeps freezing.',
      'The update wiped all my journal entries... lost all my progress.',
      'Audio doesn\'t work on my phone.',
    ],
    noMatch: ['Never crashes, love it.', 'No bugs so far.', 'It took some trial and error to find the right voice.', "Won't let me cancel my subscription.", 'Works perfectly.'],
  },
};

for (const [theme, { match, noMatch }] of Object.entries(cases) as [ReviewTheme, { match: string[]; noMatch: string[] }][]) {
  describe(`theme ${theme}`, () => {
    it.each(match)('finds it in: %s', (sentence) => {
      expect(themesOf(sentence)).toContain(theme);
    });
    it.each(noMatch)('does not find it in: %s', (sentence) => {
      expect(themesOf(sentence)).not.toContain(theme);
    });
  });
}

describe('reviewThemes', () => {
  it('collects themes from every sentence of a review, once each', () => {
    const review = 'Crashes a lot. When it works it helps me sleep! But it crashes again and the subscription is overpriced.';
    expect(reviewThemes(review).sort()).toEqual(['cost', 'helped', 'technical']);
  });

  it('gives no themes to a review that says nothing about them', () => {
    expect(reviewThemes('Downloaded it yesterday. The colours are nice.')).toEqual([]);
  });

  it('reads reviews with a lost apostrophe from a bad encoding', () => {
    expect(reviewThemes('It didn\uFFFDt help at all')).toEqual(['no-effect']);
  });
});
