// The templates of the site, in one place: which built pages each one renders, and which of them the
// browser tests load. One-off pages are all loaded; a template with many pages is loaded on a few
// that between them show each of its variants (read from the built HTML). A built page that matches
// no template fails tests/static/templates.test.ts, so a new template cannot go untested.
import { localeOfPath, pageTwin, unlocalizedPath } from '@/lib/i18n';
import { routes, STATIC_PAGES } from '@/lib/routes';

/** A page's variant along each dimension that changes what the template renders. */
type Variants = Record<string, string>;

export interface Template {
  name: string;
  matches: (route: string) => boolean;
  /** The variants of a page of this template; absent when every page is a representative. */
  variants?: (html: string) => Variants;
}

const TRY_SET_PAGES = new Set([routes.trySet('coding'), routes.trySet('billing')]);
// The two try-the-work sets are one template: a browser test loads one of them. The quiz's and the
// plan's result pages are one page each, left out of the sitemap (noindex).
const ONE_OFF_PAGES = new Set(
  [...STATIC_PAGES.map((page) => page.path), routes.quizResult(), routes.planResult()].filter(
    (path) => !TRY_SET_PAGES.has(path),
  ),
);
// Next exports the "page not found" page at /404/ as well as /404.html.
const NOT_FOUND_PAGE = '/404/';

/** The page's text with tags removed and whitespace collapsed. */
function plainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The <dd> after a <dt> of the page's facts list, e.g. definition(html, 'Family'). */
function definition(html: string, term: string): string {
  return new RegExp(`<dt[^>]*>${term}</dt><dd[^>]*>([^<]*)</dd>`).exec(html)?.[1] ?? 'none';
}

/** A pattern for "/section/<slug>/" pages under a section address. */
const itemOf = (section: string) => (route: string) =>
  route.startsWith(section) && /^[^/]+\/$/.test(route.slice(section.length));

export const TEMPLATES: readonly Template[] = [
  { name: 'one-off page', matches: (route) => ONE_OFF_PAGES.has(route) },
  { name: 'not found', matches: (route) => route === NOT_FOUND_PAGE },
  { name: 'role', matches: itemOf(routes.roles()) },
  {
    name: 'try-the-work set',
    matches: (route) => TRY_SET_PAGES.has(route),
    // Both sets render the same parts (the case list, the island, the pace): one load covers them.
    variants: () => ({ parts: 'cases' }),
  },
  {
    name: 'job title',
    // The compare page sits among them at /jobs/compare/; it is a one-off page.
    matches: (route) => itemOf(routes.jobs())(route) && route !== routes.jobCompare(),
    variants: (html) => ({
      family: definition(html, 'Family'),
      level: definition(html, 'Level'),
      pay: /\$\s?\d/.test(plainText(html)) ? 'shown' : 'none',
      // The "Starting out" block of an entry-friendly title (content/first-job/entry-titles.yaml).
      beginners: html.includes('aria-labelledby="beginners-heading"') ? 'shown' : 'none',
    }),
  },
  {
    name: 'certification',
    matches: itemOf(routes.certifications()),
    // What changes the page's parts, not just its words: its level, and the parts it has or lacks.
    variants: (html) => {
      const text = plainText(html);
      const has = (part: boolean) => (part ? 'shown' : 'none');
      return {
        level: /(\w+) level:/.exec(text)?.[1] ?? 'none',
        unknownFacts: has(html.includes('data-unknown=""')),
        apprenticeRule: has(html.includes('aria-labelledby="apprentice-heading"')),
        renewalCost: has(text.includes('Cost to keep it')),
        roleList: has(
          /<ul/.test(/aria-labelledby="roles-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''),
        ),
        jobTitleList: has(!text.includes('No job title on this site lists the')),
      };
    },
  },
  {
    name: 'answer',
    matches: itemOf(routes.answers()),
    // The claims page adds the list of checked claims to the answer view.
    variants: (html) => ({ view: html.includes('data-claims=""') ? 'claims' : 'answer' }),
  },
];

/** A page's template; a Spanish page has the template of its English twin. */
export function templateOf(route: string): Template | undefined {
  return TEMPLATES.find((template) => template.matches(unlocalizedPath(route)));
}

/**
 * The one-off pages whose Spanish twins the browser tests load: the home page and those that run
 * an interactive island (its words come as props and could break a label or a layout). The other
 * one-off pages are server-rendered text from the same components as their English twins; the
 * static tests check their Spanish HTML in full (language, links, figures, reading level).
 */
const SPANISH_ONE_OFFS = new Set([
  routes.home(),
  routes.quiz(),
  routes.quizResult(),
  routes.jobs(),
  routes.jobCompare(),
  routes.plan(),
  routes.planResult(),
  routes.counselors(),
  routes.trainingCheck(),
]);

/**
 * Few pages that between them show every value of every variant dimension: the greedy set cover,
 * which keeps taking the page that shows the most values no kept page shows yet (the first in path
 * order on a tie), until every value is shown. Returned in path order.
 */
export function covering(pages: ReadonlyArray<readonly [string, Variants]>): string[] {
  const valuesOf = new Map(
    pages.map(([route, variants]) => [
      route,
      Object.entries(variants).map(([dimension, value]) => `${dimension}=${value}`),
    ]),
  );
  const unseen = new Set([...valuesOf.values()].flat());
  const kept: string[] = [];
  while (unseen.size > 0) {
    let best: { route: string; gain: number } | undefined;
    for (const [route, values] of valuesOf) {
      const gain = values.filter((value) => unseen.has(value)).length;
      if (gain > (best?.gain ?? 0)) best = { route, gain };
    }
    if (!best) break;
    kept.push(best.route);
    for (const value of valuesOf.get(best.route) ?? []) unseen.delete(value);
  }
  return pages.map(([route]) => route).filter((route) => kept.includes(route));
}

/**
 * The pages the browser tests load, by template, from the built pages (HTML by path): the English
 * pages that cover each template's variants, then Spanish twins of a few of them (the first of each
 * template with many pages, and SPANISH_ONE_OFFS): the same components in other words.
 */
export function representatives(pages: ReadonlyMap<string, string>): Map<string, string[]> {
  return new Map(
    [...englishRepresentatives(pages)].map(([name, chosen]) => {
      const twins = (
        name === 'one-off page'
          ? chosen.filter((route) => SPANISH_ONE_OFFS.has(route))
          : chosen.slice(0, 1)
      ).flatMap((route) => {
        const twin = pageTwin(route, 'es');
        return route !== NOT_FOUND_PAGE && pages.has(twin) ? [twin] : [];
      });
      return [name, [...chosen, ...twins]];
    }),
  );
}

function englishRepresentatives(pages: ReadonlyMap<string, string>): Map<string, string[]> {
  const english = [...pages].filter(([route]) => localeOfPath(route) === 'en');
  return new Map(
    TEMPLATES.map((template) => {
      const own = english.filter(([route]) => template.matches(route));
      const { variants } = template;
      const chosen =
        variants === undefined
          ? own.map(([route]) => route)
          : covering(own.map(([route, html]) => [route, variants(html)]));
      return [template.name, chosen];
    }),
  );
}
