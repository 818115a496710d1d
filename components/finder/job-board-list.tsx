import type { JobBoardLink } from '@/lib/finder/job-boards';
import { formatMessage } from '@/lib/i18n/format-message';

/** Links out to job searches; each one's accessible name says what it searches. */
export function JobBoardList({
  links,
  onBoard,
}: {
  links: JobBoardLink[];
  /** "{search} on", before the board's name: "Medical Coder jobs nationwide on Indeed". */
  onBoard: string;
}) {
  return (
    <ul className="mt-3 flex flex-wrap gap-3">
      {links.map((link) => (
        <li key={link.board}>
          <a
            href={link.href}
            rel="noopener noreferrer"
            className="inline-block rounded-md border border-slate-400 px-4 py-2 font-medium no-underline hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
          >
            <span className="sr-only">{formatMessage(onBoard, { search: link.search })} </span>
            {link.board}
          </a>
        </li>
      ))}
    </ul>
  );
}
