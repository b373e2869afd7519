/** dist/index.js: starts the Action bundle (dist/index-main.cjs, from src/main.ts) through the code cache. */
import { actionProfile, runCached } from './code-cache.js'

runCached(
  new URL('./index-main.cjs', import.meta.url),
  actionProfile(process.env.GITHUB_EVENT_NAME)
)
