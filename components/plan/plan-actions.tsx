'use client';

import { SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { KeepLink } from '@/components/ui/keep-link';
import { routes } from '@/lib/routes';

/** Copy, share and print a plan, or start a new one. */
export function PlanActions({ link }: { link: string }) {
  return (
    <KeepLink
      id="plan-keep"
      heading="Keep this plan"
      thing="plan"
      link={link}
      shareTitle="My plan to a first job"
      copiedMessage="Link copied. Keep it, or paste it into a message."
    >
      <a href={routes.plan()} className={SECONDARY_BUTTON}>
        Make a new plan
      </a>
    </KeepLink>
  );
}
