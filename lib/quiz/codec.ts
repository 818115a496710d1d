// The compact, versioned code that carries a set of answers in a link, e.g. "1-3k9x0mdq7":
//
//   <version> "-" <payload> <check>
//
// version  the quiz version in decimal, so each link is scored with its own question set.
// payload  all answers as one mixed-radix number (each question's digit is 0 for skipped, or the
//          option number), written in base 32 with a fixed width per version.
// check    two base-32 characters of a hash of everything before them: a changed or damaged
//          character is caught (all but about one time in a thousand) instead of silently
//          opening someone else's result.
//
// Decoding never throws and never passes text from the link on: it returns answers (numbers) for a
// known version, or a typed error. The personal plan's links (lib/planner) use the same code: all it
// needs of a question set is its version and how many options each question has.
import type { Answers, QuizDefinition } from './types';

/** What the codec reads of a released question set. */
export interface CodedQuestionSet {
  version: number;
  questions: readonly { options: readonly unknown[] }[];
}

/** Crockford's base-32 digits in lower case: no i, l, o or u, so a code read aloud stays clear. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const BASE = BigInt(ALPHABET.length);
const CHECK_LENGTH = 2;
/** Far longer than any real code; longer input is rejected before any work is done on it. */
const MAX_CODE_LENGTH = 80;
/** A version, a dash and a body; the body's characters are checked apart, to name that damage. */
const CODE_SHAPE = /^([1-9][0-9]{0,5})-(\S*)$/;

export type DecodeError =
  /** Nothing to decode. */
  | 'empty'
  /** Not shaped like a code at all (or far too long to be one). */
  | 'malformed'
  /** Shaped like a code, but holds a character codes never have: changed or mistyped. */
  | 'invalid-character'
  /** A version this site has never released. */
  | 'unknown-version'
  /** Shorter than its version's codes: usually cut off when copied. */
  | 'too-short'
  /** Longer than its version's codes: extra characters, usually picked up when copied. */
  | 'too-long'
  /** The check characters do not match: a character was changed or mistyped. */
  | 'checksum'
  /** Passed the check but names answers that do not exist. */
  | 'out-of-range';

export type DecodeResult<Definition extends CodedQuestionSet = QuizDefinition> =
  { ok: true; definition: Definition; answers: Answers } | { ok: false; error: DecodeError };

/** Each question's digit runs from 0 (skipped) to its number of options. */
function radixes(definition: CodedQuestionSet): bigint[] {
  return definition.questions.map((question) => BigInt(question.options.length + 1));
}

/** How many base-32 characters the version's payload takes: enough for every answer set. */
function payloadWidth(definition: CodedQuestionSet): number {
  const combinations = radixes(definition).reduce((product, radix) => product * radix, 1n);
  let width = 1;
  let capacity = BASE;
  while (capacity < combinations) {
    capacity *= BASE;
    width += 1;
  }
  return width;
}

/** FNV-1a (32 bit) of the text, reduced to two base-32 characters. */
function checkCharacters(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const check = hash % (ALPHABET.length * ALPHABET.length);
  return (
    ALPHABET.charAt(Math.floor(check / ALPHABET.length)) + ALPHABET.charAt(check % ALPHABET.length)
  );
}

function toBase32(value: bigint, width: number): string {
  let digits = '';
  let rest = value;
  for (let position = 0; position < width; position += 1) {
    digits = ALPHABET.charAt(Number(rest % BASE)) + digits;
    rest /= BASE;
  }
  return digits;
}

/**
 * The code for a set of answers. Answers that are missing, null or out of range for their question
 * are written as skipped, so every code this returns decodes.
 */
export function encodeAnswers(definition: CodedQuestionSet, answers: Answers): string {
  let value = 0n;
  definition.questions.forEach((question, index) => {
    const choice = answers[index];
    const valid =
      choice !== null &&
      choice !== undefined &&
      Number.isInteger(choice) &&
      choice >= 0 &&
      choice < question.options.length;
    value = value * BigInt(question.options.length + 1) + (valid ? BigInt(choice + 1) : 0n);
  });
  const head = `${definition.version}-${toBase32(value, payloadWidth(definition))}`;
  return head + checkCharacters(head);
}

/** Reads a code against the released versions. Upper case and surrounding spaces are accepted. */
export function decodeAnswers<Definition extends CodedQuestionSet>(
  code: string,
  definitions: readonly Definition[],
): DecodeResult<Definition> {
  const text = code.trim().toLowerCase();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_CODE_LENGTH) return { ok: false, error: 'malformed' };
  const shape = CODE_SHAPE.exec(text);
  const [, versionText, body] = shape ?? [];
  if (versionText === undefined || body === undefined) return { ok: false, error: 'malformed' };
  if ([...body].some((character) => !ALPHABET.includes(character))) {
    return { ok: false, error: 'invalid-character' };
  }
  const version = Number(versionText);
  const definition = definitions.find((candidate) => candidate.version === version);
  if (definition === undefined) return { ok: false, error: 'unknown-version' };

  const width = payloadWidth(definition);
  if (body.length < width + CHECK_LENGTH) return { ok: false, error: 'too-short' };
  if (body.length > width + CHECK_LENGTH) return { ok: false, error: 'too-long' };
  const payload = body.slice(0, width);
  if (checkCharacters(`${versionText}-${payload}`) !== body.slice(width)) {
    return { ok: false, error: 'checksum' };
  }

  let value = [...payload].reduce((sum, digit) => sum * BASE + BigInt(ALPHABET.indexOf(digit)), 0n);
  const digits: number[] = [];
  for (const radix of radixes(definition).reverse()) {
    digits.unshift(Number(value % radix));
    value /= radix;
  }
  if (value !== 0n) return { ok: false, error: 'out-of-range' };
  return { ok: true, definition, answers: digits.map((digit) => (digit === 0 ? null : digit - 1)) };
}
