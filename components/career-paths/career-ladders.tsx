import { Link } from '@/components/ui/link';
import { careerLevelNames, type CareerLadderView as Ladder } from '@/lib/career-paths';
import type { JobLevel } from '@/lib/content/vocabulary';
import { type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';

type Step = Ladder['rungs'][number]['steps'][number];

/** Track colours: the site's coder and biller colours, amber where the two meet. */
const TRACK_TONES: Readonly<Record<string, { border: string; text: string }>> = {
  coding: { border: 'border-l-coder', text: 'text-coder print:text-black' },
  billing: { border: 'border-l-biller', text: 'text-biller print:text-black' },
};
const SHARED_TONE = {
  border: 'border-l-amber-600 dark:border-l-amber-400',
  text: 'text-amber-800 dark:text-amber-300 print:text-black',
};

// On wide screens the ladders climb: entry on the bottom row, lead on the top row. The rows are
// shared by both ladders (CSS subgrid), so the same level sits at the same height in each.
const LEVEL_ROW: Readonly<Record<JobLevel, string>> = {
  lead: 'md:row-start-1',
  senior: 'md:row-start-2',
  mid: 'md:row-start-3',
  entry: 'md:row-start-4',
};

function StepCard({ step, border, locale }: { step: Step; border: string; locale: Locale }) {
  const m = getMessages(locale).careerPaths;
  const routes = routesFor(locale);
  return (
    <li
      className={`break-inside-avoid rounded-md border border-l-4 border-y-slate-200 border-r-slate-200 bg-white p-3 dark:border-y-slate-700 dark:border-r-slate-700 dark:bg-slate-900 ${border}`}
    >
      <h3 className="font-semibold">
        <Link href={routes.job(step.job.slug)}>{step.job.name}</Link>
      </h3>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{m.opensIt}</span>
        {step.unlock}
      </p>
      {step.certifications.length > 0 ? (
        <div className="mt-2 flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold">{m.credentials}</span>
          <ul className="flex flex-wrap gap-x-2">
            {step.certifications.map((cert) => (
              <li key={cert.slug}>
                <Link href={routes.certification(cert.slug)}>
                  <abbr title={cert.name} className="no-underline">
                    {cert.acronym}
                  </abbr>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

function Arrow({
  direction,
  className,
}: {
  direction: 'up' | 'down' | 'right';
  className: string;
}) {
  const glyph = { up: '↑', down: '↓', right: '→' }[direction];
  return (
    <span aria-hidden="true" className={`text-2xl leading-none font-bold ${className}`}>
      {glyph}
    </span>
  );
}

/** One climbing ladder: an ordered list of levels, entry first, each with its job titles. */
function LadderColumn({ ladder, locale }: { ladder: Ladder; locale: Locale }) {
  const levelNames = careerLevelNames(locale);
  const tone = TRACK_TONES[ladder.slug] ?? SHARED_TONE;
  const headingId = `track-${ladder.slug}`;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-10 md:row-span-5 md:row-start-2 md:mt-0 md:grid md:grid-rows-subgrid"
    >
      <div className="mb-4 md:mb-0">
        <h2 id={headingId} className={`text-2xl font-semibold ${tone.text}`}>
          {ladder.name}
        </h2>
        <p className="mt-1">{ladder.summary}</p>
      </div>
      <ol className="space-y-2 md:row-span-4 md:grid md:grid-rows-subgrid md:space-y-0">
        {ladder.rungs.map((rung, index) => {
          const isTop = index === ladder.rungs.length - 1;
          return (
            <li key={rung.level} className={`flex flex-col ${LEVEL_ROW[rung.level]}`}>
              {isTop ? null : (
                <Arrow direction="up" className={`hidden self-center md:block ${tone.text}`} />
              )}
              <p className={`mb-2 text-sm font-bold tracking-wide uppercase ${tone.text}`}>
                {levelNames[rung.level]}
              </p>
              <ul className="space-y-3">
                {rung.steps.map((step) => (
                  <StepCard key={step.job.slug} step={step} border={tone.border} locale={locale} />
                ))}
              </ul>
              {isTop ? null : (
                <Arrow direction="down" className={`mt-2 self-center md:hidden ${tone.text}`} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Where the ladders meet: levels left to right on wide screens, above both ladders. */
function SharedBand({ ladder, locale }: { ladder: Ladder; locale: Locale }) {
  const levelNames = careerLevelNames(locale);
  const headingId = `track-${ladder.slug}`;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-10 rounded-lg border-2 border-amber-600 p-4 md:col-span-2 md:row-start-1 md:mt-0 md:mb-8 dark:border-amber-400"
    >
      <h2 id={headingId} className={`text-2xl font-semibold ${SHARED_TONE.text}`}>
        {ladder.name}
      </h2>
      <p className="mt-1 max-w-3xl">{ladder.summary}</p>
      <ol className="mt-4 grid gap-4 md:grid-cols-3">
        {ladder.rungs.map((rung) => (
          <li key={rung.level}>
            <p className={`mb-2 text-sm font-bold tracking-wide uppercase ${SHARED_TONE.text}`}>
              {levelNames[rung.level]}
            </p>
            <ul className="space-y-3">
              {rung.steps.map((step) => (
                <StepCard
                  key={step.job.slug}
                  step={step}
                  border={SHARED_TONE.border}
                  locale={locale}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="mt-4 hidden text-center md:block">
        <Arrow direction="up" className={`mr-2 ${TRACK_TONES.coding?.text ?? ''}`} />
        {getMessages(locale).careerPaths.bothLeadHere}
        <Arrow direction="up" className={`ml-2 ${TRACK_TONES.billing?.text ?? ''}`} />
      </p>
    </section>
  );
}

/**
 * The career-path diagram. On a phone: the coding ladder, the billing ladder, then where they meet,
 * each read top to bottom from entry to lead. On a wide screen: the two ladders side by side,
 * climbing from entry at the bottom, with where they meet across the top.
 */
export function CareerLadders({
  ladders,
  shared,
  locale,
}: {
  ladders: Ladder[];
  shared: Ladder | undefined;
  locale: Locale;
}) {
  return (
    <div className="md:grid md:grid-cols-2 md:gap-x-6 md:gap-y-3">
      {ladders.map((ladder) => (
        <LadderColumn key={ladder.slug} ladder={ladder} locale={locale} />
      ))}
      {shared ? <SharedBand ladder={shared} locale={locale} /> : null}
    </div>
  );
}
