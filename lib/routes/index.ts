// Every internal address of the site, in one place. Pages, links, the sitemap, structured data and
// the navigation all build their URLs here, so a route can move without a hunt through the code.
// Paths end in "/" because the site is exported with trailingSlash (next.config.mjs).
import { localePrefix, type Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';

/** A data file's language in its name: none for English, ".es" for Spanish. */
function dataSuffix(locale: Locale): string {
  return locale === 'en' ? '' : `.${locale}`;
}

/**
 * The site's addresses under a language prefix ("" for English, "/es"). Files that serve data
 * (the finder's index, the compare and place-pay JSON, social cards, the sitemap) are the same for
 * every language and never carry the prefix.
 */
function makeRoutes(prefix: string) {
  return {
    home: () => `${prefix}/`,
    compare: () => `${prefix}/compare/`,
    roles: () => `${prefix}/roles/`,
    role: (slug: string) => `${prefix}/roles/${slug}/`,
    certifications: () => `${prefix}/certifications/`,
    certification: (slug: string) => `${prefix}/certifications/${slug}/`,
    outlook: () => `${prefix}/outlook/`,
    careerPaths: () => `${prefix}/career-paths/`,
    claimJourney: () => `${prefix}/claim-journey/`,
    quiz: () => `${prefix}/quiz/`,
    quizResult: () => `${prefix}/quiz/result/`,
    counselors: () => `${prefix}/counselors/`,
    counselorsClassSummary: () => `${prefix}/counselors/#summary-heading`,
    counselorsHandout: () => `${prefix}/counselors/handout/`,
    counselorsLessonPlan: () => `${prefix}/counselors/lesson-plan/`,
    jobs: () => `${prefix}/jobs/`,
    job: (slug: string) => `${prefix}/jobs/${slug}/`,
    /** Two job titles side by side; without slugs, the page that asks for two. */
    jobCompare: (a?: string, b?: string) => {
      const query = new URLSearchParams();
      if (a) query.set('a', a);
      if (b) query.set('b', b);
      const search = query.toString();
      return `${prefix}/jobs/compare/${search ? `?${search}` : ''}`;
    },
    /**
     * One title's compare data in a language, written at build time by
     * app/(en)/jobs/compare/[file]/route.ts: "medical-coder.json", "medical-coder.es.json".
     */
    jobCompareData: (slug: string, locale: Locale = 'en') =>
      `/jobs/compare/${slug}${dataSuffix(locale)}.json`,
    /** The finder with a search typed in: works without JavaScript too (the form's own address). */
    jobSearch: (query: string) => `${prefix}/jobs/?q=${encodeURIComponent(query)}`,
    /**
     * The finder's search index in a language, written at build time by
     * app/(en)/jobs/finder-index.json/route.ts and app/(en)/jobs/finder-index.es.json/route.ts.
     */
    finderIndex: (locale: Locale = 'en') => `/jobs/finder-index${dataSuffix(locale)}.json`,
    /**
     * One state's pay beside the national pay, by occupation, in a language (written by
     * app/(en)/jobs/place-pay/[file]/route.ts): "oh.json", "oh.es.json".
     */
    placePay: (state: string, locale: Locale = 'en') =>
      `/jobs/place-pay/${state.toLowerCase()}${dataSuffix(locale)}.json`,
    /** The personal plan's form; with a path, the form starts with that path chosen (the quiz's "Make my plan"). */
    plan: (path?: 'coding' | 'billing') =>
      path ? `${prefix}/plan/?path=${path}` : `${prefix}/plan/`,
    /** A made plan: its answers travel in the link, like a quiz result's. */
    planResult: () => `${prefix}/plan/result/`,
    firstJob: () => `${prefix}/first-job/`,
    answers: () => `${prefix}/answers/`,
    answer: (slug: string) => `${prefix}/answers/${slug}/`,
    trainingCheck: () => `${prefix}/training-check/`,
    tryTheWork: () => `${prefix}/try/`,
    trySet: (set: 'coding' | 'billing') => `${prefix}/try/${set}/`,
    glossary: () => `${prefix}/glossary/`,
    glossaryTerm: (slug: string) => `${prefix}/glossary/#${slug}`,
    sources: () => `${prefix}/sources/`,
    source: (id: string) => `${prefix}/sources/#${id}`,
    sitemap: () => '/sitemap.xml',
    socialCard: (id: string) => `/social/${id}.png`,
  } as const;
}

/** The English addresses (the default language, at the root). */
export const routes = makeRoutes('');

export type Routes = typeof routes;

const SPANISH_ROUTES: Routes = makeRoutes(localePrefix('es'));

/** The addresses of the pages in a language: `routesFor('es').quiz()` is "/es/quiz/". */
export function routesFor(locale: Locale): Routes {
  return locale === 'es' ? SPANISH_ROUTES : routes;
}

/**
 * Whether a job title's address would collide with another page or file under /jobs/ (the compare
 * page, the finder's index, the place-pay folder): content validation refuses such a slug.
 */
export function isTakenJobsPath(slug: string): boolean {
  const firstSegment = (path: string) => path.slice(routes.jobs().length).split(/[/?]/)[0];
  return [routes.jobCompare(), routes.finderIndex(), routes.placePay('oh')]
    .map(firstSegment)
    .includes(slug);
}

export type NavPlacement = 'main' | 'footer' | 'none';

export interface StaticPage {
  /** The page's key in the `nav` catalog, which holds its name (and its 404 wording) per language. */
  id: StaticPageId;
  /** The page's English path; `localizePath` gives it in another language. */
  path: string;
  /** Where the page is linked from on every page: the header, the footer, or neither. */
  nav: NavPlacement;
}

export type StaticPageId = keyof Messages['nav']['pages'];

/**
 * The pages that exist once, not once per content item. The sitemap lists all of them, the header
 * and footer take theirs by `nav`, and the 404 page offers those its catalog has words for.
 */
export const STATIC_PAGES: readonly StaticPage[] = [
  { id: 'home', path: routes.home(), nav: 'none' },
  { id: 'compare', path: routes.compare(), nav: 'main' },
  { id: 'roles', path: routes.roles(), nav: 'main' },
  { id: 'certifications', path: routes.certifications(), nav: 'main' },
  { id: 'quiz', path: routes.quiz(), nav: 'main' },
  { id: 'jobs', path: routes.jobs(), nav: 'main' },
  { id: 'jobCompare', path: routes.jobCompare(), nav: 'none' },
  { id: 'outlook', path: routes.outlook(), nav: 'footer' },
  { id: 'careerPaths', path: routes.careerPaths(), nav: 'footer' },
  { id: 'firstJob', path: routes.firstJob(), nav: 'footer' },
  { id: 'claimJourney', path: routes.claimJourney(), nav: 'footer' },
  { id: 'glossary', path: routes.glossary(), nav: 'footer' },
  { id: 'counselors', path: routes.counselors(), nav: 'footer' },
  { id: 'counselorsHandout', path: routes.counselorsHandout(), nav: 'none' },
  { id: 'counselorsLessonPlan', path: routes.counselorsLessonPlan(), nav: 'none' },
  { id: 'plan', path: routes.plan(), nav: 'main' },
  { id: 'sources', path: routes.sources(), nav: 'footer' },
  { id: 'tryTheWork', path: routes.tryTheWork(), nav: 'main' },
  { id: 'tryCoding', path: routes.trySet('coding'), nav: 'none' },
  { id: 'tryBilling', path: routes.trySet('billing'), nav: 'none' },
  { id: 'trainingCheck', path: routes.trainingCheck(), nav: 'footer' },
  { id: 'answers', path: routes.answers(), nav: 'main' },
];
