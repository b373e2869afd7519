export {
  renderJson,
  renderMarkdown,
  renderReport,
  renderText,
  REPORT_FORMATS,
  type ReportFormat
} from './render.js'
export { inlineMarkdown, plain } from './text.js'
export { DECISION_LABEL, DECISION_ICON } from './labels.js'
