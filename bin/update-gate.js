#!/usr/bin/env node
// `npx update-gate` from the repository: the bundled CLI, which needs no node_modules.
import '../dist/cli.js'
