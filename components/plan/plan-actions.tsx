'use client';

import { SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { KeepLink } from '@/components/ui/keep-link';
import type { PlanWords } from '@/lib/planner';
import { routesFor } from '@/lib/routes';

/** Copy, share and print a plan, or start a new one. */
export function PlanActions({ link, words: { m, locale } }: { link: string; words: PlanWords }) {
  return (
    <KeepLink id="plan-keep" words={m.keep} link={link} shareTitle={m.shareTitle}>
      <a href={routesFor(locale).plan()} className={SECONDARY_BUTTON}>
        {m.makeNew}
      </a>
    </KeepLink>
  );
}
