'use client';

import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

/**
 * The header's menu button on a phone: a <details>, so it opens with Enter, Space or a tap even
 * without JavaScript. With it, Escape closes the menu and returns focus to the button, and a
 * chosen link or a tap anywhere else closes it (the header stays on screen across client-side
 * navigation).
 */
export function MenuDisclosure({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);

  useEffect(() => {
    function closeFromOutside(event: PointerEvent) {
      const menu = details.current;
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) {
        menu.open = false;
      }
    }
    document.addEventListener('pointerdown', closeFromOutside);
    return () => document.removeEventListener('pointerdown', closeFromOutside);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    summary.current?.focus();
  }

  function onClick(event: MouseEvent<HTMLDetailsElement>) {
    if (event.target instanceof Element && event.target.closest('a') && details.current) {
      details.current.open = false;
    }
  }

  return (
    <details ref={details} className={className} onKeyDown={onKeyDown} onClick={onClick}>
      <summary
        ref={summary}
        className="cursor-pointer list-none rounded-md border border-slate-300 px-2 py-1.5 text-sm font-medium text-slate-800 select-none hover:bg-slate-100 in-open:bg-slate-100 sm:px-3 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 dark:in-open:bg-slate-800 [&::-webkit-details-marker]:hidden"
      >
        {label}
      </summary>
      {children}
    </details>
  );
}
