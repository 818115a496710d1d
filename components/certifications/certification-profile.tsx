import type { ReactNode } from 'react';
import { GlossaryText } from '@/components/glossary/glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { CertificationProfile as Profile } from '@/lib/certifications';
import type { CitedFigureView } from '@/lib/citations';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';
import { NoBillingCredentialNotes, RoleRuleNotes } from './certification-notes';
import { UnknownFact } from './unknown-fact';

/** Label and value in a two-column list that stacks on a phone. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-3 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4 dark:border-slate-800">
      <dt className="font-semibold">{label}</dt>
      <dd className="mt-1 sm:mt-0">{children}</dd>
    </div>
  );
}

export function CertificationProfile({
  profile: cert,
  locale,
}: {
  profile: Profile;
  locale: Locale;
}) {
  const m = getMessages(locale).certifications;
  const routes = routesFor(locale);
  const official = cert.officialName;
  const officialLink = (words: string) => <a href={cert.officialUrl}>{words}</a>;
  const unknown = (
    <UnknownFact locale={locale} officialUrl={cert.officialUrl} officialName={official} />
  );
  const figureOrUnknown = (figure: CitedFigureView | undefined, reason?: string) =>
    figure ? (
      <CitedFigure figure={figure} />
    ) : (
      <UnknownFact
        locale={locale}
        reason={reason}
        officialUrl={cert.officialUrl}
        officialName={official}
      />
    );
  const { exam, roles, jobTitles } = cert;
  const issued = cert.issuerName
    ? formatMessage(m.issuedByName, { issuerName: cert.issuerName, issuer: cert.issuer })
    : formatMessage(m.issuedBy, { issuer: cert.issuer });

  return (
    <article>
      <PageIntro title={`${cert.acronym}: ${cert.name}`}>
        <p>
          {issued}{' '}
          {formatMessage(m.levelLine, {
            level: cert.levelLabel,
            description: cert.levelDescription,
          })}
        </p>
        <p>
          <RichText
            text={formatMessage(m.officialLink, { name: official })}
            tags={{ official: officialLink }}
          />
        </p>
      </PageIntro>

      <div className="max-w-3xl space-y-3">
        <NoBillingCredentialNotes notes={cert.noBillingNotes} locale={locale} />
        <RoleRuleNotes notes={cert.roleRules} />
      </div>

      <PageSection id="proves" title={m.proves}>
        <p>
          <GlossaryText text={cert.proves} />
        </p>
      </PageSection>

      <PageSection id="first" title={m.firstFor}>
        <p>
          <GlossaryText text={cert.firstFor} />
        </p>
      </PageSection>

      <PageSection id="eligibility" title={m.eligibility}>
        <p>
          {cert.eligibility ? (
            <GlossaryText text={cert.eligibility} />
          ) : (
            <UnknownFact
              locale={locale}
              reason={cert.unpublished.eligibility}
              officialUrl={cert.officialUrl}
              officialName={cert.issuerPageName}
            />
          )}
        </p>
      </PageSection>

      <PageSection id="exam" title={m.exam}>
        {cert.examKnown ? (
          <>
            <dl>
              {exam.map((fact) => (
                <Fact key={fact.id} label={fact.label}>
                  {fact.kind === 'text'
                    ? (fact.text ?? unknown)
                    : figureOrUnknown(fact.figure, fact.unpublished)}
                </Fact>
              ))}
            </dl>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              <RichText
                text={formatMessage(m.examCheck, { name: official })}
                tags={{ official: officialLink }}
              />
            </p>
          </>
        ) : (
          <>
            <p>
              <strong className="font-semibold">
                {exam
                  .map((fact, index) => (index === 0 ? fact.label : fact.label.toLowerCase()))
                  .join(', ')}
                :
              </strong>{' '}
              {unknown}
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {exam.flatMap((fact) =>
                fact.kind === 'figure' && fact.unpublished
                  ? [<li key={fact.id}>{fact.unpublished}</li>]
                  : [],
              )}
            </ul>
          </>
        )}
      </PageSection>

      {cert.apprentice ? (
        <PageSection id="apprentice" title={m.apprentice}>
          <p>{cert.apprentice}</p>
        </PageSection>
      ) : null}

      <PageSection id="renewal" title={m.renewal}>
        <dl>
          <Fact label={m.renewEvery}>
            {figureOrUnknown(cert.renewal.everyYears, cert.unpublished.renewal)}
          </Fact>
          <Fact label={m.continuingEducation}>
            {figureOrUnknown(cert.renewal.ceus, cert.unpublished.renewal)}
          </Fact>
          {cert.renewal.cost ? (
            <Fact label={m.costToKeep}>
              <CitedFigure figure={cert.renewal.cost} />
            </Fact>
          ) : null}
        </dl>
        {cert.renewal.note ? <p>{cert.renewal.note}</p> : null}
      </PageSection>

      <PageSection id="roles" title={roles.length === 1 ? m.jobServed : m.jobsServed}>
        {roles.length === 0 ? (
          <p>{cert.serves}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {roles.map((role) => (
              <li key={role.slug}>
                <Link href={role.href}>{role.name}</Link>: {role.summary}
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="jobs" title={m.jobTitles}>
        {jobTitles.length === 0 ? (
          <p>{formatMessage(m.noJobTitles, { acronym: cert.acronym })}</p>
        ) : (
          <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {jobTitles.map((title) => (
              <li key={title.slug}>
                <Link href={title.href}>{title.name}</Link>{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">({title.level})</span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="sources" title={m.sources}>
        {/* Citations: each document's title and publisher as published, not prose to reword. */}
        <ul className="list-disc space-y-1 pl-5" data-prose="exempt">
          {cert.sources.map((source) => (
            <li key={source.id}>
              <Link href={source.href}>{source.title}</Link>, {source.publisher} ({source.asOf}
              {source.secondary ? m.secondarySource : ''}).
            </li>
          ))}
        </ul>
      </PageSection>

      <p className="mt-10 print:hidden">
        <Link href={routes.certifications()}>{m.compareAll}</Link>
      </p>
    </article>
  );
}
