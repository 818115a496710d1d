import { compareTitleFiles, compareTitleOf, getCompareTitle } from '@/lib/job-compare/server';

// Written at build time, one small file per title and language (out/jobs/compare/medical-coder.json,
// medical-coder.es.json ...); the compare page fetches only the two titles it shows.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return compareTitleFiles().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const title = compareTitleOf((await params).file);
  if (title === undefined) return new Response('Not found', { status: 404 });
  return Response.json(getCompareTitle(title.slug, title.locale));
}
