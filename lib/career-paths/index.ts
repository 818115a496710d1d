// /career-paths: the ladders' builders (ladders.ts, pure) and the page's ladders from the content.
export {
  buildCareerLadders,
  groupByLevel,
  SHARED_TRACK,
  splitShared,
  type CareerLadder,
  type LadderRung,
  type LadderStep,
} from './ladders';
export { careerLevelNames, getCareerLadders, type CareerLadderView } from './view';
