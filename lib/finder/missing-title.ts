// A job-title address that does not exist (/jobs/medical-codr/), read as the words of a search, so
// the 404 page can offer "Search job titles for “medical codr”".
import { unlocalizedPath } from '../i18n/locales';
import { routes } from '../routes';

/**
 * The words of a missing /jobs/<slug>/ (or /es/jobs/<slug>/) address, or undefined for any other address. The finder caps
 * them as it caps any query; this file stays small, as the 404 page ships with every page.
 */
export function missingTitleWords(path: string): string | undefined {
  const prefix = routes.jobs();
  const englishPath = unlocalizedPath(path);
  if (!englishPath.startsWith(prefix)) return undefined;
  const slug = englishPath.slice(prefix.length).replace(/\/+$/, '');
  if (slug === '' || slug.includes('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return undefined;
  }
  const words = decoded
    .replace(/[-_+.\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? undefined : words;
}
