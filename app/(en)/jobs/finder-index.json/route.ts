import { getFinderIndexData } from '@/lib/finder/server';

// Written once at build time to out/jobs/finder-index.json; the English finder island fetches it.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getFinderIndexData('en'));
}
