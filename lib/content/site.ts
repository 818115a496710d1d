import { siteInfo, type SiteInfo } from 'contentlayer/generated';

export function getSiteInfo(): SiteInfo {
  return siteInfo;
}
