import type { Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { routesFor, type Routes } from '../routes';

/** The home page's "Where to next" cards, in order. The quiz is not one: it sits in the first screen. */
const ENTRY_POINTS = [
  { id: 'compare', href: (routes: Routes) => routes.compare() },
  { id: 'roles', href: (routes: Routes) => routes.roles() },
  { id: 'certifications', href: (routes: Routes) => routes.certifications() },
  { id: 'plan', href: (routes: Routes) => routes.plan() },
  { id: 'tryTheWork', href: (routes: Routes) => routes.tryTheWork() },
  { id: 'answers', href: (routes: Routes) => routes.answers() },
  { id: 'firstJob', href: (routes: Routes) => routes.firstJob() },
  { id: 'trainingCheck', href: (routes: Routes) => routes.trainingCheck() },
] as const;

export interface EntryPoint {
  href: string;
  label: string;
  description: string;
}

/** The cards in a language: each page's address there and the words of the `home` catalog. */
export function homeEntryPoints(locale: Locale): EntryPoint[] {
  const words = getMessages(locale).home.entries;
  return ENTRY_POINTS.map(({ id, href }) => ({ href: href(routesFor(locale)), ...words[id] }));
}
