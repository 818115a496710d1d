import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';

/** The words of "Read next", passed in: the summary that shows them runs in the browser. */
export type ReadNextLabels = Messages['trainingCheck']['readNext'];

/** Where to go from the training check: the straight answers, the plan and how long it takes. */
export function ReadNext({ labels, locale }: { labels: ReadNextLabels; locale: Locale }) {
  const links = routesFor(locale);
  return (
    <ul className="list-disc space-y-1 pl-6">
      <li>
        <RichText
          text={labels.howLong}
          tags={{ answer: (words) => <Link href={links.answer('how-long')}>{words}</Link> }}
        />
      </li>
      <li>
        <RichText
          text={labels.plan}
          tags={{ plan: (words) => <Link href={links.plan()}>{words}</Link> }}
        />
      </li>
      <li>
        <RichText
          text={labels.answers}
          tags={{ answers: (words) => <Link href={links.answers()}>{words}</Link> }}
        />
      </li>
    </ul>
  );
}
