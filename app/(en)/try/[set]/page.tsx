import type { Metadata } from 'next';
import { TrySetPage } from '@/components/try/try-set-page';
import { pageMetadata } from '@/lib/metadata';
import {
  getTrySetView,
  otherTrySet,
  TRY_SETS,
  trySetMetadata,
  trySetOf,
} from '@/lib/try-work/server';

export const dynamicParams = false;

export function generateStaticParams() {
  return TRY_SETS.map((set) => ({ set }));
}

type Props = { params: Promise<{ set: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(trySetMetadata(trySetOf((await params).set)));
}

export default async function TrySetRoute({ params }: Props) {
  const set = trySetOf((await params).set);
  return <TrySetPage view={getTrySetView(set)} other={otherTrySet(set)} />;
}
