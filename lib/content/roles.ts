import { allRoles, type Role } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize, localizeAll } from './localize';
import { requireOne } from './require-one';
import type { RoleId } from './vocabulary';

export function getRoles(locale: Locale = 'en'): Role[] {
  // Coder first, then biller: the order the site always uses.
  const order: readonly string[] = ['coder', 'biller'] satisfies readonly RoleId[];
  return localizeAll(allRoles, locale).sort(
    (a, b) => order.indexOf(a.slug) - order.indexOf(b.slug),
  );
}

export function getRole(slug: string, locale: Locale = 'en'): Role {
  return localize(
    requireOne(allRoles, (role) => role.slug === slug, `role "${slug}"`),
    locale,
  );
}
