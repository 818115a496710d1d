import { getPlacePayData, placePayFiles, placePayState } from '@/lib/finder/server';

// Written at build time, one file per state (out/jobs/place-pay/oh.json ...); the finder's place
// panel fetches the chosen state's file only.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return placePayFiles().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const state = placePayState((await params).file);
  if (state === undefined) return new Response('Not found', { status: 404 });
  return Response.json(getPlacePayData(state));
}
