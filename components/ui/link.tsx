'use client';
// The site's internal link. Next's <Link> fetches the payload of every link that scrolls into view;
// on a phone's data plan that is dozens of requests per page view. This one fetches a page only when
// the reader shows intent (pointer over it, keyboard focus, a finger down), so navigation stays quick
// and a page view costs only what the reader reaches for.
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'prefetch'> & {
  href: string;
  /** false: never prefetch, not even on intent. */
  prefetch?: false;
};

export function Link({
  href,
  prefetch: allowPrefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: LinkProps) {
  const router = useRouter();
  const prefetch = () => {
    if (allowPrefetch !== false && href.startsWith('/')) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
