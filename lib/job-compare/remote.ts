// What a title's content says about remote work, in its own words. The site keeps no separate remote
// field, so the compare page quotes the sentences that mention it and says so when none do. The words
// are English and Spanish: the Spanish page quotes the Spanish text.

const REMOTE_WORDS =
  /(?<!\p{L})(remote|remotely|work from home|working from home|by video|remotos?|remotas?|a distancia|desde casa|por video)(?!\p{L})/iu;

/** The sentences of `texts` that mention remote work, each once, in order. */
export function remoteSentences(...texts: string[]): string[] {
  const sentences = texts.flatMap((text) =>
    text
      .replace(/\s+/g, ' ')
      .split(/(?<=[.!?])\s+(?=[\p{Lu}¿¡])/u)
      .map((sentence) => sentence.trim()),
  );
  return [...new Set(sentences.filter((sentence) => REMOTE_WORDS.test(sentence)))];
}
