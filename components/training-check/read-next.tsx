import { Link } from '@/components/ui/link';
import { routes } from '@/lib/routes';

/** Where to go from the training check: the straight answers, the plan and how long it takes. */
export function ReadNext() {
  return (
    <ul className="list-disc space-y-1 pl-6">
      <li>
        <Link href={routes.answer('how-long')}>How long it really takes</Link> to train and get a
        first job.
      </li>
      <li>
        <Link href={routes.plan()}>Make your own plan</Link>: the time, the cost and the first
        credential for you.
      </li>
      <li>
        <Link href={routes.answers()}>Straight answers</Link> on pay, remote work and AI.
      </li>
    </ul>
  );
}
