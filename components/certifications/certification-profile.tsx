import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import {
  BODY_NAMES,
  LEVEL_DESCRIPTIONS,
  LEVEL_LABELS,
  certificationSourceIds,
  examFacts,
  isKnownFact,
  jobTitlesListing,
  type FigureLike,
} from '@/lib/certifications';
import { getJobTitles, getRoles, getSource, type Certification } from '@/lib/content';
import { CitedFigure } from '../cited-figure';
import { GlossaryText } from '../glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { NoBillingCredentialNotes, RoleRuleNotes } from './certification-notes';
import { UnknownFact } from './unknown-fact';
import { PageSection } from '@/components/layout/page-section';
import { routes } from '@/lib/routes';

/** Label and value in a two-column list that stacks on a phone. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-3 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4 dark:border-slate-800">
      <dt className="font-semibold">{label}</dt>
      <dd className="mt-1 sm:mt-0">{children}</dd>
    </div>
  );
}

export function CertificationProfile({ certification: cert }: { certification: Certification }) {
  const official = `${cert.issuer}'s official ${cert.acronym} page`;
  const unknown = <UnknownFact officialUrl={cert.officialUrl} officialName={official} />;
  const figureOrUnknown = (figure: FigureLike | undefined) =>
    figure ? <CitedFigure figure={figure} /> : unknown;
  const roles = getRoles().filter((role) => cert.roles.some((id) => id === role.slug));
  const jobTitles = jobTitlesListing(getJobTitles(), cert.slug);
  const exam = examFacts(cert.exam);

  return (
    <article>
      <PageIntro title={`${cert.acronym}: ${cert.name}`}>
        <p>
          Issued by{' '}
          {cert.issuer === BODY_NAMES[cert.issuer] ? (
            cert.issuer
          ) : (
            <>
              the {BODY_NAMES[cert.issuer]} ({cert.issuer})
            </>
          )}
          . {LEVEL_LABELS[cert.level]} level: {LEVEL_DESCRIPTIONS[cert.level]}.
        </p>
        <p>
          Official page: <a href={cert.officialUrl}>{official}</a>
        </p>
      </PageIntro>

      <div className="max-w-3xl space-y-3">
        <NoBillingCredentialNotes bodies={[cert.issuer]} />
        <RoleRuleNotes roles={cert.roles} />
      </div>

      <PageSection id="proves" title="What it proves">
        <p>
          <GlossaryText text={cert.proves} />
        </p>
      </PageSection>

      <PageSection id="first" title="Who should take it first">
        <p>
          <GlossaryText text={cert.firstFor} />
        </p>
      </PageSection>

      <PageSection id="eligibility" title="Who can take the exam">
        <p>
          {cert.eligibility ? (
            <GlossaryText text={cert.eligibility} />
          ) : (
            <UnknownFact
              officialUrl={cert.officialUrl}
              officialName={`${cert.issuer}'s ${cert.acronym} page`}
            />
          )}
        </p>
      </PageSection>

      <PageSection id="exam" title="The exam">
        {exam.some(isKnownFact) ? (
          <>
            <dl>
              {exam.map((fact) => (
                <Fact key={fact.id} label={fact.label}>
                  {fact.kind === 'text' ? (fact.text ?? unknown) : figureOrUnknown(fact.figure)}
                </Fact>
              ))}
            </dl>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Prices and exam rules change. Check <a href={cert.officialUrl}>{official}</a> before
              you book.
            </p>
          </>
        ) : (
          <p>
            <strong className="font-semibold">
              {exam
                .map((fact, index) => (index === 0 ? fact.label : fact.label.toLowerCase()))
                .join(', ')}
              :
            </strong>{' '}
            {unknown}
          </p>
        )}
      </PageSection>

      {cert.apprentice ? (
        <PageSection id="apprentice" title="The apprentice rule">
          <p>{cert.apprentice}</p>
        </PageSection>
      ) : null}

      <PageSection id="renewal" title="Keeping it: renewal">
        <dl>
          <Fact label="Renew every">{figureOrUnknown(cert.renewal.everyYears)}</Fact>
          <Fact label="Continuing education">{figureOrUnknown(cert.renewal.ceus)}</Fact>
        </dl>
        {cert.renewal.note ? <p>{cert.renewal.note}</p> : null}
      </PageSection>

      <PageSection
        id="roles"
        title={roles.length === 1 ? 'The job it serves' : 'The jobs it serves'}
      >
        <ul className="list-disc space-y-1 pl-5">
          {roles.map((role) => (
            <li key={role.slug}>
              <Link href={routes.role(role.slug)}>{role.name}</Link>: {role.summary}
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="jobs" title="Job titles that list it">
        {jobTitles.length === 0 ? (
          <p>No job title on this site lists the {cert.acronym} yet.</p>
        ) : (
          <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {jobTitles.map((title) => (
              <li key={title.slug}>
                <Link href={routes.job(title.slug)}>{title.name}</Link>{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">({title.level})</span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="sources" title="Sources">
        <ul className="list-disc space-y-1 pl-5">
          {certificationSourceIds(cert)
            .map(getSource)
            .map((source) => (
              <li key={source.id}>
                <Link href={routes.source(source.id)}>{source.title}</Link>, {source.publisher} (
                {source.edition}
                {source.standing === 'secondary' ? '; a secondary source' : ''}).
              </li>
            ))}
        </ul>
      </PageSection>

      <p className="mt-10 print:hidden">
        <Link href={routes.certifications()}>Compare all credentials</Link>
      </p>
    </article>
  );
}
