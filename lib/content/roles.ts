import { allRoles, type Role } from 'contentlayer/generated';
import { requireOne } from './require-one';
import type { RoleId } from './vocabulary';

export function getRoles(): Role[] {
  // Coder first, then biller: the order the site always uses.
  const order: readonly string[] = ['coder', 'biller'] satisfies readonly RoleId[];
  return [...allRoles].sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
}

export function getRole(slug: string): Role {
  return requireOne(allRoles, (role) => role.slug === slug, `role "${slug}"`);
}
