import { describe, expect, it } from 'vitest';
import { classifyListing, MENTAL_HEALTH_THRESHOLD } from '../../shared/classify/mental-health.ts';

// Made-up listings written for these tests.
const mentalHealth = [
  {
    title: 'Steady: CBT for Anxiety',
    category: 'Health & Fitness',
    description:
      'Steady teaches the skills of cognitive behavioural therapy to help you manage worry, panic attacks and low mood. Track your mood, challenge negative thoughts and practise breathing exercises.',
  },
  {
    title: 'Harbour – Self-Harm Support',
    category: 'Medical',
    description: 'Ride out the urge to self-harm with short activities, a safety plan and quick links to crisis lines. Made with young people and clinicians.',
  },
  {
    title: 'Nightfall: Insomnia Programme',
    category: 'HEALTH_AND_FITNESS',
    description: 'A six-week programme based on CBT for insomnia. Keep a sleep diary, learn to quiet racing thoughts at bedtime and fall asleep more easily.',
  },
  {
    title: 'Talk Now: Online Therapy',
    category: 'Medical',
    description: 'Message a licensed therapist or counsellor from your phone. Support for depression, anxiety, trauma, grief and relationships.',
  },
  {
    title: 'Day Ones: Sobriety Counter',
    category: 'Lifestyle',
    description: 'Count your sober days, log cravings and find encouragement from people in recovery from alcohol addiction.',
  },
  {
    title: 'Nourish: Eating Disorder Recovery',
    category: 'Health & Fitness',
    description: 'Log meals, thoughts and feelings between sessions and share them with your treatment team. For people recovering from anorexia, bulimia and binge eating.',
  },
  {
    title: 'Moodlog',
    category: 'Lifestyle',
    description: 'A private mood diary. Note how you feel each day, spot patterns in your emotions and see what helps your mental health.',
  },
  { title: 'Quiet Mind: Guided Meditation', category: 'Health & Fitness', description: 'Guided meditations for stress relief, mindfulness and better sleep.' },
  { title: 'OCD Coach', description: 'Exposure and response prevention exercises for obsessive-compulsive disorder, with a tracker for intrusive thoughts.' },
  { title: 'Salud Mental Hoy', description: 'Ejercicios para la ansiedad y la depresión, con apoyo de psicólogos.' },
];

const notMentalHealth = [
  {
    title: 'PaceMate Running Tracker',
    category: 'Health & Fitness',
    description:
      'Track every run with GPS, follow interval plans, count calories and steps, and see heart rate zones from your watch. Training plans from 5K to marathon, workout reminders and weekly progress charts. A good run is also a great way to clear your head.',
  },
  {
    title: 'Luna Cycle – Period & Ovulation',
    category: 'Health & Fitness',
    description: 'Predict your period and fertile window, log symptoms, moods and cramps, and get reminders for your pill. Pregnancy tracker mode included.',
  },
  {
    title: 'Keystone Bank',
    category: 'Finance',
    description: 'Check balances, pay bills, send money to friends and freeze your card. Mobile banking with alerts that take the stress out of managing money.',
  },
  {
    title: 'Dragon Realms: Idle RPG',
    category: 'Games',
    description: 'Collect heroes, battle bosses and climb the leaderboard in this idle adventure game. Daily quests, guilds and multiplayer raids.',
  },
  {
    title: 'SugarTrack Diabetes Log',
    category: 'Medical',
    description: 'Log blood glucose, insulin and carbs, see trends and share reports with your diabetes nurse. Works with CGM sensors.',
  },
  {
    title: 'WordWise Translator',
    category: 'Tools',
    description: 'Translate text, speech and photos between 80 languages, offline dictionary included.',
  },
  {
    title: 'Back Pain Relief Exercises',
    category: 'Health & Fitness',
    description: 'Physiotherapist-designed stretches for back pain, neck pain and knee pain. Follow short daily routines at home.',
  },
  {
    title: 'BP Diary – Blood Pressure',
    category: 'Medical',
    description: 'Record blood pressure and pulse, export a PDF for your doctor and see your hypertension trends.',
  },
];

describe('classifyListing', () => {
  it.each(mentalHealth)('accepts mental-health listing "$title"', (listing) => {
    const result = classifyListing(listing);
    expect(result.mentalHealth, result.reasons.join('; ')).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(MENTAL_HEALTH_THRESHOLD);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it.each(notMentalHealth)('rejects "$title"', (listing) => {
    const result = classifyListing(listing);
    expect(result.mentalHealth, result.reasons.join('; ')).toBe(false);
  });

  it('is not flipped by one passing mention in a long description about something else', () => {
    const long =
      'Plan your weekly meals, scan barcodes and build shopping lists in seconds. '.repeat(20) +
      'Cooking at home can even help with anxiety. ' +
      'Save recipes, share them with family and get nutrition facts for every dish. '.repeat(20);
    const result = classifyListing({ title: 'Kitchen Planner', description: long, category: 'Food & Drink' });
    expect(result.mentalHealth).toBe(false);
  });

  it('weighs the title more than the description', () => {
    const description = 'Short sessions you can do anywhere, with reminders and streaks.';
    const titled = classifyListing({ title: 'Anxiety Relief', description });
    const plain = classifyListing({ title: 'Daily Sessions', description: `${description} Helps with anxiety.` });
    expect(titled.score).toBeGreaterThan(plain.score);
  });

  it('lets a phrase outweigh a word inside it ("speech therapy" is not therapy for the mind)', () => {
    const result = classifyListing({ title: 'Speech Therapy for Kids', description: 'Speech therapy games for articulation and aphasia practice.' });
    expect(result.mentalHealth).toBe(false);
    expect(result.reasons.some((r) => r.includes('speech therapy'))).toBe(true);
  });

  it('lowers the score in a games category', () => {
    const listing = { title: 'Calm Puzzle', description: 'Relaxing puzzles with soothing music and breathing breaks.' };
    expect(classifyListing({ ...listing, category: 'Games' }).score).toBeLessThan(classifyListing(listing).score);
  });

  it('handles empty input', () => {
    expect(classifyListing({ title: '', description: '' })).toEqual({ mentalHealth: false, score: 0, reasons: [] });
  });
});
