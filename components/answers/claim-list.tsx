import { SourceCitation } from '@/components/ui/source-citation';
import type { ClaimView } from '@/lib/answers';
import type { ClaimVerdict } from '@/lib/content/vocabulary';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { EvidenceList } from './evidence-list';

// Each verdict has its own border colour, and its word is always shown beside it.
const VERDICT_STYLES: Readonly<Record<ClaimVerdict, string>> = {
  true: 'border-emerald-700 dark:border-emerald-400',
  'partly-true': 'border-sky-700 dark:border-sky-400',
  misleading: 'border-amber-600 dark:border-amber-400',
  false: 'border-red-700 dark:border-red-400',
  outdated: 'border-slate-500 dark:border-slate-400',
};

function Claim({ claim, locale }: { claim: ClaimView; locale: Locale }) {
  const messages = getMessages(locale).answers.claims;
  return (
    <li
      className={`rounded-lg border-l-4 bg-white p-4 dark:bg-slate-900 ${VERDICT_STYLES[claim.verdict]}`}
    >
      <h3 id={`claim-${claim.id}`} className="text-lg font-semibold">
        {claim.seenAt ? (
          <span data-sourced="">
            &ldquo;{claim.claim}&rdquo;{' '}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
              {messages.seenOn}
            </span>{' '}
            <SourceCitation citation={claim.seenAt} />
          </span>
        ) : (
          <>&ldquo;{claim.claim}&rdquo;</>
        )}
      </h3>
      <p className="mt-1">
        <strong data-verdict={claim.verdict}>
          {formatMessage(messages.verdict, { verdict: claim.verdictLabel })}
        </strong>{' '}
        {claim.why}
      </p>
      <div className="mt-3">
        <EvidenceList evidence={claim.evidence} locale={locale} />
      </div>
    </li>
  );
}

/** The checked claims, each with its verdict in words and its evidence. */
export function ClaimList({ claims, locale }: { claims: ClaimView[]; locale: Locale }) {
  return (
    <ol data-claims="" className="space-y-6">
      {claims.map((claim) => (
        <Claim key={claim.id} claim={claim} locale={locale} />
      ))}
    </ol>
  );
}
