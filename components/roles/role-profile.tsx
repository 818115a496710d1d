import { GlossaryText } from '@/components/glossary/glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { CitedFigure } from '@/components/ui/cited-figure';
import { QuestionLinks } from '@/components/answers/question-links';
import { Link } from '@/components/ui/link';
import { HeadlineFigure } from '@/components/ui/measured-figure';
import { RichText } from '@/components/ui/rich-text';
import { SourceCitation } from '@/components/ui/source-citation';
import type { HeadlineFigureView } from '@/lib/citations';
import type { LinkedText } from '@/lib/glossary';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { CitedText, RoleProfile as Profile } from '@/lib/roles';
import { routesFor } from '@/lib/routes';

function BulletList({ items }: { items: LinkedText[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item.text}>
          <GlossaryText text={item} />
        </li>
      ))}
    </ul>
  );
}

function OutlookFigure({
  view,
  missing,
}: {
  view: HeadlineFigureView | undefined;
  /** What to say when the figure is not held here. */
  missing: string;
}) {
  return view ? <HeadlineFigure view={view} /> : <p>{missing}</p>;
}

/** A sourced sentence: the text, then its citation. */
function Cited({ fact }: { fact: CitedText }) {
  return (
    <>
      {fact.text} <SourceCitation citation={fact.citation} />
    </>
  );
}

export function RoleProfile({ profile: role, locale }: { profile: Profile; locale: Locale }) {
  const { occupation, firstCertification: first, otherCertifications: others } = role;
  const m = getMessages(locale).roles;
  const routes = routesFor(locale);
  const link = (href: string) =>
    function LinkedWords(words: string) {
      return <Link href={href}>{words}</Link>;
    };

  return (
    <article>
      <PageIntro title={role.name}>
        <p>{role.summary}</p>
      </PageIntro>

      <div
        className="prose dark:prose-invert max-w-3xl"
        dangerouslySetInnerHTML={{ __html: role.bodyHtml }}
      />

      <PageSection id="day" title={m.day}>
        <ol className="list-decimal space-y-1 pl-5">
          {role.dayInTheWork.map((step) => (
            <li key={step.text}>
              <GlossaryText text={step} />
            </li>
          ))}
        </ol>
      </PageSection>

      <PageSection id="duties" title={m.duties}>
        <BulletList items={role.duties} />
      </PageSection>

      <PageSection id="skills" title={m.skills}>
        <BulletList items={role.skills} />
      </PageSection>

      <PageSection id="tools" title={m.tools}>
        <BulletList items={role.toolsAndCodeSets} />
        <p>
          <RichText text={m.glossaryHint} tags={{ glossary: link(routes.glossary()) }} />
        </p>
      </PageSection>

      <PageSection id="settings" title={m.settings}>
        <BulletList items={role.workSettings} />
        <p>
          <strong>{m.remoteWork}</strong> {role.remoteWork}
        </p>
      </PageSection>

      <PageSection id="education" title={m.education}>
        <p>{role.education}</p>
        {role.typicalEducation ? (
          <p>
            {m.governmentSays} <Cited fact={role.typicalEducation} />
          </p>
        ) : null}
        <h3 className="mt-4 font-semibold">{m.waysIn}</h3>
        <BulletList items={role.educationPaths} />
      </PageSection>

      <PageSection id="certifications" title={m.certifications}>
        <p>
          <strong>{m.startWith}</strong>{' '}
          <Link href={first.href}>
            {first.acronym}, {first.name}
          </Link>{' '}
          ({first.issuer}). {first.firstFor}
        </p>
        {role.certificationRule ? (
          <p>
            <Cited fact={role.certificationRule} />
          </p>
        ) : null}
        <p>{m.later}</p>
        <ul className="list-disc space-y-1 pl-5">
          {others.map((cert) => (
            <li key={cert.slug}>
              <Link href={cert.href}>
                {cert.acronym}, {cert.name}
              </Link>{' '}
              ({cert.issuer})
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="pay" title={m.pay}>
        <p>
          <RichText
            text={formatMessage(m.figuresFor, { title: occupation.title, code: occupation.code })}
            tags={{ strong: (words) => <strong>{words}</strong> }}
          />
          {occupation.officialTitle === occupation.title ? null : (
            <> {formatMessage(m.officialTitle, { official: occupation.officialTitle })}</>
          )}
        </p>
        {occupation.proxyNote ? <p className="italic">{occupation.proxyNote}</p> : null}
        <h3 className="font-semibold">{m.payHeading}</h3>
        <OutlookFigure view={role.outlook.median} missing={m.notPublished} />
        <h3 className="font-semibold">{m.outlookHeading}</h3>
        <OutlookFigure view={role.outlook.growth} missing={m.notPublished} />
        <OutlookFigure view={role.outlook.openings} missing={m.notPublished} />
        {role.occupationNotes.map((note) => (
          <p key={note.text}>
            <Cited fact={note} />
          </p>
        ))}
        {role.moreFigures.length > 0 ? (
          <>
            <h3 className="font-semibold">{m.moreFigures}</h3>
            <ul className="space-y-2">
              {role.moreFigures.map((figure) => (
                <li key={`${figure.label}-${figure.citation.asOf}`}>
                  <CitedFigure figure={figure} showLabel />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <RichText text={m.moreIn} tags={{ outlook: link(routes.outlook()) }} />
        </p>
      </PageSection>

      <PageSection id="advancement" title={m.advancement}>
        <BulletList items={role.advancement} />
        <p>
          <RichText text={m.seeCareerPaths} tags={{ paths: link(routes.careerPaths()) }} />
        </p>
      </PageSection>

      <PageSection id="tips" title={m.tips}>
        <BulletList items={role.tips} />
      </PageSection>

      <PageSection id="next" title={m.next}>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <RichText text={m.tryWork} tags={{ try: link(routes.trySet(role.trySet)) }} />
          </li>
          <li>
            <RichText text={m.plan} tags={{ plan: link(routes.plan(role.trySet)) }} />
          </li>
          <li>
            <RichText text={m.firstJob} tags={{ firstJob: link(routes.firstJob()) }} />
          </li>
        </ul>
        <h3 className="mt-4 font-semibold">{m.questions}</h3>
        <QuestionLinks questions={role.questions} locale={locale} />
      </PageSection>
    </article>
  );
}
