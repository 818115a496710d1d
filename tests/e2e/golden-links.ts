// The quiz's golden result links (tests/fixtures/quiz/v1-golden.json), by name, with the path to
// open and the result code they carry.
import golden from '../fixtures/quiz/v1-golden.json' with { type: 'json' };

export const GOLDEN_LINKS = golden.links;

export function goldenLink(name: string) {
  const found = GOLDEN_LINKS.find((link) => link.name === name);
  if (found === undefined) throw new Error(`no golden link "${name}"`);
  const url = new URL(found.link);
  const code = new URLSearchParams(url.hash.slice(1)).get('r') ?? '';
  return { ...found, path: `${url.pathname}${url.hash}`, code };
}
