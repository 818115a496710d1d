import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { PlanForm } from '@/components/plan/plan-form';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { latestPlanForm } from '@/lib/planner';
import { routes } from '@/lib/routes';

export function planMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).plan;
  return pageMetadata({
    locale,
    title: m.metaTitle,
    description: m.metaDescription,
    path: routes.plan(),
    card: 'quiz',
  });
}

/** /plan/: the plan's questions, in the locale's language. */
export function PlanPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).plan;
  return (
    <>
      <PageIntro title={m.formTitle}>
        <p>{m.formIntro}</p>
      </PageIntro>
      <noscript>
        <p className="mb-6 max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          {m.formNoScript}
        </p>
      </noscript>
      <PlanForm
        version={latestPlanForm(m)}
        locale={locale}
        labels={{
          notSure: m.notSure,
          canSkip: m.canSkip,
          skipOption: m.skipOption,
          submit: m.submit,
        }}
      />
    </>
  );
}
