import { Link } from '@/components/ui/link';
import {
  getCertification,
  getOccupation,
  getSource,
  type OccupationFigure,
  type Role,
} from '@/lib/content';
import { CitedFigure } from './cited-figure';
import { GlossaryText } from './glossary-text';
import { nationalFigures } from '@/lib/figures';
import { PageIntro } from '@/components/layout/page-intro';
import { SourceNote } from './source-note';
import { PageSection } from '@/components/layout/page-section';
import { routes } from '@/lib/routes';

function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>
          <GlossaryText text={item} />
        </li>
      ))}
    </ul>
  );
}

function FigureList({
  figures,
  signed = false,
}: {
  figures: OccupationFigure[];
  signed?: boolean;
}) {
  if (figures.length === 0) return <p>Not published here yet.</p>;
  return (
    <ul className="space-y-2">
      {figures.map((figure) => (
        <li key={`${figure.asOf}-${figure.unit}-${figure.source}`}>
          <CitedFigure figure={figure} signed={signed} />
        </li>
      ))}
    </ul>
  );
}

export function RoleProfile({ role }: { role: Role }) {
  const occupation = getOccupation(role.occupation);
  const first = getCertification(role.firstCertification);
  const others = role.certifications
    .filter((slug) => slug !== role.firstCertification)
    .map(getCertification);

  return (
    <article>
      <PageIntro title={role.name}>
        <p>{role.summary}</p>
      </PageIntro>

      <div
        className="prose dark:prose-invert max-w-3xl"
        dangerouslySetInnerHTML={{ __html: role.body.html }}
      />

      <PageSection id="day" title="A day in the work">
        <ol className="list-decimal space-y-1 pl-5">
          {role.dayInTheWork.map((step) => (
            <li key={step}>
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
        {occupation.typicalEducation ? (
          <p>
            The government profile says: {occupation.typicalEducation.text}{' '}
            <SourceNote
              source={getSource(occupation.typicalEducation.source)}
              asOf={occupation.typicalEducation.asOf}
            />
          </p>
        ) : null}
        <h3 className="mt-4 font-semibold">Ways in</h3>
        <BulletList items={role.educationPaths} />
      </PageSection>

      <PageSection id="certifications" title="Certifications">
        <p>
          <strong>Start with:</strong>{' '}
          <Link href={routes.certification(first.slug)}>
            {first.acronym}, {first.name}
          </Link>{' '}
          ({first.issuer}). {first.firstFor}
        </p>
        {role.certificationRule ? (
          <p>
            {role.certificationRule.text}{' '}
            <SourceNote
              source={getSource(role.certificationRule.source)}
              asOf={role.certificationRule.asOf}
            />
          </p>
        ) : null}
        <p>Later, or for a specialty:</p>
        <ul className="list-disc space-y-1 pl-5">
          {others.map((cert) => (
            <li key={cert.slug}>
              <Link href={routes.certification(cert.slug)}>
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
        <h3 className="font-semibold">Median pay</h3>
        <FigureList figures={nationalFigures(occupation.figures, ['median-pay'])} />
        <h3 className="font-semibold">Projected change in jobs</h3>
        <FigureList figures={nationalFigures(occupation.figures, ['growth'])} signed />
        <h3 className="font-semibold">Openings each year</h3>
        <FigureList figures={nationalFigures(occupation.figures, ['openings'])} />
        {occupation.notes?.map((note) => (
          <p key={note.text}>
            {note.text} <SourceNote source={getSource(note.source)} asOf={note.asOf} />
          </p>
        ))}
        {role.figures && role.figures.length > 0 ? (
          <>
            <h3 className="font-semibold">More figures</h3>
            <ul className="space-y-2">
              {role.figures.map((figure) => (
                <li key={`${figure.label}-${figure.asOf}`}>
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
    </article>
  );
}
