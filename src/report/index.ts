export {
  renderJson,
  renderMarkdown,
  renderReport,
  renderReportParts,
  indexUriOf,
  type RenderContext,
  renderText,
  REPORT_FORMATS,
  type ReportFormat
} from './render.js'
export { inlineMarkdown, plain } from './text.js'
export { DECISION_LABEL, DECISION_ICON } from './labels.js'
export { renderSarif, type SarifPackage } from './sarif.js'
export { renderJunit } from './junit.js'
export {
  buildVsa,
  renderSignedVsa,
  renderVsa,
  signVsa,
  VSA_EXTENSION,
  VSA_PREDICATE_TYPE,
  VSA_VERIFIER_ID,
  type VsaStatement
} from './vsa.js'
