// A job-title address that does not exist (/jobs/medical-codr/), read as the words of a search, so
// the 404 page can offer "Search job titles for “medical codr”".
import { routes } from '../routes';
import { MAX_QUERY_LENGTH } from './normalize';

/** The words of a missing /jobs/<slug>/ address, or undefined for any other address. */
export function missingTitleWords(path: string): string | undefined {
  const prefix = routes.jobs();
  if (!path.startsWith(prefix)) return undefined;
  const slug = path.slice(prefix.length).replace(/\/+$/, '');
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
    .toLowerCase()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return words === '' ? undefined : words;
}
