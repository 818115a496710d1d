import { Link } from '@/components/ui/link';
import { getCertifications, getSiteInfo } from '@/lib/content';
import {
  findOccupation,
  getFinderCatalog,
  getJobTitles,
  type JobTitle,
} from '@/lib/finder/content';
import { FAMILY_LABELS, LEVEL_LABELS, PAY_MEASURE_LABELS } from '@/lib/finder/labels';
import { nationalPay } from '@/lib/finder/place-pay';
import { CitedFigure } from '../cited-figure';
import { GlossaryText } from '../glossary-text';
import { OnetAttribution } from '../onet-attribution';
import { PageIntro } from '@/components/layout/page-intro';
import { OpeningsLinks } from './openings-links';
import { PageSection } from '@/components/layout/page-section';
import { routes } from '@/lib/routes';

const PREVALENCE_WORDS = {
  high: 'a common title in job ads',
  medium: 'seen regularly in job ads',
  low: 'a less common title',
} as const;

/** Links to other curated titles, each with its level. */
function TitleLinks({ slugs }: { slugs: readonly string[] }) {
  const titles = getJobTitles().filter((title) => slugs.includes(title.slug));
  if (titles.length === 0) return <p>None listed yet.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {titles.map((title) => (
        <li key={title.slug}>
          <Link href={routes.job(title.slug)}>{title.name}</Link>{' '}
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {LEVEL_LABELS[title.level]}, {FAMILY_LABELS[title.family].toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One curated job title: what it is, what it takes, where it leads, pay and openings. */
export function JobTitleProfile({ title }: { title: JobTitle }) {
  const occupation = findOccupation(title.occupation);
  const certifications = getCertifications().filter((cert) =>
    title.certifications.includes(cert.slug),
  );
  const ordered = title.certifications.flatMap(
    (slug) => certifications.find((cert) => cert.slug === slug) ?? [],
  );
  const otherNames = getFinderCatalog().entries.find((entry) => entry.slug === title.slug);
  const alsoCalled = [...(otherNames?.alternates ?? []), ...(otherNames?.abbreviations ?? [])];
  const pay = occupation ? nationalPay(occupation.figures) : [];

  return (
    <article>
      <PageIntro title={title.name}>
        <p>{title.summary}</p>
      </PageIntro>

      <dl className="max-w-3xl">
        {[
          ['Family', FAMILY_LABELS[title.family]],
          ['Level', LEVEL_LABELS[title.level]],
          ['How common', PREVALENCE_WORDS[title.prevalence]],
        ].map(([label, value]) => (
          <div
            key={label}
            className="border-b border-slate-200 py-2 sm:grid sm:grid-cols-[10rem_1fr] sm:gap-4 dark:border-slate-800"
          >
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <PageSection id="work" title="What the work is">
        <p>
          <GlossaryText text={title.description} />
        </p>
        {alsoCalled.length > 0 ? (
          <p>
            <span className="font-semibold">Also called:</span> {alsoCalled.join('; ')}.
          </p>
        ) : null}
      </PageSection>

      <PageSection id="certifications" title="Certifications">
        {ordered.length > 0 ? (
          <>
            <p>Employers hiring for this title often ask for one of these:</p>
            <ul className="list-disc space-y-1 pl-5">
              {ordered.map((cert) => (
                <li key={cert.slug}>
                  <Link href={routes.certification(cert.slug)}>{cert.acronym}</Link>: {cert.name}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No certification from the bodies this site profiles is typical for this title.</p>
        )}
        {title.otherCredentials && title.otherCredentials.length > 0 ? (
          <p>Other credentials seen for this title: {title.otherCredentials.join('; ')}.</p>
        ) : null}
      </PageSection>

      <PageSection id="next-steps" title="Next steps">
        <p>Where this title often leads:</p>
        <TitleLinks slugs={title.nextSteps} />
      </PageSection>

      <PageSection id="related" title="Related titles">
        <TitleLinks slugs={title.related} />
      </PageSection>

      <PageSection id="pay" title="Pay">
        {occupation ? (
          <>
            <p>
              Government pay figures exist for occupations, not for job titles. This title belongs
              to the occupation <strong>{occupation.title}</strong> ({occupation.code}); these are
              that occupation&apos;s national figures.
            </p>
            {occupation.proxyNote ? <p>{occupation.proxyNote}</p> : null}
            {pay.length > 0 ? (
              <ul className="list-disc space-y-2 pl-5">
                {pay.map((figure) => (
                  <li key={`${figure.measure}-${figure.unit}-${figure.asOf}`}>
                    {PAY_MEASURE_LABELS[figure.measure]}: <CitedFigure figure={figure} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>Pay for this occupation is not published here yet.</p>
            )}
            <p>
              <a href={occupation.oewsUrl}>BLS pay data for {occupation.title}</a>, including state
              figures.
            </p>
          </>
        ) : (
          <p>Pay for this title is not published here yet.</p>
        )}
      </PageSection>

      <PageSection id="openings" title="Search openings">
        <OpeningsLinks title={title.name} />
        <p>
          <Link href={routes.jobSearch(title.name)}>Search openings in a state or remote</Link>
        </p>
      </PageSection>

      {occupation ? (
        <PageSection id="onet" title="O*NET occupation">
          <p>
            O*NET, the US Department of Labor&apos;s job database, files this title under{' '}
            <a href={occupation.onetUrl}>
              {occupation.title} ({occupation.code})
            </a>
            .
          </p>
          <div className="text-sm text-slate-600 dark:text-slate-400">
            <OnetAttribution siteName={getSiteInfo().name} />
          </div>
        </PageSection>
      ) : null}
    </article>
  );
}
