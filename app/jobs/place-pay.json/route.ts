import { getPlacePayData } from '@/lib/finder/server';

// Written once at build time to out/jobs/place-pay.json; the finder's place panel fetches it when a
// state is chosen.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getPlacePayData());
}
