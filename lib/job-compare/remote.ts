// What a title's content says about remote work, in its own words. The site keeps no separate remote
// field, so the compare page quotes the sentences that mention it and says so when none do.

const REMOTE_WORDS = /\b(remote|remotely|work from home|working from home|by video)\b/i;

/** The sentences of `texts` that mention remote work, each once, in order. */
export function remoteSentences(...texts: string[]): string[] {
  const sentences = texts.flatMap((text) =>
    text
      .replace(/\s+/g, ' ')
      .split(/(?<=[.!?])\s+(?=[A-Z])/)
      .map((sentence) => sentence.trim()),
  );
  return [...new Set(sentences.filter((sentence) => REMOTE_WORDS.test(sentence)))];
}
