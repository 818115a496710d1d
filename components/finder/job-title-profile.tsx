import { Link } from '@/components/ui/link';
import { HeadlineFigure, MeasuredFigure } from '@/components/ui/measured-figure';
import { RichText } from '@/components/ui/rich-text';
import {
  noPaySentence,
  type JobTitleProfile as Profile,
  type TitleLink,
} from '@/lib/finder/server';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
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
import { routesFor, type Routes } from '@/lib/routes';

type TitleWords = ReturnType<typeof getMessages>['jobs']['title'];

/** Links to other curated titles, each with its level. */
function TitleLinks({
  titles,
  m,
  links,
}: {
  titles: readonly TitleLink[];
  m: TitleWords;
  links: Routes;
}) {
  if (titles.length === 0) return <p>{m.noneListed}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {titles.map((title) => (
        <li key={title.slug}>
          <Link href={links.job(title.slug)}>{title.name}</Link>{' '}
          <span className="text-sm text-slate-600 dark:text-slate-400">{title.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** How the title's occupation was chosen, in plain words. */
function OccupationMatch({ occupation, m }: { occupation: Profile['occupation']; m: TitleWords }) {
  const { match } = occupation;
  return (
    <p data-occupation-match={match.kind}>
      <strong>{m.matchLabels[match.kind]}.</strong>{' '}
      {match.kind === 'onet' ? (
        <>
          {formatMessage(m.onetMatch, { onetTitle: match.onetTitle })}
          {match.reason ? <> {match.reason}</> : null}
        </>
      ) : (
        match.reason
      )}
    </p>
  );
}

/** The headline median, the spread published with it, and where the title usually sits. */
function TitlePay({ profile, m }: { profile: Profile; m: TitleWords }) {
  const { pay, occupation } = profile;
  if (pay.kind === 'none') {
    return <p data-no-pay={pay.why}>{noPaySentence(pay.why, occupation.title, m)}</p>;
  }
  return (
    <>
      <HeadlineFigure view={pay.median} />
      {pay.spread ? (
        <>
          <p>{formatMessage(m.spreadIntro, { period: pay.period })}</p>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-pay-spread="">
            {pay.spread.map((figure) => (
              <li key={figure.id}>
                <MeasuredFigure figure={figure} compact />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{formatMessage(m.noSpread, { period: pay.period })}</p>
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
  locale,
}: {
  profile: Profile;
  compare: CompareWithView;
  printSources: readonly PrintSource[];
  locale: Locale;
}) {
  const messages = getMessages(locale);
  const m = messages.jobs.title;
  const f = messages.finder;
  const links = routesFor(locale);
  const { occupation } = profile;
  return (
    <article>
      <PageIntro title={profile.name}>
        {profile.englishName ? (
          // Job ads use the English title: a page in another language names it under the heading.
          <p className="text-lg" data-english-title="">
            <RichText
              text={formatMessage(m.inEnglish, { title: profile.englishName })}
              tags={{ en: (words) => <strong lang="en">{words}</strong> }}
            />
          </p>
        ) : null}
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

      <PageSection id="work" title={m.sections.work}>
        <p>
          <GlossaryText text={profile.description} />
        </p>
        {profile.alsoCalled.length > 0 ? (
          // Other names the title goes by, quoted as employers write them: a list of names, not prose.
          <p data-prose="exempt">
            <span className="font-semibold">{m.alsoCalled}</span>{' '}
            <span lang="en">{profile.alsoCalled.join('; ')}</span>.
          </p>
        ) : null}
      </PageSection>

      {profile.entryTitle ? (
        <PageSection id="beginners" title={m.sections.beginners}>
          <p data-sourced={profile.entryTitle.citations.length > 0 ? '' : undefined}>
            <EntryTitleFacts entry={profile.entryTitle} />
          </p>
          <p>
            <RichText
              text={m.firstJob}
              tags={{ link: (words) => <Link href={links.firstJob()}>{words}</Link> }}
            />
          </p>
        </PageSection>
      ) : null}

      <PageSection id="certifications" title={m.sections.certifications}>
        {profile.certifications.length > 0 ? (
          <>
            <p>{m.certificationsIntro}</p>
            {/* Credentials by their official names, kept in English: names, not prose to read. */}
            <ul className="list-disc space-y-1 pl-5" data-prose="exempt">
              {profile.certifications.map((cert) => (
                <li key={cert.slug}>
                  <Link href={links.certification(cert.slug)}>{cert.acronym}</Link>: {cert.name}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{m.noCertification}</p>
        )}
        {profile.otherCredentials.length > 0 ? (
          <p>
            {formatMessage(m.otherCredentials, {
              credentials: profile.otherCredentials.join('; '),
            })}
          </p>
        ) : null}
      </PageSection>

      <PageSection id="next-steps" title={m.sections.nextSteps}>
        <p>{m.nextStepsIntro}</p>
        <TitleLinks titles={profile.nextSteps} m={m} links={links} />
      </PageSection>

      <PageSection id="related" title={m.sections.related}>
        <TitleLinks titles={profile.related} m={m} links={links} />
      </PageSection>

      {/* Links to compare lead nowhere on paper. */}
      <div className="print:hidden">
        <PageSection id="compare" title={m.sections.compare}>
          <CompareWith compare={compare} name={profile.name} labels={m} links={links} />
        </PageSection>
      </div>

      <PageSection id="pay" title={m.sections.pay}>
        <p>
          <RichText
            text={formatMessage(m.payIntro, {
              occupation: occupation.title,
              code: occupation.code,
            })}
            tags={{ strong: (words) => <strong>{words}</strong> }}
          />
        </p>
        <OccupationMatch occupation={occupation} m={m} />
        {occupation.proxyNote ? <p>{occupation.proxyNote}</p> : null}
        <TitlePay profile={profile} m={m} />
        <p>
          <RichText
            text={formatMessage(m.blsLink, { occupation: occupation.title })}
            tags={{ bls: (words) => <a href={occupation.oewsUrl}>{words}</a> }}
          />
        </p>
      </PageSection>

      <PageSection id="openings" title={m.sections.openings}>
        <OpeningsLinks
          englishTitle={profile.englishName ?? profile.name}
          // Only the strings the island uses: the rest of the catalog stays on the server.
          labels={{ openings: f.openings, places: f.places, boards: f.boards }}
        />
        <p>
          <Link href={links.jobSearch(profile.englishName ?? profile.name)}>
            {m.openingsInState}
          </Link>
        </p>
      </PageSection>

      <PageSection id="onet" title={m.sections.onet}>
        <p>
          <RichText
            text={formatMessage(m.onetAbout, {
              occupation: occupation.title,
              code: occupation.code,
            })}
            tags={{ onet: (words) => <a href={occupation.onetUrl}>{words}</a> }}
          />{' '}
          {occupation.match.kind === 'onet'
            ? formatMessage(m.onetLists, { onetTitle: occupation.match.onetTitle })
            : m.onetNearest}
        </p>
        <div className="text-sm text-slate-600 dark:text-slate-400">
          <OnetAttribution siteName={profile.siteName} release={profile.onetRelease} />
        </div>
      </PageSection>
      <PrintedSources sources={printSources} labels={messages.jobs.compare} links={links} />
    </article>
  );
}
