import { Link } from '@/components/ui/link';
import { HeadlineFigure, MeasuredFigure } from '@/components/ui/measured-figure';
import { OCCUPATION_MATCH_LABELS } from '@/lib/finder';
import {
  noPaySentence,
  type JobTitleProfile as Profile,
  type TitleLink,
} from '@/lib/finder/server';
import type { CompareWith as CompareWithView } from '@/lib/job-compare/server';
import type { PrintSource } from '@/lib/job-compare';
import { CompareWith } from '@/components/job-compare/compare-with';
import { EntryTitleFacts } from '@/components/first-job/entry-title-facts';
import { PrintedSources } from '@/components/job-compare/printed-sources';
import { GlossaryText } from '@/components/glossary/glossary-text';
import { OnetAttribution } from '@/components/layout/onet-attribution';
import { PageIntro } from '@/components/layout/page-intro';
import { OpeningsLinks } from './openings-links';
import { PageSection } from '@/components/layout/page-section';
import { routes } from '@/lib/routes';

/** Links to other curated titles, each with its level. */
function TitleLinks({ titles }: { titles: readonly TitleLink[] }) {
  if (titles.length === 0) return <p>None listed yet.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {titles.map((title) => (
        <li key={title.slug}>
          <Link href={routes.job(title.slug)}>{title.name}</Link>{' '}
          <span className="text-sm text-slate-600 dark:text-slate-400">{title.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** How the title's occupation was chosen, in plain words. */
function OccupationMatch({ occupation }: { occupation: Profile['occupation'] }) {
  const { match } = occupation;
  return (
    <p data-occupation-match={match.kind}>
      <strong>{OCCUPATION_MATCH_LABELS[match.kind]}.</strong>{' '}
      {match.kind === 'onet' ? (
        <>
          O*NET lists &ldquo;{match.onetTitle}&rdquo; under this job group.
          {match.reason ? <> {match.reason}</> : null}
        </>
      ) : (
        match.reason
      )}
    </p>
  );
}

/** The headline median, the spread published with it, and where the title usually sits. */
function TitlePay({ profile }: { profile: Profile }) {
  const { pay, occupation } = profile;
  if (pay.kind === 'none') {
    return <p data-no-pay={pay.why}>{noPaySentence(pay.why, occupation.title)}</p>;
  }
  return (
    <>
      <HeadlineFigure view={pay.median} />
      {pay.spread ? (
        <>
          <p>How pay spreads in this occupation, {pay.period}:</p>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-pay-spread="">
            {pay.spread.map((figure) => (
              <li key={figure.id}>
                <MeasuredFigure figure={figure} compact />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>The spread of pay (10th to 90th percentile) for {pay.period} is not published here.</p>
      )}
      <p data-pay-position="">{pay.position}</p>
    </>
  );
}

/** One curated job title: what it is, what it takes, where it leads, pay and openings. */
export function JobTitleProfile({
  profile,
  compare,
  printSources,
}: {
  profile: Profile;
  compare: CompareWithView;
  printSources: readonly PrintSource[];
}) {
  const { occupation } = profile;
  return (
    <article>
      <PageIntro title={profile.name}>
        <p>{profile.summary}</p>
      </PageIntro>

      <dl className="max-w-3xl">
        {profile.facts.map(({ label, value }) => (
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
          <GlossaryText text={profile.description} />
        </p>
        {profile.alsoCalled.length > 0 ? (
          // Other names the title goes by, quoted as employers write them: a list of names, not prose.
          <p data-prose="exempt">
            <span className="font-semibold">Also called:</span> {profile.alsoCalled.join('; ')}.
          </p>
        ) : null}
      </PageSection>

      {profile.entryTitle ? (
        <PageSection id="beginners" title="Starting out">
          <p data-sourced={profile.entryTitle.citations.length > 0 ? '' : undefined}>
            <EntryTitleFacts entry={profile.entryTitle} />
          </p>
          <p>
            More on getting a first job:{' '}
            <Link href={routes.firstJob()}>your first coding or billing job</Link>.
          </p>
        </PageSection>
      ) : null}

      <PageSection id="certifications" title="Certifications">
        {profile.certifications.length > 0 ? (
          <>
            <p>Employers hiring for this title often ask for one of these:</p>
            <ul className="list-disc space-y-1 pl-5">
              {profile.certifications.map((cert) => (
                <li key={cert.slug}>
                  <Link href={routes.certification(cert.slug)}>{cert.acronym}</Link>: {cert.name}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No certification from the bodies this site profiles is typical for this title.</p>
        )}
        {profile.otherCredentials.length > 0 ? (
          <p>Other credentials seen for this title: {profile.otherCredentials.join('; ')}.</p>
        ) : null}
      </PageSection>

      <PageSection id="next-steps" title="Next steps">
        <p>Where this title often leads:</p>
        <TitleLinks titles={profile.nextSteps} />
      </PageSection>

      <PageSection id="related" title="Related titles">
        <TitleLinks titles={profile.related} />
      </PageSection>

      {/* Links to compare lead nowhere on paper. */}
      <div className="print:hidden">
        <PageSection id="compare" title="Compare with another title">
          <CompareWith compare={compare} name={profile.name} />
        </PageSection>
      </div>

      <PageSection id="pay" title="Pay">
        <p>
          The government publishes pay for job groups (occupations), not for job titles. We put this
          title in the group <strong>{occupation.title}</strong> ({occupation.code}).
        </p>
        <OccupationMatch occupation={occupation} />
        {occupation.proxyNote ? <p>{occupation.proxyNote}</p> : null}
        <TitlePay profile={profile} />
        <p>
          <a href={occupation.oewsUrl}>BLS pay data for {occupation.title}</a>, with figures for
          each state.
        </p>
      </PageSection>

      <PageSection id="openings" title="Search openings">
        <OpeningsLinks title={profile.name} />
        <p>
          <Link href={routes.jobSearch(profile.name)}>Search openings in a state or remote</Link>
        </p>
      </PageSection>

      <PageSection id="onet" title="O*NET occupation">
        <p>
          O*NET is the US Department of Labor&apos;s job database. It describes the group{' '}
          <a href={occupation.onetUrl}>
            {occupation.title} ({occupation.code})
          </a>
          {occupation.match.kind === 'onet'
            ? `. It lists "${occupation.match.onetTitle}" under it.`
            : '. It is the nearest one to this title, as O*NET does not list the title there.'}
        </p>
        <div className="text-sm text-slate-600 dark:text-slate-400">
          <OnetAttribution siteName={profile.siteName} release={profile.onetRelease} />
        </div>
      </PageSection>
      <PrintedSources sources={printSources} />
    </article>
  );
}
