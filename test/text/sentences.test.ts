import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../shared/text/sentences.ts';

const cases: { name: string; text: string; sentences: string[] }[] = [
  { name: 'full stops', text: 'Feel calmer. Sleep better.', sentences: ['Feel calmer.', 'Sleep better.'] },
  { name: 'titles and Latin shorthands are not ends', text: 'Made by Dr. Lee, e.g. for stress. Try it.', sentences: ['Made by Dr. Lee, e.g. for stress.', 'Try it.'] },
  { name: 'line breaks and bullets', text: 'FEATURES\n• Mood tracking\n- Daily check-ins\n* CBT lessons', sentences: ['FEATURES', 'Mood tracking', 'Daily check-ins', 'CBT lessons'] },
  { name: 'numbered list markers stay with their item', text: '1. Learn skills\n2) Practise daily', sentences: ['Learn skills', 'Practise daily'] },
  { name: 'decimals and versions are not ends', text: 'Rated 4.8 by users. Version 2.1 is out.', sentences: ['Rated 4.8 by users.', 'Version 2.1 is out.'] },
  { name: 'dotted acronyms', text: 'For U.S. users: call 988. Others too.', sentences: ['For U.S. users: call 988.', 'Others too.'] },
  { name: 'question and exclamation marks', text: 'Feeling low? You are not alone! Start now', sentences: ['Feeling low?', 'You are not alone!', 'Start now'] },
  { name: 'lower-case continuation after a full stop', text: 'in a study (n = 40). results were good.', sentences: ['in a study (n = 40). results were good.'] },
  { name: 'closing quotes stay with the sentence', text: 'Users say “it helped.” We agree.', sentences: ['Users say “it helped.”', 'We agree.'] },
  { name: 'emoji-only and empty lines are dropped', text: '\n\n✨✨\n   \nHello there.', sentences: ['Hello there.'] },
];

describe('splitSentences', () => {
  it.each(cases)('$name', ({ text, sentences }) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(sentences);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds the sentence holding an offset, and -1 between sentences', () => {
    const text = 'One two. Three four.';
    const s = splitSentences(text);
    expect(sentenceAt(s, text.indexOf('two'))).toBe(0);
    expect(sentenceAt(s, text.indexOf('Three'))).toBe(1);
    expect(sentenceAt(s, text.indexOf(' Three'))).toBe(-1);
  });
});
