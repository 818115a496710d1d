'use client';

import { SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { KeepLink } from '@/components/ui/keep-link';
import type { PlanWords } from '@/lib/planner';
import { routesFor } from '@/lib/routes';

/** Copy, share and print a plan, or start a new one. */
export function PlanActions({ link, words: { m, locale } }: { link: string; words: PlanWords }) {
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
      heading={m.keepHeading}
      thing={m.keepThing}
      link={link}
      shareTitle={m.shareTitle}
      copiedMessage={m.copied}
    >
      <a href={routesFor(locale).plan()} className={SECONDARY_BUTTON}>
        {m.makeNew}
      </a>
    </KeepLink>
  );
}
