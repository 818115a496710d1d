'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/**
 * A switch between light and dark; the choice is remembered in this browser only. Hidden until the
 * boot script has marked <html> with `js`: without JavaScript it could not work.
 */
export function ThemeToggle({ label }: { label: string }) {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);

  function toggle() {
    const next = dark ? 'light' : 'dark';
    document.documentElement.classList.toggle('dark', next === 'dark');
    document.documentElement.style.colorScheme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be blocked (private mode); the switch still works for this page view.
    }
  }

  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={toggle}
      className="hidden rounded-md border border-slate-300 px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 in-[.js]:inline-block aria-pressed:border-sky-300 aria-pressed:bg-slate-800 sm:px-3 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      {label}
    </button>
  );
}
