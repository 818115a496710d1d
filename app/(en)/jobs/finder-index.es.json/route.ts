import { getFinderIndexData } from '@/lib/finder/server';

// Written once at build time to out/jobs/finder-index.es.json: the Spanish finder island's index,
// with the Spanish names, summaries and search terms (the English names are searched too).
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getFinderIndexData('es'));
}
