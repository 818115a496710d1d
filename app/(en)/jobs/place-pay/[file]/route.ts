import { getPlacePayData, placePayFiles, placePayFile } from '@/lib/finder/server';
import { LOCALES } from '@/lib/i18n';

// Written at build time, one file per state and language (out/jobs/place-pay/oh.json, oh.es.json
// ...); the finder's place panel fetches the chosen state's file in its page's language only.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => placePayFiles(locale)).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = placePayFile((await params).file);
  if (file === undefined) return new Response('Not found', { status: 404 });
  return Response.json(getPlacePayData(file.state, file.locale));
}
