import { run, type CliIO } from '../../src/cli/program.js'

/** The CLI run in process, as a user would call it: its exit code and what it printed. */
export async function cli(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: t => void (stdout += t), stderr: t => void (stderr += t) }
  const code = await run(args, io)
  return { code, stdout, stderr }
}
