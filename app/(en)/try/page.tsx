import type { Metadata } from 'next';
import { TryHub } from '@/components/try/try-hub';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { getTrySetView, TRY_SETS } from '@/lib/try-work/server';

export const metadata: Metadata = pageMetadata({
  title: 'Try the work: real medical coding and billing tasks',
  description:
    'Short, made-up coding and billing cases to try before you pay for a course: pick the code or the next step, then read why.',
  path: routes.tryTheWork(),
});

export default function TryPage() {
  return <TryHub sets={TRY_SETS.map((set) => getTrySetView(set))} />;
}
