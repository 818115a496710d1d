// The training check's build-time surface: the page's view model from the content. It reads
// lib/content, so the browser never loads this folder.
export {
  getTrainingCheckPage,
  type ApprovalView,
  type CheckPlaceView,
  type CredentialFact,
  type RedFlagView,
  type TrainingCheckPage,
} from './page';
