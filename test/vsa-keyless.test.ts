/**
 * Keyless signing of the verification summary (`evaluate --format vsa --sign-keyless`): signed
 * through @sigstore/mock's Fulcio, Rekor and TSA served from a real HTTP server on 127.0.0.1,
 * then verified with @sigstore/verify against the stand-ins' trusted root (certificate chain,
 * SCT, Rekor inclusion, timestamps, signature), the certificate identity checked, and tampering
 * refused. No network.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT } from '../src/cli/program.js'
import { cli as runCli, evaluateArgs, expectInputError } from './support/cli.js'
import {
  githubClaims,
  GITHUB_OIDC_ISSUER,
  identityToken,
  startSigstoreStandIns,
  type StandIns,
  verifyWorkflowBundle
} from './support/sigstore-stand-ins.js'
import { tempDir } from './helpers.js'

const cli = (...args: string[]) => runCli(args)

let standIns: StandIns
beforeAll(async () => {
  standIns = await startSigstoreStandIns()
})
afterAll(async () => {
  await standIns.close()
})

interface SerializedBundle {
  mediaType: string
  verificationMaterial: {
    certificate?: { rawBytes: string }
    tlogEntries: { logIndex: string; kindVersion: { kind: string } }[]
    timestampVerificationData?: { rfc3161Timestamps: unknown[] }
  }
  dsseEnvelope: {
    payload: string
    payloadType: string
    signatures: { sig: string; keyid: string }[]
  }
}

const REPOSITORY = 'buyer/fleet'
const SAN = `https://github.com/${REPOSITORY}/.github/workflows/gate.yml@refs/heads/main`

/** Verifies a bundle against the stand-ins' root: one log entry and one timestamp unless `options` say. */
const verify = (json: unknown, options: { tlog?: number; timestamps?: number } = {}) =>
  verifyWorkflowBundle(json, standIns.trustedRoot, SAN, {
    tlogThreshold: options.tlog ?? 1,
    ctlogThreshold: 1,
    timestampThreshold: options.timestamps ?? 1
  })

function keylessArgs(example: string, ...extra: string[]): string[] {
  return evaluateArgs(
    example,
    '--format',
    'vsa',
    '--sign-keyless',
    '--fulcio-url',
    standIns.fulcioUrl,
    '--rekor-url',
    standIns.rekorUrl,
    ...extra
  )
}

describe('evaluate --format vsa --sign-keyless', () => {
  it('writes a Sigstore bundle v0.3 over the exact summary bytes, verified against the stand-ins', async () => {
    const token = identityToken(githubClaims(REPOSITORY))
    const unsigned = (await cli(...evaluateArgs('strong', '--format', 'vsa'))).stdout
    const { code, stdout, stderr } = await cli(...keylessArgs('strong', '--identity-token', token))
    expect(stderr).toBe('')
    expect(code).toBe(EXIT.pass)
    const bundle = JSON.parse(stdout) as SerializedBundle
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(bundle.verificationMaterial.certificate).toBeDefined()
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')).toBe(unsigned)

    const signer = verify(bundle)
    expect(signer.identity?.subjectAlternativeName).toBe(SAN)
    expect(signer.identity?.extensions?.issuer).toBe(GITHUB_OIDC_ISSUER)
    expect(standIns.served).toEqual(
      expect.arrayContaining(['POST /fulcio/api/v2/signingCert', 'POST /rekor/api/v1/log/entries'])
    )
  })

  it('another identity, a changed payload or another trusted root do not verify', async () => {
    const token = identityToken(githubClaims('mallory/fork'))
    const { code, stdout } = await cli(...keylessArgs('strong', '--identity-token', token))
    expect(code).toBe(EXIT.pass)
    const bundle = JSON.parse(stdout) as SerializedBundle
    // Signed by the stand-ins, but not by the identity the deployment job expects.
    expect(() => verify(bundle)).toThrow(/identity|subject alternative name|SAN/i)

    const good = JSON.parse(
      (
        await cli(
          ...keylessArgs('strong', '--identity-token', identityToken(githubClaims(REPOSITORY)))
        )
      ).stdout
    ) as SerializedBundle
    const payload = Buffer.from(good.dsseEnvelope.payload, 'base64').toString('utf8')
    const forged = payload.replace(
      /"approved": \[\n\s+"reference"\n\s+\]/,
      '"approved": ["reference", "regional"]'
    )
    expect(forged).not.toBe(payload)
    const tampered = structuredClone(good)
    tampered.dsseEnvelope.payload = Buffer.from(forged).toString('base64')
    expect(() => verify(tampered)).toThrow()

    const otherRoot = await startSigstoreStandIns()
    try {
      expect(() =>
        verifyWorkflowBundle(good, otherRoot.trustedRoot, SAN, {
          tlogThreshold: 1,
          ctlogThreshold: 1
        })
      ).toThrow()
    } finally {
      await otherRoot.close()
    }
  })
})

describe('--sign-keyless: where the token comes from, --output, a timestamp authority', () => {
  it('reads the token from SIGSTORE_ID_TOKEN, writes the bundle to --output, adds an RFC 3161 timestamp', async () => {
    const out = path.join(tempDir(), 'vsa.sigstore.json')
    const before = process.env.SIGSTORE_ID_TOKEN
    process.env.SIGSTORE_ID_TOKEN = identityToken(githubClaims(REPOSITORY))
    try {
      const { code, stdout, stderr } = await cli(
        ...keylessArgs('all-tested', '--timestamp-url', standIns.tsaUrl, '--output', out)
      )
      expect({ code, stdout }).toEqual({ code: EXIT.pass, stdout: '' })
      expect(stderr).toContain(`report written to ${out}`)
    } finally {
      if (before === undefined) delete process.env.SIGSTORE_ID_TOKEN
      else process.env.SIGSTORE_ID_TOKEN = before
    }
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as SerializedBundle
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    expect(verify(bundle, { timestamps: 2 }).identity?.subjectAlternativeName).toBe(SAN)
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')
    ) as { predicate: { verificationResult: string } }
    expect(statement.predicate.verificationResult).toBe('PASSED')
  })
})

describe('--sign-keyless errors: exit 2, the step named, nothing written', () => {
  const token = () => identityToken(githubClaims(REPOSITORY))

  it('refuses a run without a token, a token that is not a JWT, and flags that do not go together', async () => {
    const before = process.env.SIGSTORE_ID_TOKEN
    delete process.env.SIGSTORE_ID_TOKEN
    const keyFile = path.join(tempDir(), 'gate.key')
    writeFileSync(keyFile, 'unused')
    try {
      const cases: [string[], RegExp][] = [
        [keylessArgs('strong'), /--sign-keyless: needs an OIDC identity token.*SIGSTORE_ID_TOKEN/],
        [
          keylessArgs('strong', '--identity-token', 'not-a-jwt'),
          /--identity-token: expected an OIDC identity token \(a JWT/
        ],
        [
          // Fulcio's client refuses it, quoting the token: the message must not.
          keylessArgs(
            'strong',
            '--identity-token',
            identityToken({
              iss: 'https://accounts.example',
              email: 'x@example.com',
              email_verified: false
            })
          ),
          /keyless signing failed at the OIDC identity token \(--identity-token\): .*email not verified/
        ],
        [
          evaluateArgs('strong', '--format', 'json', '--sign-keyless', '--identity-token', token()),
          /--sign-keyless: signs only the verification summary; add --format vsa/
        ],
        [
          keylessArgs('strong', '--identity-token', token(), '--sign-key', keyFile),
          /--sign-keyless: sign with a key or keyless, not both/
        ],
        [
          evaluateArgs('strong', '--format', 'vsa', '--fulcio-url', standIns.fulcioUrl),
          /--fulcio-url: is for keyless signing; add --sign-keyless/
        ],
        [
          keylessArgs('strong', '--identity-token', token(), '--rekor-url', 'ftp://log'),
          /--rekor-url: expected an http\(s\) URL, got "ftp:\/\/log"/
        ]
      ]
      for (const [args, expected] of cases) {
        const served = standIns.served.length
        const { code, stdout, stderr } = await cli(...args)
        expect({ code, stdout }).toEqual({ code: EXIT.inputError, stdout: '' })
        expect(stderr).toMatch(expected)
        expect(stderr).not.toContain('eyJ')
        expect(standIns.served.length).toBe(served)
      }
    } finally {
      if (before !== undefined) process.env.SIGSTORE_ID_TOKEN = before
    }
  })

  it('a Fulcio or Rekor that refuses is an error naming the step and the URL; --output is not written', async () => {
    const out = path.join(tempDir(), 'vsa.sigstore.json')
    const cases: [string, number, RegExp][] = [
      [
        '/fulcio/api/v2/signingCert',
        401,
        /keyless signing failed at the signing certificate from Fulcio \(--fulcio-url http:\/\/127\.0\.0\.1:\d+\/fulcio\): .*401/
      ],
      [
        '/rekor/api/v1/log/entries',
        400,
        /keyless signing failed at the transparency log entry in Rekor \(--rekor-url http:\/\/127\.0\.0\.1:\d+\/rekor\): .*400/
      ]
    ]
    for (const [failing, status, expected] of cases) {
      standIns.failures.set(failing, status)
      try {
        expectInputError(
          await cli(...keylessArgs('strong', '--identity-token', token(), '--output', out)),
          expected
        )
        expect(() => readFileSync(out)).toThrow(/ENOENT/)
      } finally {
        standIns.failures.delete(failing)
      }
    }
  })
})
