'use client';

import { SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { KeepLink } from '@/components/ui/keep-link';
import { routes } from '@/lib/routes';

/** Copy, share and print a plan, or start a new one. */
export function PlanActions({ link }: { link: string }) {
  return (
    <KeepLink
      id="plan-keep"
      words={{
        heading: 'Keep this plan',
        intro:
          'The link holds your answers, so it opens this same plan on any device. Nothing is stored anywhere else.',
        fieldLabel: 'Your plan link',
        copy: 'Copy link',
        copied: 'Link copied. Keep it, or paste it into a message.',
        copyBlocked:
          'Copying was blocked. The link is selected: copy it with your keyboard or menu.',
        share: 'Share',
        print: 'Print',
      }}
      link={link}
      shareTitle="My plan to a first job"
    >
      <a href={routes.plan()} className={SECONDARY_BUTTON}>
        Make a new plan
      </a>
    </KeepLink>
  );
}
