// Each kind of damage to a real result link gets the message that fits it, so the reader knows
// what went wrong (cut off, extra characters, a changed character, a version this site lacks).
import { describe, expect, it } from 'vitest';
import { decodeAnswers } from '@/lib/quiz/codec';
import { readResultCode } from '@/lib/quiz/links';
import { problemMessage } from '@/lib/quiz/messages';
import { getQuizDefinitions } from '@/lib/quiz/server';
import { getMessages } from '@/lib/i18n/messages';
import v1Golden from '../fixtures/quiz/v1-golden.json';

const definitions = getQuizDefinitions('en');
const code = readResultCode(new URL(v1Golden.links[2]?.link ?? '').hash);

/** The message the result page shows for a code, or null if it opens. */
function messageFor(damaged: string): string | null {
  const decoded = decodeAnswers(damaged, definitions);
  return decoded.ok ? null : problemMessage(decoded.error, getMessages('en').quiz.problems);
}

describe('the message for a damaged result link', () => {
  it('starts from a golden code that opens', () => {
    expect(messageFor(code)).toBeNull();
  });

  it.each([
    ['one extra character', `${code}x`],
    ['a pasted code twice', `${code}${code.slice(2)}`],
  ])('says a code with %s is too long, not that part is missing', (_, damaged) => {
    const message = messageFor(damaged);
    expect(message).toContain('too long');
    expect(message).toContain('extra characters');
    expect(message).not.toContain('missing');
  });

  it.each([
    ['the last character cut off', code.slice(0, -1)],
    ['only the version', '1-'],
    ['half the code', code.slice(0, 6)],
  ])('says a code with %s is too short, with its end missing', (_, damaged) => {
    const message = messageFor(damaged);
    expect(message).toContain('too short');
    expect(message).toContain('missing');
  });

  it('says a character was changed when the check fails', () => {
    const changed = `${code.slice(0, 4)}${code[4] === '0' ? '1' : '0'}${code.slice(5)}`;
    expect(messageFor(changed)).toBe(
      'The result code in this link does not pass its check: a character was changed or mistyped.',
    );
  });

  it.each([
    ['a letter codes never have', `${code.slice(0, -1)}u`],
    ['a full stop after it', `${code}.`],
  ])('says a character was changed for %s', (_, damaged) => {
    const message = messageFor(damaged);
    expect(message).toContain('a character a result code never has');
    expect(message).toContain('changed or mistyped');
  });

  it('names the version for a version this site does not have', () => {
    expect(messageFor(`7${code.slice(1)}`)).toContain('a version of the quiz that this site');
  });

  it('says a code of the wrong shape is damaged, and an empty one holds no result', () => {
    expect(messageFor('hello')).toContain('does not have the shape of a result code');
    expect(messageFor('')).toBe('The link has no quiz result in it.');
  });

  it('never repeats anything from the link', () => {
    expect(messageFor(`${code}<b>hacked</b>`)).not.toContain('hacked');
  });
});
