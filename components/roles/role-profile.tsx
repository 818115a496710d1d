import { GlossaryText } from '@/components/glossary/glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { CitedFigure } from '@/components/ui/cited-figure';
import { QuestionLinks } from '@/components/answers/question-links';
import { Link } from '@/components/ui/link';
import { HeadlineFigure } from '@/components/ui/measured-figure';
import { SourceCitation } from '@/components/ui/source-citation';
import type { HeadlineFigureView } from '@/lib/citations';
import type { LinkedText } from '@/lib/glossary';
import type { CitedText, RoleProfile as Profile } from '@/lib/roles';
import { routes } from '@/lib/routes';

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

function OutlookFigure({ view }: { view: HeadlineFigureView | undefined }) {
  return view ? <HeadlineFigure view={view} /> : <p>Not published here yet.</p>;
}

/** A sourced sentence: the text, then its citation. */
function Cited({ fact }: { fact: CitedText }) {
  return (
    <>
      {fact.text} <SourceCitation citation={fact.citation} />
    </>
  );
}

export function RoleProfile({ profile: role }: { profile: Profile }) {
  const { occupation, firstCertification: first, otherCertifications: others } = role;

  return (
    <article>
      <PageIntro title={role.name}>
        <p>{role.summary}</p>
      </PageIntro>

      <div
        className="prose dark:prose-invert max-w-3xl"
        dangerouslySetInnerHTML={{ __html: role.bodyHtml }}
      />

      <PageSection id="day" title="A day in the work">
        <ol className="list-decimal space-y-1 pl-5">
          {role.dayInTheWork.map((step) => (
            <li key={step.text}>
              <GlossaryText text={step} />
            </li>
          ))}
        </ol>
      </PageSection>

      <PageSection id="duties" title="Duties">
        <BulletList items={role.duties} />
      </PageSection>

      <PageSection id="skills" title="Skills">
        <BulletList items={role.skills} />
      </PageSection>

      <PageSection id="tools" title="Tools and code sets">
        <BulletList items={role.toolsAndCodeSets} />
        <p>
          Unfamiliar term? See the <Link href={routes.glossary()}>glossary</Link>.
        </p>
      </PageSection>

      <PageSection id="settings" title="Where the work is">
        <BulletList items={role.workSettings} />
        <p>
          <strong>Remote work:</strong> {role.remoteWork}
        </p>
      </PageSection>

      <PageSection id="education" title="Education">
        <p>{role.education}</p>
        {role.typicalEducation ? (
          <p>
            The government profile says: <Cited fact={role.typicalEducation} />
          </p>
        ) : null}
        <h3 className="mt-4 font-semibold">Ways in</h3>
        <BulletList items={role.educationPaths} />
      </PageSection>

      <PageSection id="certifications" title="Certifications">
        <p>
          <strong>Start with:</strong>{' '}
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
        <p>Later, or for a specialty:</p>
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

      <PageSection id="pay" title="Pay and outlook">
        <p>
          Figures for the government occupation <strong>{occupation.title}</strong> (
          {occupation.code}).
        </p>
        {occupation.proxyNote ? <p className="italic">{occupation.proxyNote}</p> : null}
        <h3 className="font-semibold">Pay</h3>
        <OutlookFigure view={role.outlook.median} />
        <h3 className="font-semibold">Job outlook</h3>
        <OutlookFigure view={role.outlook.growth} />
        <OutlookFigure view={role.outlook.openings} />
        {role.occupationNotes.map((note) => (
          <p key={note.text}>
            <Cited fact={note} />
          </p>
        ))}
        {role.moreFigures.length > 0 ? (
          <>
            <h3 className="font-semibold">More figures</h3>
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
          More in <Link href={routes.outlook()}>pay and outlook</Link>.
        </p>
      </PageSection>

      <PageSection id="advancement" title="Where it leads">
        <BulletList items={role.advancement} />
        <p>
          See the <Link href={routes.careerPaths()}>career paths</Link>.
        </p>
      </PageSection>

      <PageSection id="tips" title="Tips for success">
        <BulletList items={role.tips} />
      </PageSection>

      <PageSection id="next" title="Next steps">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href={routes.trySet(role.trySet)}>Try the work</Link>: short made-up cases, with
            the answers explained, before you pay for a course.
          </li>
          <li>
            <Link href={routes.plan(role.trySet)}>Make your plan</Link>: the time, the cost and the
            first jobs to apply for, from where you are now.
          </li>
          <li>
            <Link href={routes.firstJob()}>Your first job</Link>: how people get hired when every
            job ad asks for experience.
          </li>
        </ul>
        <h3 className="mt-4 font-semibold">Questions people ask</h3>
        <QuestionLinks questions={role.questions} locale="en" />
      </PageSection>
    </article>
  );
}
