// The plan's build-time surface: its content, resolved and cited. It reads lib/content, so the
// browser never loads this folder.
export { getPlanContent } from './content';
