import { GlossaryText } from '@/components/glossary/glossary-text';
import { Link } from '@/components/ui/link';
import type { FirstJobView, GuideBlockView, GuideSectionView } from '@/lib/first-job';
import type { FirstJobMessages } from '@/lib/i18n/messages/first-job';
import { EntryTitleFacts } from './entry-title-facts';
import { SourceList } from './source-list';

/** A block of the guide: its evidence tag, its text and list, and its sources beside them. */
function GuideBlock({ block }: { block: GuideBlockView }) {
  return (
    <div
      data-sourced={block.citations.length > 0 ? '' : undefined}
      data-evidence={block.evidence.kind}
    >
      <p>
        <span className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300">
          {block.evidence.label}
          <span className="sr-only">:</span>
        </span>{' '}
        <GlossaryText text={block.text} />
        <SourceList citations={block.citations} />
      </p>
      {block.items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {block.items.map((item) => (
            <li key={item.text}>
              <GlossaryText text={item} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function GuideSection({ section, m }: { section: GuideSectionView; m: FirstJobMessages }) {
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className="mt-10 max-w-3xl">
      <h2 id={`${section.id}-heading`} className="text-2xl font-semibold">
        {section.heading}
      </h2>
      <div className="mt-3 space-y-4">
        {section.blocks.map((block) => (
          <GuideBlock key={block.text.text} block={block} />
        ))}
        {section.bridgeJobs.length > 0 ? (
          <ol className="list-decimal space-y-2 pl-5" aria-label={m.bridgeJobsLabel}>
            {section.bridgeJobs.map((job) => (
              <li key={job.slug}>
                <Link href={job.href}>{job.name}</Link>: <GlossaryText text={job.text} />
              </li>
            ))}
          </ol>
        ) : null}
        {section.entryTitles.length > 0 ? (
          <ul className="space-y-3" aria-label={m.entryTitlesLabel}>
            {section.entryTitles.map((entry) => (
              <li key={entry.slug} data-sourced={entry.citations.length > 0 ? '' : undefined}>
                <Link href={entry.href} className="font-semibold">
                  {entry.title}
                </Link>
                : <EntryTitleFacts entry={entry} />
              </li>
            ))}
          </ul>
        ) : null}
        {section.links.length > 0 ? (
          <ul className="space-y-1">
            {section.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.text}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

/** /first-job/: the sections in order, after a list of them to jump to. */
export function FirstJobGuide({ guide, m }: { guide: FirstJobView; m: FirstJobMessages }) {
  return (
    <>
      <nav aria-labelledby="first-job-contents" className="max-w-3xl">
        <h2 id="first-job-contents" className="text-lg font-semibold">
          {m.onThisPage}
        </h2>
        <ul className="mt-2 space-y-1">
          {guide.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {guide.sections.map((section) => (
        <GuideSection key={section.id} section={section} m={m} />
      ))}
    </>
  );
}
