// /try/ and /try/<set>/ in each language: the two sets of made-up cases, and each set's page.
import type { Metadata } from 'next';
import { TryHub } from '@/components/try/try-hub';
import { TrySetContent } from '@/components/try/try-set-page';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import {
  getTrySetView,
  otherTrySet,
  TRY_SETS,
  trySetMetadata,
  trySetOf,
} from '@/lib/try-work/server';

export function tryMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).tryWork.hub;
  return pageMetadata({
    title: m.metaTitle,
    description: m.metaDescription,
    path: routes.tryTheWork(),
    locale,
  });
}

export function TryPage({ locale }: { locale: Locale }) {
  return <TryHub sets={TRY_SETS.map((set) => getTrySetView(set, locale))} locale={locale} />;
}

export function trySetStaticParams() {
  return TRY_SETS.map((set) => ({ set }));
}

export type TrySetRouteProps = { params: Promise<{ set: string }> };

export async function trySetMetadataFor(locale: Locale, { params }: TrySetRouteProps) {
  return pageMetadata(trySetMetadata(trySetOf((await params).set), locale));
}

export async function TrySetPage({ locale, params }: TrySetRouteProps & { locale: Locale }) {
  const set = trySetOf((await params).set);
  return (
    <TrySetContent view={getTrySetView(set, locale)} other={otherTrySet(set)} locale={locale} />
  );
}
