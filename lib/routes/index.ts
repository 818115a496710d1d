// Every internal address of the site, in one place. Pages, links, the sitemap, structured data and
// the navigation all build their URLs here, so a route can move without a hunt through the code.
// Paths end in "/" because the site is exported with trailingSlash (next.config.mjs).

export const routes = {
  home: () => '/',
  compare: () => '/compare/',
  roles: () => '/roles/',
  role: (slug: string) => `/roles/${slug}/`,
  certifications: () => '/certifications/',
  certification: (slug: string) => `/certifications/${slug}/`,
  outlook: () => '/outlook/',
  careerPaths: () => '/career-paths/',
  claimJourney: () => '/claim-journey/',
  quiz: () => '/quiz/',
  quizResult: () => '/quiz/result/',
  counselors: () => '/counselors/',
  counselorsClassSummary: () => '/counselors/#summary-heading',
  counselorsHandout: () => '/counselors/handout/',
  counselorsLessonPlan: () => '/counselors/lesson-plan/',
  jobs: () => '/jobs/',
  job: (slug: string) => `/jobs/${slug}/`,
  /** Two job titles side by side; without slugs, the page that asks for two. */
  jobCompare: (a?: string, b?: string) => {
    const query = new URLSearchParams();
    if (a) query.set('a', a);
    if (b) query.set('b', b);
    const search = query.toString();
    return `/jobs/compare/${search ? `?${search}` : ''}`;
  },
  /** One title's compare data, written at build time by app/jobs/compare/[file]/route.ts. */
  jobCompareData: (slug: string) => `/jobs/compare/${slug}.json`,
  /** The finder with a search typed in: works without JavaScript too (the form's own address). */
  jobSearch: (query: string) => `/jobs/?q=${encodeURIComponent(query)}`,
  /** The finder's search index, written at build time by app/jobs/finder-index.json/route.ts. */
  finderIndex: () => '/jobs/finder-index.json',
  /** One state's pay beside the national pay, by occupation (app/jobs/place-pay/[file]/route.ts). */
  placePay: (state: string) => `/jobs/place-pay/${state.toLowerCase()}.json`,
  /** The personal plan's form; with a path, the form starts with that path chosen (the quiz's "Make my plan"). */
  plan: (path?: 'coding' | 'billing') => (path ? `/plan/?path=${path}` : '/plan/'),
  /** A made plan: its answers travel in the link, like a quiz result's. */
  planResult: () => '/plan/result/',
  firstJob: () => '/first-job/',
  answers: () => '/answers/',
  answer: (slug: string) => `/answers/${slug}/`,
  trainingCheck: () => '/training-check/',
  tryTheWork: () => '/try/',
  trySet: (set: 'coding' | 'billing') => `/try/${set}/`,
  glossary: () => '/glossary/',
  glossaryTerm: (slug: string) => `/glossary/#${slug}`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/#${id}`,
  sitemap: () => '/sitemap.xml',
  socialCard: (id: string) => `/social/${id}.png`,
} as const;

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
  path: string;
  /** The page's name in navigation and link lists. */
  label: string;
  /** Where the page is linked from on every page: the header, the footer, or neither. */
  nav: NavPlacement;
  /** Set when the "page not found" page offers this page as a place to go next, with this wording. */
  notFoundLabel?: string;
}

/**
 * The pages that exist once, not once per content item. The sitemap lists all of them, the header
 * and footer take theirs by `nav`, and the 404 page offers those
 * with a `notFoundLabel`.
 */
export const STATIC_PAGES: readonly StaticPage[] = [
  { path: routes.home(), label: 'Home', nav: 'none', notFoundLabel: 'Start at the home page' },
  {
    path: routes.compare(),
    label: 'Compare',
    nav: 'main',
    notFoundLabel: 'Compare coding and billing',
  },
  { path: routes.roles(), label: 'Roles', nav: 'main' },
  { path: routes.certifications(), label: 'Certifications', nav: 'main' },
  { path: routes.quiz(), label: 'Quiz', nav: 'main', notFoundLabel: 'Take the role-fit quiz' },
  { path: routes.jobs(), label: 'Job finder', nav: 'main', notFoundLabel: 'Search job titles' },
  { path: routes.jobCompare(), label: 'Compare two job titles', nav: 'none' },
  { path: routes.outlook(), label: 'Pay and outlook', nav: 'footer' },
  { path: routes.careerPaths(), label: 'Career paths', nav: 'footer' },
  { path: routes.firstJob(), label: 'Your first job', nav: 'footer' },
  { path: routes.claimJourney(), label: 'Life of a claim', nav: 'footer' },
  {
    path: routes.glossary(),
    label: 'Glossary',
    nav: 'footer',
    notFoundLabel: 'Look up a word in the glossary',
  },
  { path: routes.counselors(), label: 'For counselors', nav: 'footer' },
  { path: routes.counselorsHandout(), label: 'Quiz handout to print', nav: 'none' },
  { path: routes.counselorsLessonPlan(), label: 'Lesson plan for one class', nav: 'none' },
  { path: routes.plan(), label: 'Your plan', nav: 'main' },
  { path: routes.sources(), label: 'Sources', nav: 'footer' },
  { path: routes.tryTheWork(), label: 'Try the work', nav: 'main' },
  { path: routes.trySet('coding'), label: 'Try medical coding', nav: 'none' },
  { path: routes.trySet('billing'), label: 'Try medical billing', nav: 'none' },
  { path: routes.trainingCheck(), label: 'Is this school worth it?', nav: 'footer' },
  { path: routes.answers(), label: 'Answers', nav: 'main', notFoundLabel: 'Read straight answers' },
];

export function navPages(placement: Exclude<NavPlacement, 'none'>): StaticPage[] {
  return STATIC_PAGES.filter((page) => page.nav === placement);
}
