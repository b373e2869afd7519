(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./index-validator-runtime.cjs');

var validatorsPolicyInputErrors = {};

var hasRequiredValidatorsPolicyInputErrors;

function requireValidatorsPolicyInputErrors () {
	if (hasRequiredValidatorsPolicyInputErrors) return validatorsPolicyInputErrors;
	hasRequiredValidatorsPolicyInputErrors = 1;
	validatorsPolicyInputErrors.policyInput = () => {
	  const exports = {};
	exports.policyInput = validate36;
	const schema91 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/policy-input.schema.json","title":"update-gate policy input v1","description":"The facts the verify stage computed from one evidence package (policies read it as `input`). Facts only, never verdicts. Mirrors src/verify/policy-input.ts.","type":"object","additionalProperties":false,"required":["apiVersion","evaluationTime","package","evidence"],"properties":{"apiVersion":{"const":"update-gate.dev/policy-input/v1"},"evaluationTime":{"$ref":"#/$defs/timestamp","description":"The time the decision is made for; policies never read a clock."},"package":{"$ref":"#/$defs/packageFacts"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceFact"}},"retainedReports":{"description":"Set when the gate runner gives retained reports (`--approved-reports`): each report as read, one entry per report file, whatever its product, cohort, decision or time. Facts: which of them count as approvals for this update is the policy's rule (fleet.older_than_approved).","type":"array","items":{"$ref":"#/$defs/retainedReport"}},"change":{"description":"Set when the gate judges a change (a pull request): what the change touches.","type":"object","additionalProperties":false,"required":["event","gateConfigurationChanged"],"properties":{"event":{"type":"string","description":"The GitHub event, e.g. pull_request."},"gateConfigurationChanged":{"type":"array","items":{"type":"string"},"description":"Gate configuration files (trust configuration, policy, data files) the change modifies; such a change needs its own review."}}},"github":{"description":"Set by the Action when the trust configuration maps a GitHub login to an approver (approvers[].github): what GitHub itself authenticates about who approved, read from the API at run time, never from the package. On a pull request (pull_request, pull_request_target, pull_request_review) the PR's reviews; on a release, workflow_dispatch or deployment run the run's environment deployment approvals. Facts only: which of them count as whose approval or risk acceptance is the policy's rule (the login -> person mapping is data.trust.approvers[].github).","type":"object","additionalProperties":false,"required":["event","repository","headSha","evidenceSha","author","reviews","deploymentApprovals"],"properties":{"event":{"type":"string","description":"The GitHub event the Action ran on, e.g. pull_request, pull_request_review, release."},"repository":{"type":"string","description":"owner/repo the workflow runs in."},"pullRequest":{"type":"integer","minimum":1,"description":"On a pull request: its number."},"runId":{"type":"integer","minimum":1,"description":"On a release, workflow_dispatch or deployment run: the workflow run id (GITHUB_RUN_ID) whose approvals were read."},"headSha":{"$ref":"#/$defs/gitSha","description":"The commit under review: the PR head the evidence was read at, or the commit the run is for (GITHUB_SHA), which its deployment approvals approve."},"evidenceSha":{"description":"The commit the evidence was read at: the PR head; on a release the commit the tag names when the run reads it (the evidence directory's); on a workflow_dispatch or deployment run the commit the workspace's git checkout is at (.git/HEAD). null when the evidence is not read at a commit the gate knows: the release's assets are the package, or the workspace is no git checkout. A deployment approval binds to the run's commit, so it says what the package holds only where the two are the same.","oneOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"author":{"type":["string","null"],"description":"Login of the PR author (pull requests), or of the user who triggered the run (GITHUB_TRIGGERING_ACTOR, else GITHUB_ACTOR); null when GitHub does not say."},"reviews":{"type":"array","description":"Per reviewer, the review state that counts under GitHub's semantics: the reviewer's latest review that is APPROVED, CHANGES_REQUESTED or DISMISSED (COMMENTED and PENDING reviews change nothing), sorted by login. Empty when the event is not a pull request.","items":{"type":"object","additionalProperties":false,"required":["login","state","commitId","submittedAt","byAuthor"],"properties":{"login":{"type":"string","minLength":1},"state":{"enum":["APPROVED","CHANGES_REQUESTED","DISMISSED"]},"commitId":{"description":"The commit the review was given on (null when GitHub no longer has it).","oneOf":[{"$ref":"#/$defs/gitSha"},{"type":"null"}]},"submittedAt":{"type":["string","null"],"description":"When the review was submitted, as GitHub gives it."},"byAuthor":{"type":"boolean","description":"Whether the reviewer is the PR author (logins compared case-insensitively)."}}}},"pushes":{"type":"object","description":"On a pull request: who moved its head branch, from GitHub's activity log of the branch (GET /repos/{owner}/{repo}/activity?ref=refs/heads/<branch> in the head repository, every page). Separation of duties: a review by any of them does not count, nor does any review when the log does not hold the push that made the head commit the branch's tip. Absent on a run.","additionalProperties":false,"required":["branch","logins","headPushed"],"properties":{"branch":{"type":["string","null"],"description":"The branch whose log was read, as owner/repo:refs/heads/<name>; null when the pull request's head repository is gone (a deleted fork), so that no log can be read."},"logins":{"type":"array","description":"The login of each actor the log names (pushes, force pushes, branch creation and deletion, merges), once each, sorted case-insensitively. An activity by a deleted account names none.","items":{"type":"string","minLength":1}},"headPushed":{"type":"boolean","description":"Whether the log holds an activity that made the head commit the branch's tip (its after is headSha)."}}},"deploymentApprovals":{"type":"array","description":"The run's environment deployment reviews (GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals), in the order GitHub lists them. Empty when the event is a pull request.","items":{"type":"object","additionalProperties":false,"required":["login","state","environments","comment","byAuthor"],"properties":{"login":{"type":"string","minLength":1},"state":{"enum":["approved","rejected","pending"]},"environments":{"type":"array","description":"Names of the environments approved or rejected, sorted.","items":{"type":"string"}},"comment":{"type":"string"},"byAuthor":{"type":"boolean","description":"Whether the reviewer triggered the run (logins compared case-insensitively)."}}}}}},"release":{"description":"Set on a release: the release, every one of its assets as downloaded and every file of the evidence package, so a policy can account for each asset.","type":"object","additionalProperties":false,"required":["tag","assets","packageFiles"],"properties":{"tag":{"type":"string","description":"The release tag."},"assets":{"type":"array","description":"Every asset of the release, sorted by name.","items":{"type":"object","additionalProperties":false,"required":["name","size","sha256"],"properties":{"name":{"type":"string"},"size":{"type":"integer","minimum":0},"sha256":{"$ref":"#/$defs/sha256"}}}},"packageFiles":{"type":"array","description":"Every file of the evidence package as collected, by path in the package ('/'-separated), sorted by path, with the sha256 of its bytes: the files of the evidence directory at the release tag, or, when the package is the assets themselves, the assets.","items":{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"}}}}}}},"$defs":{"timestamp":{"type":"string","format":"date-time","pattern":"Z$","description":"RFC 3339 timestamp normalised to UTC with a Z suffix."},"gitSha":{"type":"string","pattern":"^[0-9a-f]{40}$","description":"A git commit id (SHA-1, lower-case hex)."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256."},"semver":{"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's version scheme (scope.versionScheme): SemVer for semver, any vers generic version for generic."},"party":{"type":"object","additionalProperties":false,"required":["id","name","role"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"role":{"type":"string"}}},"packageFacts":{"type":"object","additionalProperties":false,"required":["index","indexSha256","decisionSupported","threats","controls","scope","producers","consumers","verificationMethod","knownGaps","exceptions","retention"],"properties":{"index":{"const":"update-evidence.yaml"},"indexSha256":{"$ref":"#/$defs/sha256"},"decisionSupported":{"type":"string"},"threats":{"type":"array","items":{"type":"string"}},"controls":{"type":"array","items":{"type":"string"}},"scope":{"type":"object","additionalProperties":false,"required":["product","fromVersion","toVersion","cohort","configurations","vulnerabilities"],"properties":{"product":{"type":"string"},"fromVersion":{"$ref":"#/$defs/semver"},"toVersion":{"$ref":"#/$defs/semver"},"cohort":{"type":"string"},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","hardware"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"hardware":{"type":"string"}}}},"vulnerabilities":{"type":"array","items":{"type":"string"}},"versionScheme":{"enum":["semver","generic"],"description":"The product's version scheme from the trust configuration (added in v1, always present)."},"identifiers":{"type":"array","description":"How supplier documents name this product (added in v1, always present).","items":{"type":"object","additionalProperties":false,"properties":{"purl":{"type":"string"},"cpe":{"type":"string"},"csafProductId":{"type":"string"},"version":{"type":"string"},"name":{"type":"string"},"vendor":{"type":"string"},"ecosystem":{"type":"string"}}}}}},"producers":{"type":"array","items":{"$ref":"#/$defs/party"}},"consumers":{"type":"array","items":{"$ref":"#/$defs/party"}},"verificationMethod":{"type":"array","items":{"type":"string"}},"knownGaps":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","description","configurations"],"properties":{"id":{"type":"string"},"description":{"type":"string"},"configurations":{"type":"array","items":{"type":"string"}}}}},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","reason","mitigation","remainOn","followUpBy","acceptedBy","acceptedAt"],"properties":{"id":{"type":"string"},"configuration":{"type":"string"},"reason":{"type":"string"},"mitigation":{"type":"string"},"remainOn":{"$ref":"#/$defs/semver"},"followUpBy":{"$ref":"#/$defs/timestamp"},"acceptedBy":{"type":"string"},"acceptedAt":{"$ref":"#/$defs/timestamp"},"waives":{"type":"array","items":{"type":"string"},"description":"Rule ids this exception waives (absent: none)."}}}},"retention":{"anyOf":[{"type":"object","additionalProperties":false,"required":["owners","locations"],"properties":{"owners":{"type":"array","items":{"type":"string"}},"locations":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]}}},"evidenceFact":{"type":"object","additionalProperties":false,"required":["id","kind","file","producer","time","controls","present","sha256","statement","record","verification"],"properties":{"id":{"type":"string"},"kind":{"enum":["assertion","process-document","update-manifest","build-provenance","signing-event","release-approval","rollback-recovery-tests","recovery-procedure","affected-versions","customer-notification","deployment-records","risk-acceptance"]},"file":{"type":["string","null"]},"producer":{"type":"string"},"time":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"controls":{"type":"array","items":{"type":"string"}},"present":{"type":"boolean"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"statement":{"type":["string","null"]},"record":{"anyOf":[{"$ref":"#/$defs/signingEvent"},{"$ref":"#/$defs/releaseApproval"},{"$ref":"#/$defs/rollbackRecoveryTests"},{"$ref":"#/$defs/affectedVersions"},{"$ref":"#/$defs/vexDocument"},{"$ref":"#/$defs/customerNotification"},{"$ref":"#/$defs/deploymentRecords"},{"$ref":"#/$defs/riskAcceptance"},{"type":"null"}]},"verification":{"anyOf":[{"$ref":"#/$defs/manifestVerification"},{"$ref":"#/$defs/provenanceVerification"},{"type":"null"}]},"alternatives":{"type":"array","maxItems":31,"items":{"$ref":"#/$defs/provenanceVerification"},"description":"Build provenance of Sigstore bundles (a .jsonl, a GitHub attestations answer) in which several SLSA v1 statements name a manifest artifact: each one after the first (which is verification), in the file's or the answer's order, verified the same way. The policy judges the item on the first candidate a trusted signer authorized for build provenance signed, else on the first (lib.evidence). Absent otherwise."},"attestation":{"anyOf":[{"$ref":"#/$defs/attestationFact"},{"type":"null"}],"description":"Record kinds (the YAML records, and affected-versions also as a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document): how the record or document is signed (null when it is not)."}}},"signatureFact":{"type":"object","additionalProperties":false,"required":["source","verified","keyId","keyFingerprint","algorithm","reason"],"properties":{"source":{"type":"string"},"verified":{"type":"boolean"},"keyId":{"type":["string","null"]},"keyFingerprint":{"anyOf":[{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},{"type":"null"}]},"algorithm":{"type":["string","null"]},"reason":{"type":["string","null"]},"method":{"enum":["key","certificate"],"description":"Sigstore bundles and certificate-carrying DSSE signatures only: verified by a trusted key or through a certificate."},"identity":{"anyOf":[{"$ref":"#/$defs/certificateIdentity"},{"type":"null"}]},"certificate":{"anyOf":[{"type":"object","additionalProperties":false,"required":["notBefore","notAfter"],"properties":{"notBefore":{"$ref":"#/$defs/timestamp"},"notAfter":{"$ref":"#/$defs/timestamp"}}},{"type":"null"}]},"tlogEntries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["logId","logIndex","integratedTime"],"properties":{"logId":{"type":"string"},"logIndex":{"description":"The entry's index as the log signed it (inclusion promise), else the index its inclusion proof proves.","type":"string"},"integratedTime":{"description":"When the log took the entry, as the log signed it (inclusion promise); null for an entry with an inclusion proof only.","anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"signedTimestamps":{"type":"array","items":{"$ref":"#/$defs/timestamp"}},"signedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}],"description":"Earliest trusted time (log integrated time or RFC 3161 signed timestamp): the signing time."},"bundle":{"type":"object","additionalProperties":false,"required":["mediaType","origin"],"properties":{"mediaType":{"type":"string"},"origin":{"type":"string"}}}}},"manifestArtifact":{"type":"object","additionalProperties":false,"required":["name","size","sha256"],"properties":{"name":{"type":"string"},"size":{"type":"integer","minimum":0},"sha256":{"$ref":"#/$defs/sha256"}}},"manifestVerification":{"type":"object","additionalProperties":false,"required":["type","manifest","signatures","artifacts"],"properties":{"type":{"const":"update-manifest"},"manifest":{"type":"object","additionalProperties":false,"required":["product","version","artifacts"],"properties":{"product":{"type":"string"},"version":{"$ref":"#/$defs/semver"},"artifacts":{"type":"array","items":{"$ref":"#/$defs/manifestArtifact"}}}},"signatures":{"type":"array","items":{"$ref":"#/$defs/signatureFact"}},"artifacts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","file","present","size","sha256","matches"],"properties":{"name":{"type":"string"},"file":{"type":"string"},"present":{"type":"boolean"},"size":{"type":["integer","null"],"minimum":0},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"matches":{"type":"boolean"}}}}}},"provenanceVerification":{"type":"object","additionalProperties":false,"required":["type","payloadType","signatures","statement","slsa","artifactsInSubjects"],"properties":{"type":{"const":"build-provenance"},"payloadType":{"type":"string"},"signatures":{"type":"array","items":{"$ref":"#/$defs/signatureFact"}},"statement":{"type":"object","additionalProperties":false,"required":["type","predicateType","subjects"],"properties":{"type":{"type":"string"},"predicateType":{"type":"string"},"subjects":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"algorithms":{"type":"array","items":{"type":"string"}}}}}}},"slsa":{"anyOf":[{"type":"object","additionalProperties":false,"required":["buildType","builderId","sourceRepository","sourceRef","sourceCommit","startedOn","finishedOn"],"properties":{"buildType":{"type":"string"},"builderId":{"type":"string"},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"sourceCommit":{"type":["string","null"]},"startedOn":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"finishedOn":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}},{"type":"null"}]},"artifactsInSubjects":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256","inSubjects"],"properties":{"name":{"type":"string"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"inSubjects":{"type":"boolean"}}}},"format":{"enum":["dsse","sigstore-bundle"]}}},"signingEvent":{"type":"object","additionalProperties":false,"required":["kind","product","version","signer","keyId","time","subject"],"properties":{"kind":{"const":"SigningEvent"},"product":{"type":"string"},"version":{"type":"string"},"signer":{"type":"string"},"keyId":{"type":"string"},"time":{"$ref":"#/$defs/timestamp"},"subject":{"type":"string"}}},"releaseApproval":{"type":"object","additionalProperties":false,"required":["kind","product","version","approvedArtifacts","approvals"],"properties":{"kind":{"const":"ReleaseApproval"},"product":{"type":"string"},"version":{"$ref":"#/$defs/semver"},"approvedArtifacts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"}}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["approver","role","decision","time","reference"],"properties":{"approver":{"type":"string"},"role":{"type":"string"},"decision":{"enum":["approved","rejected"]},"time":{"$ref":"#/$defs/timestamp"},"reference":{"type":["string","null"]}}}}}},"rollbackRecoveryTests":{"type":"object","additionalProperties":false,"required":["kind","product","fromVersion","toVersion","rollbackConditions","results"],"properties":{"kind":{"const":"RollbackRecoveryTests"},"product":{"type":"string"},"fromVersion":{"$ref":"#/$defs/semver"},"toVersion":{"$ref":"#/$defs/semver"},"rollbackConditions":{"type":"array","items":{"type":"string"}},"results":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["configuration","hardware","test","outcome","time","reference"],"properties":{"configuration":{"type":"string"},"hardware":{"type":"string"},"test":{"enum":["rollback","recovery"]},"outcome":{"enum":["passed","failed","not-run"]},"time":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"reference":{"type":["string","null"]}},"allOf":[{"if":{"properties":{"outcome":{"enum":["passed","failed"]}}},"then":{"properties":{"time":{"$ref":"#/$defs/timestamp"}}}},{"if":{"properties":{"outcome":{"const":"not-run"}}},"then":{"properties":{"time":{"type":"null"}}}}]}}}},"affectedVersions":{"type":"object","additionalProperties":false,"required":["kind","format","product","vulnerabilities"],"properties":{"kind":{"const":"AffectedVersions"},"format":{"const":"update-gate"},"product":{"type":"string"},"vulnerabilities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","record","ranges","fixedIn","remediation"],"properties":{"id":{"type":"string"},"record":{"type":"string"},"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["introduced","fixed"],"properties":{"introduced":{"$ref":"#/$defs/semver"},"fixed":{"anyOf":[{"$ref":"#/$defs/semver"},{"type":"null"}]}}}},"fixedIn":{"anyOf":[{"$ref":"#/$defs/semver"},{"type":"null"}]},"remediation":{"type":"string"}}}}}},"customerNotification":{"type":"object","additionalProperties":false,"required":["kind","status","scope","audience","text"],"properties":{"kind":{"const":"CustomerNotification"},"status":{"enum":["draft","approved","sent"]},"scope":{"type":"object","additionalProperties":false,"required":["product","cohorts","configurations","vulnerabilities"],"properties":{"product":{"type":"string"},"cohorts":{"type":"array","items":{"type":"string"}},"configurations":{"type":"array","items":{"type":"string"}},"vulnerabilities":{"type":"array","items":{"type":"string"}}}},"audience":{"type":"string"},"text":{"type":"string"}}},"deploymentRecords":{"type":"object","additionalProperties":false,"required":["kind","product","cohort","records","retainedAt"],"properties":{"kind":{"const":"DeploymentRecords"},"product":{"type":"string"},"cohort":{"type":"string"},"records":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["configuration","version","time","outcome","devices","reference"],"properties":{"configuration":{"type":"string"},"version":{"$ref":"#/$defs/semver"},"time":{"$ref":"#/$defs/timestamp"},"outcome":{"enum":["succeeded","failed","rolled-back"]},"devices":{"type":"integer","minimum":0},"reference":{"type":["string","null"]}}}},"retainedAt":{"type":"string"}}},"trustData":{"type":"object","additionalProperties":false,"required":["keys","approvers","builders","requirements","testSystems","deploymentSystems"],"properties":{"keys":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","fingerprint","usage","products","minVersion","maxVersion","validFrom","validUntil","revoked","revokedAt"],"properties":{"id":{"type":"string"},"fingerprint":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"},"validFrom":{"$ref":"#/$defs/timestamp"},"validUntil":{"$ref":"#/$defs/timestamp"},"revoked":{"type":"boolean"},"revokedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"approvers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","roles","keys","identities","github"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"roles":{"type":"array","items":{"type":"string"}},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"github":{"type":["string","null"]}}}},"builders":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","keys"],"properties":{"id":{"type":"string"},"keys":{"description":"The keys (ids) the builder signs its provenance with, sorted; null when the trust file names none (any key allowed to sign build provenance may claim the builder).","oneOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]}}}},"testSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"deploymentSystems":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","keys","identities","hardware"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"keys":{"type":"array","items":{"type":"string"}},"identities":{"type":"array","items":{"type":"string"}},"hardware":{"type":"array","items":{"type":"string"}}}}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","issuer","subject","subjectPattern","sourceRepository","sourceRef","signerWorkflow","runnerEnvironment","usage","products","minVersion","maxVersion"],"properties":{"id":{"type":"string"},"issuer":{"type":"string"},"subject":{"type":["string","null"]},"subjectPattern":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]},"usage":{"type":"array","items":{"enum":["update-manifest","build-provenance","signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"products":{"type":"array","items":{"type":"string"}},"minVersion":{"$ref":"#/$defs/semver"},"maxVersion":{"$ref":"#/$defs/semver"}}}},"requirements":{"type":"object","additionalProperties":false,"required":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"],"properties":{"minimumMaturity":{"type":"integer","minimum":1,"maximum":5},"requiredControls":{"type":"array","items":{"type":"string"}},"requiredApprovals":{"type":"integer","minimum":0},"signedRecords":{"type":"array","uniqueItems":true,"description":"The record kinds that must be signed by the party they name, sorted; the trust file's requirements.signedRecords, written out as every record kind when it is absent.","items":{"enum":["signing-event","release-approval","risk-acceptance","rollback-recovery-tests","deployment-records","customer-notification","affected-versions"]}},"deploymentApprovalEnvironments":{"type":"array","description":"The GitHub environments whose deployment approval counts, sorted, as the trust file's requirements.deploymentApprovalEnvironments lists them; [] when it is absent (no deployment approval counts).","items":{"type":"string"}}}},"products":{"type":"array","description":"Version scheme per product (added in v1; a product not listed uses semver).","items":{"type":"object","additionalProperties":false,"required":["id","versionScheme"],"properties":{"id":{"type":"string"},"versionScheme":{"enum":["semver","generic"]}}}},"requirementOverrides":{"type":"object","description":"data.trust.requirementOverrides: what a data file may weaken (trust.schema.json requirementOverrides, mayWeaken sorted), or absent (nothing).","additionalProperties":false,"required":["mayWeaken"],"properties":{"mayWeaken":{"type":"array","uniqueItems":true,"items":{"enum":["minimumMaturity","requiredControls","requiredApprovals","signedRecords","deploymentApprovalEnvironments"]}}}},"fleet":{"type":"object","description":"data.trust.fleet: the fleet inventory (trust.schema.json fleet), or absent.","additionalProperties":false,"properties":{"cohorts":{"type":"array","description":"One entry per product and cohort.","items":{"type":"object","description":"The configurations of one cohort of one product.","additionalProperties":false,"properties":{"product":{"type":"string","description":"Product, e.g. IC-22."},"cohort":{"type":"string","description":"Cohort, e.g. A."},"allowPartial":{"type":"boolean","description":"When true, an update whose scope leaves out configurations of the cohort is conditional (each named) instead of rejected. Default false."},"approvedVersions":{"type":"array","items":{"type":"string","minLength":1},"description":"Versions approved for this cohort that the gate runner records by hand, in the product's version scheme; an update to an older one is flagged."},"configurations":{"type":"array","minItems":1,"description":"The configurations of the cohort, sorted by id (the load stage sorts them; the fleet view lists them in this order).","items":{"type":"object","description":"One configuration as deployed.","additionalProperties":false,"properties":{"id":{"type":"string","description":"Configuration id, as packages name it."},"hardware":{"type":"string","description":"Hardware id, e.g. IC-22-REF-C."},"version":{"type":"string","minLength":1,"description":"The version it runs now, in the product's version scheme."}},"required":["id","hardware","version"]}}},"required":["product","cohort","configurations"]}},"downgrades":{"type":"array","description":"Products for which an update to a version not above the running one (or not above the scope's from-version) is allowed, each with its reason; one entry per product.","items":{"type":"object","description":"A product whose downgrades are allowed.","additionalProperties":false,"properties":{"product":{"type":"string","description":"Product."},"reason":{"type":"string","description":"Why downgrades are allowed."}},"required":["product","reason"]}}},"required":["cohorts"]}},"description":"data.trust: the trust configuration as policies see it (validate with $ref \"policy-input.schema.json#/$defs/trustData\")."},"certificateIdentity":{"type":"object","additionalProperties":false,"description":"What a verified Fulcio certificate says about the signer (values as in the certificate, never canonicalised).","required":["issuer","subject","sourceRepository","sourceRef","sourceCommit","buildSignerUri","signerWorkflow","runnerEnvironment"],"properties":{"issuer":{"type":["string","null"]},"subject":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"sourceCommit":{"type":["string","null"]},"buildSignerUri":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]}}},"vexDocument":{"type":"object","additionalProperties":false,"description":"A supplier's affected-version document (CSAF, OpenVEX, OSV, CycloneDX VEX) reduced to what it says about this update (added in v1).","required":["kind","format","document","versionScheme","vulnerabilities","statements","notThisProduct","notThisProductCount","unsupported"],"properties":{"kind":{"const":"VexDocument"},"format":{"enum":["csaf","openvex","osv","cyclonedx-vex"]},"document":{"type":"string"},"versionScheme":{"enum":["semver","generic"]},"vulnerabilities":{"description":"The vulnerabilities in scope the document names (by id or alias, as the scope names them), for any product.","type":"array","items":{"type":"string"}},"statements":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["vulnerability","statement","product","identifier","status","justification","allVersions","versions","vers","ranges","fromVersion","toVersion"],"properties":{"vulnerability":{"type":"string"},"statement":{"type":"string"},"product":{"type":"string"},"identifier":{"type":"string"},"status":{"enum":["affected","not_affected","fixed","under_investigation"]},"justification":{"type":["string","null"]},"allVersions":{"type":"boolean"},"versions":{"type":"array","items":{"type":"string"}},"vers":{"type":"array","items":{"type":"string"}},"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["introduced","fixed","lastAffected"],"properties":{"introduced":{"type":"string"},"fixed":{"type":["string","null"]},"lastAffected":{"type":["string","null"]}}}},"fromVersion":{"enum":["affected","not_affected","fixed","under_investigation",null]},"toVersion":{"enum":["affected","not_affected","fixed","under_investigation",null]}}}},"notThisProduct":{"type":"array","items":{"type":"string"}},"notThisProductCount":{"type":"integer","minimum":0},"unsupported":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["statement","vulnerability","status","product","reason"],"properties":{"statement":{"type":"string"},"vulnerability":{"type":"string"},"status":{"description":"The status the statement or range gives the versions it covers; one that is affected or under_investigation may cover the to-version.","enum":["affected","not_affected","fixed","under_investigation"]},"product":{"type":"string"},"reason":{"type":"string"}}}}}},"riskAcceptance":{"type":"object","additionalProperties":false,"required":["kind","product","toVersion","cohort","acceptedBy","acceptedAt","exceptions"],"properties":{"kind":{"const":"RiskAcceptance"},"product":{"type":"string"},"toVersion":{"type":"string"},"cohort":{"type":"string"},"acceptedBy":{"type":"string"},"acceptedAt":{"$ref":"#/$defs/timestamp"},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","hardware","reason","mitigation","remainOn","followUpBy","waives"],"properties":{"id":{"type":"string"},"configuration":{"type":"string"},"hardware":{"type":"string"},"reason":{"type":"string"},"mitigation":{"type":"string"},"remainOn":{"type":"string"},"followUpBy":{"$ref":"#/$defs/timestamp"},"waives":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}],"description":"Sorted rule ids the acceptance waives; null when it names none."}}}}}},"attestationFact":{"type":"object","additionalProperties":false,"description":"How a record (or a supplier's affected-versions document) is signed: the carrier, every signature (key id or certificate identity, as for manifests), and for an in-toto statement its predicate type and whether its subjects are exactly the signed manifest's artifact digests.","required":["carrier","file","signatures","payloadType","predicateType","subjects","subjectsMatch"],"properties":{"carrier":{"enum":["signature","sigstore-bundle","dsse"],"description":"signature: a detached signature or Sigstore message-signature bundle over the record file's bytes (the YAML record, or a supplier's affected-versions document); dsse: a DSSE envelope holding an in-toto statement; sigstore-bundle: a DSSE Sigstore bundle holding one."},"file":{"type":"string","description":"The signature, envelope or bundle file."},"signatures":{"type":"array","items":{"$ref":"#/$defs/signatureFact"}},"payloadType":{"type":["string","null"],"description":"The DSSE envelope's payloadType (application/vnd.in-toto+json for an in-toto statement); null for a detached signature."},"predicateType":{"type":["string","null"]},"subjects":{"anyOf":[{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}}}},{"type":"null"}],"description":"The statement's subjects; null for a detached signature."},"subjectsMatch":{"type":["boolean","null"],"description":"True when the subjects' sha256 digests, as a set, are exactly the computed digests of the signed manifest's artifacts (no subjects, or a subject or artifact without a sha256: false); null for a detached signature or without a manifest."}}},"retainedReport":{"title":"Retained report","description":"One report the gate wrote earlier (schemas/report.schema.json), as the gate runner retained it.","type":"object","additionalProperties":false,"required":["file","sha256","product","cohort","fromVersion","toVersion","decision","evaluationTime"],"properties":{"file":{"type":"string","minLength":1,"description":"How errors and findings name the report file."},"sha256":{"$ref":"#/$defs/sha256"},"product":{"type":"string","minLength":1},"cohort":{"type":"string","minLength":1},"fromVersion":{"type":"string","minLength":1},"toVersion":{"type":"string","minLength":1},"decision":{"enum":["approve","conditional","reject"]},"evaluationTime":{"$ref":"#/$defs/timestamp","description":"The report's evaluation time."}}}}};
	const schema92 = {"type":"string","format":"date-time","pattern":"Z$","description":"RFC 3339 timestamp normalised to UTC with a Z suffix."};
	const schema150 = {"type":"string","pattern":"^[0-9a-f]{40}$","description":"A git commit id (SHA-1, lower-case hex)."};
	const schema94 = {"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256."};
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];
	const pattern27 = new RegExp("Z$", "u");
	const pattern67 = new RegExp("^[0-9a-f]{40}$", "u");
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
	const schema93 = {"type":"object","additionalProperties":false,"required":["index","indexSha256","decisionSupported","threats","controls","scope","producers","consumers","verificationMethod","knownGaps","exceptions","retention"],"properties":{"index":{"const":"update-evidence.yaml"},"indexSha256":{"$ref":"#/$defs/sha256"},"decisionSupported":{"type":"string"},"threats":{"type":"array","items":{"type":"string"}},"controls":{"type":"array","items":{"type":"string"}},"scope":{"type":"object","additionalProperties":false,"required":["product","fromVersion","toVersion","cohort","configurations","vulnerabilities"],"properties":{"product":{"type":"string"},"fromVersion":{"$ref":"#/$defs/semver"},"toVersion":{"$ref":"#/$defs/semver"},"cohort":{"type":"string"},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","hardware"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"hardware":{"type":"string"}}}},"vulnerabilities":{"type":"array","items":{"type":"string"}},"versionScheme":{"enum":["semver","generic"],"description":"The product's version scheme from the trust configuration (added in v1, always present)."},"identifiers":{"type":"array","description":"How supplier documents name this product (added in v1, always present).","items":{"type":"object","additionalProperties":false,"properties":{"purl":{"type":"string"},"cpe":{"type":"string"},"csafProductId":{"type":"string"},"version":{"type":"string"},"name":{"type":"string"},"vendor":{"type":"string"},"ecosystem":{"type":"string"}}}}}},"producers":{"type":"array","items":{"$ref":"#/$defs/party"}},"consumers":{"type":"array","items":{"$ref":"#/$defs/party"}},"verificationMethod":{"type":"array","items":{"type":"string"}},"knownGaps":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","description","configurations"],"properties":{"id":{"type":"string"},"description":{"type":"string"},"configurations":{"type":"array","items":{"type":"string"}}}}},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","reason","mitigation","remainOn","followUpBy","acceptedBy","acceptedAt"],"properties":{"id":{"type":"string"},"configuration":{"type":"string"},"reason":{"type":"string"},"mitigation":{"type":"string"},"remainOn":{"$ref":"#/$defs/semver"},"followUpBy":{"$ref":"#/$defs/timestamp"},"acceptedBy":{"type":"string"},"acceptedAt":{"$ref":"#/$defs/timestamp"},"waives":{"type":"array","items":{"type":"string"},"description":"Rule ids this exception waives (absent: none)."}}}},"retention":{"anyOf":[{"type":"object","additionalProperties":false,"required":["owners","locations"],"properties":{"owners":{"type":"array","items":{"type":"string"}},"locations":{"type":"array","items":{"type":"string"}}}},{"type":"null"}]}}};
	const schema95 = {"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$","description":"A version in the product's version scheme (scope.versionScheme): SemVer for semver, any vers generic version for generic."};
	const schema97 = {"type":"object","additionalProperties":false,"required":["id","name","role"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"role":{"type":"string"}}};
	const func1 = Object.prototype.hasOwnProperty;
	const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z.+~_-]*$", "u");

	function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate37.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.index === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.indexSha256 === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indexSha256"},message:"must have required property '"+"indexSha256"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.decisionSupported === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decisionSupported"},message:"must have required property '"+"decisionSupported"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.threats === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threats"},message:"must have required property '"+"threats"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.controls === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.scope === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.producers === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "producers"},message:"must have required property '"+"producers"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.consumers === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consumers"},message:"must have required property '"+"consumers"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data.verificationMethod === undefined){
	const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verificationMethod"},message:"must have required property '"+"verificationMethod"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	if(data.knownGaps === undefined){
	const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "knownGaps"},message:"must have required property '"+"knownGaps"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(data.exceptions === undefined){
	const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exceptions"},message:"must have required property '"+"exceptions"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data.retention === undefined){
	const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retention"},message:"must have required property '"+"retention"+"'",schema:schema93.required,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema93.properties, key0))){
	const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.index !== undefined){
	let data0 = data.index;
	if("update-evidence.yaml" !== data0){
	const err13 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/const",keyword:"const",params:{allowedValue: "update-evidence.yaml"},message:"must be equal to constant",schema:"update-evidence.yaml",parentSchema:schema93.properties.index,data:data0};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data.indexSha256 !== undefined){
	let data1 = data.indexSha256;
	if(typeof data1 === "string"){
	if(!pattern18.test(data1)){
	const err14 = {instancePath:instancePath+"/indexSha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data1};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/indexSha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data1};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.decisionSupported !== undefined){
	let data2 = data.decisionSupported;
	if(typeof data2 !== "string"){
	const err16 = {instancePath:instancePath+"/decisionSupported",schemaPath:"#/properties/decisionSupported/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.decisionSupported.type,parentSchema:schema93.properties.decisionSupported,data:data2};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data.threats !== undefined){
	let data3 = data.threats;
	if(Array.isArray(data3)){
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	if(typeof data4 !== "string"){
	const err17 = {instancePath:instancePath+"/threats/" + i0,schemaPath:"#/properties/threats/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.threats.items.type,parentSchema:schema93.properties.threats.items,data:data4};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.threats.type,parentSchema:schema93.properties.threats,data:data3};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data.controls !== undefined){
	let data5 = data.controls;
	if(Array.isArray(data5)){
	const len1 = data5.length;
	for(let i1=0; i1<len1; i1++){
	let data6 = data5[i1];
	if(typeof data6 !== "string"){
	const err19 = {instancePath:instancePath+"/controls/" + i1,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.controls.items.type,parentSchema:schema93.properties.controls.items,data:data6};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	}
	else {
	const err20 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.controls.type,parentSchema:schema93.properties.controls,data:data5};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data.scope !== undefined){
	let data7 = data.scope;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.product === undefined){
	const err21 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema93.properties.scope.required,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(data7.fromVersion === undefined){
	const err22 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema93.properties.scope.required,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(data7.toVersion === undefined){
	const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema93.properties.scope.required,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(data7.cohort === undefined){
	const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema93.properties.scope.required,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	if(data7.configurations === undefined){
	const err25 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema93.properties.scope.required,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	if(data7.vulnerabilities === undefined){
	const err26 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema93.properties.scope.required,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	for(const key1 in data7){
	if(!((((((((key1 === "product") || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort")) || (key1 === "configurations")) || (key1 === "vulnerabilities")) || (key1 === "versionScheme")) || (key1 === "identifiers"))){
	const err27 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data7.product !== undefined){
	let data8 = data7.product;
	if(typeof data8 !== "string"){
	const err28 = {instancePath:instancePath+"/scope/product",schemaPath:"#/properties/scope/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.product.type,parentSchema:schema93.properties.scope.properties.product,data:data8};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data7.fromVersion !== undefined){
	let data9 = data7.fromVersion;
	if(typeof data9 === "string"){
	if(!pattern4.test(data9)){
	const err29 = {instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data9};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	else {
	const err30 = {instancePath:instancePath+"/scope/fromVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data9};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	if(data7.toVersion !== undefined){
	let data10 = data7.toVersion;
	if(typeof data10 === "string"){
	if(!pattern4.test(data10)){
	const err31 = {instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data10};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	else {
	const err32 = {instancePath:instancePath+"/scope/toVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data10};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	if(data7.cohort !== undefined){
	let data11 = data7.cohort;
	if(typeof data11 !== "string"){
	const err33 = {instancePath:instancePath+"/scope/cohort",schemaPath:"#/properties/scope/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.cohort.type,parentSchema:schema93.properties.scope.properties.cohort,data:data11};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data7.configurations !== undefined){
	let data12 = data7.configurations;
	if(Array.isArray(data12)){
	const len2 = data12.length;
	for(let i2=0; i2<len2; i2++){
	let data13 = data12[i2];
	if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
	if(data13.id === undefined){
	const err34 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.properties.scope.properties.configurations.items.required,parentSchema:schema93.properties.scope.properties.configurations.items,data:data13};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(data13.name === undefined){
	const err35 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema93.properties.scope.properties.configurations.items.required,parentSchema:schema93.properties.scope.properties.configurations.items,data:data13};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	if(data13.hardware === undefined){
	const err36 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema93.properties.scope.properties.configurations.items.required,parentSchema:schema93.properties.scope.properties.configurations.items,data:data13};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	for(const key2 in data13){
	if(!(((key2 === "id") || (key2 === "name")) || (key2 === "hardware"))){
	const err37 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.scope.properties.configurations.items,data:data13};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	if(data13.id !== undefined){
	let data14 = data13.id;
	if(typeof data14 !== "string"){
	const err38 = {instancePath:instancePath+"/scope/configurations/" + i2+"/id",schemaPath:"#/properties/scope/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.configurations.items.properties.id.type,parentSchema:schema93.properties.scope.properties.configurations.items.properties.id,data:data14};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	if(data13.name !== undefined){
	let data15 = data13.name;
	if(typeof data15 !== "string"){
	const err39 = {instancePath:instancePath+"/scope/configurations/" + i2+"/name",schemaPath:"#/properties/scope/properties/configurations/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.configurations.items.properties.name.type,parentSchema:schema93.properties.scope.properties.configurations.items.properties.name,data:data15};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	if(data13.hardware !== undefined){
	let data16 = data13.hardware;
	if(typeof data16 !== "string"){
	const err40 = {instancePath:instancePath+"/scope/configurations/" + i2+"/hardware",schemaPath:"#/properties/scope/properties/configurations/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.configurations.items.properties.hardware.type,parentSchema:schema93.properties.scope.properties.configurations.items.properties.hardware,data:data16};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	}
	else {
	const err41 = {instancePath:instancePath+"/scope/configurations/" + i2,schemaPath:"#/properties/scope/properties/configurations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.scope.properties.configurations.items.type,parentSchema:schema93.properties.scope.properties.configurations.items,data:data13};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	}
	else {
	const err42 = {instancePath:instancePath+"/scope/configurations",schemaPath:"#/properties/scope/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.scope.properties.configurations.type,parentSchema:schema93.properties.scope.properties.configurations,data:data12};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data7.vulnerabilities !== undefined){
	let data17 = data7.vulnerabilities;
	if(Array.isArray(data17)){
	const len3 = data17.length;
	for(let i3=0; i3<len3; i3++){
	let data18 = data17[i3];
	if(typeof data18 !== "string"){
	const err43 = {instancePath:instancePath+"/scope/vulnerabilities/" + i3,schemaPath:"#/properties/scope/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.vulnerabilities.items.type,parentSchema:schema93.properties.scope.properties.vulnerabilities.items,data:data18};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	}
	}
	else {
	const err44 = {instancePath:instancePath+"/scope/vulnerabilities",schemaPath:"#/properties/scope/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.scope.properties.vulnerabilities.type,parentSchema:schema93.properties.scope.properties.vulnerabilities,data:data17};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data7.versionScheme !== undefined){
	let data19 = data7.versionScheme;
	if(!((data19 === "semver") || (data19 === "generic"))){
	const err45 = {instancePath:instancePath+"/scope/versionScheme",schemaPath:"#/properties/scope/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema93.properties.scope.properties.versionScheme.enum},message:"must be equal to one of the allowed values",schema:schema93.properties.scope.properties.versionScheme.enum,parentSchema:schema93.properties.scope.properties.versionScheme,data:data19};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	if(data7.identifiers !== undefined){
	let data20 = data7.identifiers;
	if(Array.isArray(data20)){
	const len4 = data20.length;
	for(let i4=0; i4<len4; i4++){
	let data21 = data20[i4];
	if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
	for(const key3 in data21){
	if(!(((((((key3 === "purl") || (key3 === "cpe")) || (key3 === "csafProductId")) || (key3 === "version")) || (key3 === "name")) || (key3 === "vendor")) || (key3 === "ecosystem"))){
	const err46 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.scope.properties.identifiers.items,data:data21};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	if(data21.purl !== undefined){
	let data22 = data21.purl;
	if(typeof data22 !== "string"){
	const err47 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/purl",schemaPath:"#/properties/scope/properties/identifiers/items/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.purl.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.purl,data:data22};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	if(data21.cpe !== undefined){
	let data23 = data21.cpe;
	if(typeof data23 !== "string"){
	const err48 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/cpe",schemaPath:"#/properties/scope/properties/identifiers/items/properties/cpe/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.cpe.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.cpe,data:data23};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	if(data21.csafProductId !== undefined){
	let data24 = data21.csafProductId;
	if(typeof data24 !== "string"){
	const err49 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/csafProductId",schemaPath:"#/properties/scope/properties/identifiers/items/properties/csafProductId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.csafProductId.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.csafProductId,data:data24};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data21.version !== undefined){
	let data25 = data21.version;
	if(typeof data25 !== "string"){
	const err50 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/version",schemaPath:"#/properties/scope/properties/identifiers/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.version.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.version,data:data25};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	if(data21.name !== undefined){
	let data26 = data21.name;
	if(typeof data26 !== "string"){
	const err51 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/name",schemaPath:"#/properties/scope/properties/identifiers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.name.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.name,data:data26};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	if(data21.vendor !== undefined){
	let data27 = data21.vendor;
	if(typeof data27 !== "string"){
	const err52 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/vendor",schemaPath:"#/properties/scope/properties/identifiers/items/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.vendor.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.vendor,data:data27};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	if(data21.ecosystem !== undefined){
	let data28 = data21.ecosystem;
	if(typeof data28 !== "string"){
	const err53 = {instancePath:instancePath+"/scope/identifiers/" + i4+"/ecosystem",schemaPath:"#/properties/scope/properties/identifiers/items/properties/ecosystem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.scope.properties.identifiers.items.properties.ecosystem.type,parentSchema:schema93.properties.scope.properties.identifiers.items.properties.ecosystem,data:data28};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	}
	else {
	const err54 = {instancePath:instancePath+"/scope/identifiers/" + i4,schemaPath:"#/properties/scope/properties/identifiers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.scope.properties.identifiers.items.type,parentSchema:schema93.properties.scope.properties.identifiers.items,data:data21};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	}
	else {
	const err55 = {instancePath:instancePath+"/scope/identifiers",schemaPath:"#/properties/scope/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.scope.properties.identifiers.type,parentSchema:schema93.properties.scope.properties.identifiers,data:data20};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	}
	else {
	const err56 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.scope.type,parentSchema:schema93.properties.scope,data:data7};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	if(data.producers !== undefined){
	let data29 = data.producers;
	if(Array.isArray(data29)){
	const len5 = data29.length;
	for(let i5=0; i5<len5; i5++){
	let data30 = data29[i5];
	if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
	if(data30.id === undefined){
	const err57 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/$defs/party/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema97.required,parentSchema:schema97,data:data30};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	if(data30.name === undefined){
	const err58 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/$defs/party/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema97.required,parentSchema:schema97,data:data30};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	if(data30.role === undefined){
	const err59 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/$defs/party/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema97.required,parentSchema:schema97,data:data30};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	for(const key4 in data30){
	if(!(((key4 === "id") || (key4 === "name")) || (key4 === "role"))){
	const err60 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/$defs/party/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema97,data:data30};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	if(data30.id !== undefined){
	let data31 = data30.id;
	if(typeof data31 !== "string"){
	const err61 = {instancePath:instancePath+"/producers/" + i5+"/id",schemaPath:"#/$defs/party/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.id.type,parentSchema:schema97.properties.id,data:data31};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	if(data30.name !== undefined){
	let data32 = data30.name;
	if(typeof data32 !== "string"){
	const err62 = {instancePath:instancePath+"/producers/" + i5+"/name",schemaPath:"#/$defs/party/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.name.type,parentSchema:schema97.properties.name,data:data32};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	}
	if(data30.role !== undefined){
	let data33 = data30.role;
	if(typeof data33 !== "string"){
	const err63 = {instancePath:instancePath+"/producers/" + i5+"/role",schemaPath:"#/$defs/party/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.role.type,parentSchema:schema97.properties.role,data:data33};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	}
	else {
	const err64 = {instancePath:instancePath+"/producers/" + i5,schemaPath:"#/$defs/party/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data:data30};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	}
	else {
	const err65 = {instancePath:instancePath+"/producers",schemaPath:"#/properties/producers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.producers.type,parentSchema:schema93.properties.producers,data:data29};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	if(data.consumers !== undefined){
	let data34 = data.consumers;
	if(Array.isArray(data34)){
	const len6 = data34.length;
	for(let i6=0; i6<len6; i6++){
	let data35 = data34[i6];
	if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
	if(data35.id === undefined){
	const err66 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/$defs/party/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema97.required,parentSchema:schema97,data:data35};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	if(data35.name === undefined){
	const err67 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/$defs/party/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema97.required,parentSchema:schema97,data:data35};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	if(data35.role === undefined){
	const err68 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/$defs/party/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema97.required,parentSchema:schema97,data:data35};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	for(const key5 in data35){
	if(!(((key5 === "id") || (key5 === "name")) || (key5 === "role"))){
	const err69 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/$defs/party/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema97,data:data35};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	}
	if(data35.id !== undefined){
	let data36 = data35.id;
	if(typeof data36 !== "string"){
	const err70 = {instancePath:instancePath+"/consumers/" + i6+"/id",schemaPath:"#/$defs/party/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.id.type,parentSchema:schema97.properties.id,data:data36};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	}
	if(data35.name !== undefined){
	let data37 = data35.name;
	if(typeof data37 !== "string"){
	const err71 = {instancePath:instancePath+"/consumers/" + i6+"/name",schemaPath:"#/$defs/party/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.name.type,parentSchema:schema97.properties.name,data:data37};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	}
	if(data35.role !== undefined){
	let data38 = data35.role;
	if(typeof data38 !== "string"){
	const err72 = {instancePath:instancePath+"/consumers/" + i6+"/role",schemaPath:"#/$defs/party/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.role.type,parentSchema:schema97.properties.role,data:data38};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	}
	}
	else {
	const err73 = {instancePath:instancePath+"/consumers/" + i6,schemaPath:"#/$defs/party/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data:data35};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	}
	}
	else {
	const err74 = {instancePath:instancePath+"/consumers",schemaPath:"#/properties/consumers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.consumers.type,parentSchema:schema93.properties.consumers,data:data34};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data.verificationMethod !== undefined){
	let data39 = data.verificationMethod;
	if(Array.isArray(data39)){
	const len7 = data39.length;
	for(let i7=0; i7<len7; i7++){
	let data40 = data39[i7];
	if(typeof data40 !== "string"){
	const err75 = {instancePath:instancePath+"/verificationMethod/" + i7,schemaPath:"#/properties/verificationMethod/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.verificationMethod.items.type,parentSchema:schema93.properties.verificationMethod.items,data:data40};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	}
	else {
	const err76 = {instancePath:instancePath+"/verificationMethod",schemaPath:"#/properties/verificationMethod/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.verificationMethod.type,parentSchema:schema93.properties.verificationMethod,data:data39};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	if(data.knownGaps !== undefined){
	let data41 = data.knownGaps;
	if(Array.isArray(data41)){
	const len8 = data41.length;
	for(let i8=0; i8<len8; i8++){
	let data42 = data41[i8];
	if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
	if(data42.id === undefined){
	const err77 = {instancePath:instancePath+"/knownGaps/" + i8,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.properties.knownGaps.items.required,parentSchema:schema93.properties.knownGaps.items,data:data42};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	if(data42.description === undefined){
	const err78 = {instancePath:instancePath+"/knownGaps/" + i8,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema93.properties.knownGaps.items.required,parentSchema:schema93.properties.knownGaps.items,data:data42};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	if(data42.configurations === undefined){
	const err79 = {instancePath:instancePath+"/knownGaps/" + i8,schemaPath:"#/properties/knownGaps/items/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema93.properties.knownGaps.items.required,parentSchema:schema93.properties.knownGaps.items,data:data42};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	for(const key6 in data42){
	if(!(((key6 === "id") || (key6 === "description")) || (key6 === "configurations"))){
	const err80 = {instancePath:instancePath+"/knownGaps/" + i8,schemaPath:"#/properties/knownGaps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.knownGaps.items,data:data42};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	if(data42.id !== undefined){
	let data43 = data42.id;
	if(typeof data43 !== "string"){
	const err81 = {instancePath:instancePath+"/knownGaps/" + i8+"/id",schemaPath:"#/properties/knownGaps/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.knownGaps.items.properties.id.type,parentSchema:schema93.properties.knownGaps.items.properties.id,data:data43};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	if(data42.description !== undefined){
	let data44 = data42.description;
	if(typeof data44 !== "string"){
	const err82 = {instancePath:instancePath+"/knownGaps/" + i8+"/description",schemaPath:"#/properties/knownGaps/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.knownGaps.items.properties.description.type,parentSchema:schema93.properties.knownGaps.items.properties.description,data:data44};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	}
	if(data42.configurations !== undefined){
	let data45 = data42.configurations;
	if(Array.isArray(data45)){
	const len9 = data45.length;
	for(let i9=0; i9<len9; i9++){
	let data46 = data45[i9];
	if(typeof data46 !== "string"){
	const err83 = {instancePath:instancePath+"/knownGaps/" + i8+"/configurations/" + i9,schemaPath:"#/properties/knownGaps/items/properties/configurations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.knownGaps.items.properties.configurations.items.type,parentSchema:schema93.properties.knownGaps.items.properties.configurations.items,data:data46};
	if(vErrors === null){
	vErrors = [err83];
	}
	else {
	vErrors.push(err83);
	}
	errors++;
	}
	}
	}
	else {
	const err84 = {instancePath:instancePath+"/knownGaps/" + i8+"/configurations",schemaPath:"#/properties/knownGaps/items/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.knownGaps.items.properties.configurations.type,parentSchema:schema93.properties.knownGaps.items.properties.configurations,data:data45};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	}
	}
	else {
	const err85 = {instancePath:instancePath+"/knownGaps/" + i8,schemaPath:"#/properties/knownGaps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.knownGaps.items.type,parentSchema:schema93.properties.knownGaps.items,data:data42};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	}
	else {
	const err86 = {instancePath:instancePath+"/knownGaps",schemaPath:"#/properties/knownGaps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.knownGaps.type,parentSchema:schema93.properties.knownGaps,data:data41};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	}
	if(data.exceptions !== undefined){
	let data47 = data.exceptions;
	if(Array.isArray(data47)){
	const len10 = data47.length;
	for(let i10=0; i10<len10; i10++){
	let data48 = data47[i10];
	if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
	if(data48.id === undefined){
	const err87 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	if(data48.configuration === undefined){
	const err88 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	if(data48.reason === undefined){
	const err89 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	if(data48.mitigation === undefined){
	const err90 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "mitigation"},message:"must have required property '"+"mitigation"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	if(data48.remainOn === undefined){
	const err91 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "remainOn"},message:"must have required property '"+"remainOn"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	if(data48.followUpBy === undefined){
	const err92 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "followUpBy"},message:"must have required property '"+"followUpBy"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	if(data48.acceptedBy === undefined){
	const err93 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "acceptedBy"},message:"must have required property '"+"acceptedBy"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	if(data48.acceptedAt === undefined){
	const err94 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "acceptedAt"},message:"must have required property '"+"acceptedAt"+"'",schema:schema93.properties.exceptions.items.required,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	for(const key7 in data48){
	if(!(func1.call(schema93.properties.exceptions.items.properties, key7))){
	const err95 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	if(data48.id !== undefined){
	let data49 = data48.id;
	if(typeof data49 !== "string"){
	const err96 = {instancePath:instancePath+"/exceptions/" + i10+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.exceptions.items.properties.id.type,parentSchema:schema93.properties.exceptions.items.properties.id,data:data49};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	}
	if(data48.configuration !== undefined){
	let data50 = data48.configuration;
	if(typeof data50 !== "string"){
	const err97 = {instancePath:instancePath+"/exceptions/" + i10+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.exceptions.items.properties.configuration.type,parentSchema:schema93.properties.exceptions.items.properties.configuration,data:data50};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	if(data48.reason !== undefined){
	let data51 = data48.reason;
	if(typeof data51 !== "string"){
	const err98 = {instancePath:instancePath+"/exceptions/" + i10+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.exceptions.items.properties.reason.type,parentSchema:schema93.properties.exceptions.items.properties.reason,data:data51};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	}
	if(data48.mitigation !== undefined){
	let data52 = data48.mitigation;
	if(typeof data52 !== "string"){
	const err99 = {instancePath:instancePath+"/exceptions/" + i10+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.exceptions.items.properties.mitigation.type,parentSchema:schema93.properties.exceptions.items.properties.mitigation,data:data52};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	}
	if(data48.remainOn !== undefined){
	let data53 = data48.remainOn;
	if(typeof data53 === "string"){
	if(!pattern4.test(data53)){
	const err100 = {instancePath:instancePath+"/exceptions/" + i10+"/remainOn",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data53};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	}
	else {
	const err101 = {instancePath:instancePath+"/exceptions/" + i10+"/remainOn",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data53};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	}
	if(data48.followUpBy !== undefined){
	let data54 = data48.followUpBy;
	if(typeof data54 === "string"){
	if(!pattern27.test(data54)){
	const err102 = {instancePath:instancePath+"/exceptions/" + i10+"/followUpBy",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data54};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	if(!(formats0.validate(data54))){
	const err103 = {instancePath:instancePath+"/exceptions/" + i10+"/followUpBy",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data54};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	}
	else {
	const err104 = {instancePath:instancePath+"/exceptions/" + i10+"/followUpBy",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data54};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	}
	if(data48.acceptedBy !== undefined){
	let data55 = data48.acceptedBy;
	if(typeof data55 !== "string"){
	const err105 = {instancePath:instancePath+"/exceptions/" + i10+"/acceptedBy",schemaPath:"#/properties/exceptions/items/properties/acceptedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.exceptions.items.properties.acceptedBy.type,parentSchema:schema93.properties.exceptions.items.properties.acceptedBy,data:data55};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	}
	if(data48.acceptedAt !== undefined){
	let data56 = data48.acceptedAt;
	if(typeof data56 === "string"){
	if(!pattern27.test(data56)){
	const err106 = {instancePath:instancePath+"/exceptions/" + i10+"/acceptedAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data56};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	if(!(formats0.validate(data56))){
	const err107 = {instancePath:instancePath+"/exceptions/" + i10+"/acceptedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data56};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	}
	else {
	const err108 = {instancePath:instancePath+"/exceptions/" + i10+"/acceptedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data56};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	}
	if(data48.waives !== undefined){
	let data57 = data48.waives;
	if(Array.isArray(data57)){
	const len11 = data57.length;
	for(let i11=0; i11<len11; i11++){
	let data58 = data57[i11];
	if(typeof data58 !== "string"){
	const err109 = {instancePath:instancePath+"/exceptions/" + i10+"/waives/" + i11,schemaPath:"#/properties/exceptions/items/properties/waives/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.exceptions.items.properties.waives.items.type,parentSchema:schema93.properties.exceptions.items.properties.waives.items,data:data58};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	}
	}
	else {
	const err110 = {instancePath:instancePath+"/exceptions/" + i10+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.exceptions.items.properties.waives.type,parentSchema:schema93.properties.exceptions.items.properties.waives,data:data57};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	}
	}
	else {
	const err111 = {instancePath:instancePath+"/exceptions/" + i10,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.exceptions.items.type,parentSchema:schema93.properties.exceptions.items,data:data48};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	}
	}
	else {
	const err112 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.exceptions.type,parentSchema:schema93.properties.exceptions,data:data47};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	}
	if(data.retention !== undefined){
	let data59 = data.retention;
	const _errs134 = errors;
	let valid40 = false;
	const _errs135 = errors;
	if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
	if(data59.owners === undefined){
	const err113 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf/0/required",keyword:"required",params:{missingProperty: "owners"},message:"must have required property '"+"owners"+"'",schema:schema93.properties.retention.anyOf[0].required,parentSchema:schema93.properties.retention.anyOf[0],data:data59};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	if(data59.locations === undefined){
	const err114 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf/0/required",keyword:"required",params:{missingProperty: "locations"},message:"must have required property '"+"locations"+"'",schema:schema93.properties.retention.anyOf[0].required,parentSchema:schema93.properties.retention.anyOf[0],data:data59};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	for(const key8 in data59){
	if(!((key8 === "owners") || (key8 === "locations"))){
	const err115 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.retention.anyOf[0],data:data59};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	if(data59.owners !== undefined){
	let data60 = data59.owners;
	if(Array.isArray(data60)){
	const len12 = data60.length;
	for(let i12=0; i12<len12; i12++){
	let data61 = data60[i12];
	if(typeof data61 !== "string"){
	const err116 = {instancePath:instancePath+"/retention/owners/" + i12,schemaPath:"#/properties/retention/anyOf/0/properties/owners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.retention.anyOf[0].properties.owners.items.type,parentSchema:schema93.properties.retention.anyOf[0].properties.owners.items,data:data61};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	}
	else {
	const err117 = {instancePath:instancePath+"/retention/owners",schemaPath:"#/properties/retention/anyOf/0/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.retention.anyOf[0].properties.owners.type,parentSchema:schema93.properties.retention.anyOf[0].properties.owners,data:data60};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	}
	if(data59.locations !== undefined){
	let data62 = data59.locations;
	if(Array.isArray(data62)){
	const len13 = data62.length;
	for(let i13=0; i13<len13; i13++){
	let data63 = data62[i13];
	if(typeof data63 !== "string"){
	const err118 = {instancePath:instancePath+"/retention/locations/" + i13,schemaPath:"#/properties/retention/anyOf/0/properties/locations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.retention.anyOf[0].properties.locations.items.type,parentSchema:schema93.properties.retention.anyOf[0].properties.locations.items,data:data63};
	if(vErrors === null){
	vErrors = [err118];
	}
	else {
	vErrors.push(err118);
	}
	errors++;
	}
	}
	}
	else {
	const err119 = {instancePath:instancePath+"/retention/locations",schemaPath:"#/properties/retention/anyOf/0/properties/locations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.retention.anyOf[0].properties.locations.type,parentSchema:schema93.properties.retention.anyOf[0].properties.locations,data:data62};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	}
	}
	else {
	const err120 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.retention.anyOf[0].type,parentSchema:schema93.properties.retention.anyOf[0],data:data59};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	var _valid0 = _errs135 === errors;
	valid40 = valid40 || _valid0;
	const _errs146 = errors;
	if(data59 !== null){
	const err121 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema93.properties.retention.anyOf[1].type,parentSchema:schema93.properties.retention.anyOf[1],data:data59};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	var _valid0 = _errs146 === errors;
	valid40 = valid40 || _valid0;
	if(!valid40){
	const err122 = {instancePath:instancePath+"/retention",schemaPath:"#/properties/retention/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema93.properties.retention.anyOf,parentSchema:schema93.properties.retention,data:data59};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	else {
	errors = _errs134;
	if(vErrors !== null){
	if(_errs134){
	vErrors.length = _errs134;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err123 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	validate37.errors = vErrors;
	return errors === 0;
	}
	validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema102 = {"type":"object","additionalProperties":false,"required":["id","kind","file","producer","time","controls","present","sha256","statement","record","verification"],"properties":{"id":{"type":"string"},"kind":{"enum":["assertion","process-document","update-manifest","build-provenance","signing-event","release-approval","rollback-recovery-tests","recovery-procedure","affected-versions","customer-notification","deployment-records","risk-acceptance"]},"file":{"type":["string","null"]},"producer":{"type":"string"},"time":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"controls":{"type":"array","items":{"type":"string"}},"present":{"type":"boolean"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"statement":{"type":["string","null"]},"record":{"anyOf":[{"$ref":"#/$defs/signingEvent"},{"$ref":"#/$defs/releaseApproval"},{"$ref":"#/$defs/rollbackRecoveryTests"},{"$ref":"#/$defs/affectedVersions"},{"$ref":"#/$defs/vexDocument"},{"$ref":"#/$defs/customerNotification"},{"$ref":"#/$defs/deploymentRecords"},{"$ref":"#/$defs/riskAcceptance"},{"type":"null"}]},"verification":{"anyOf":[{"$ref":"#/$defs/manifestVerification"},{"$ref":"#/$defs/provenanceVerification"},{"type":"null"}]},"alternatives":{"type":"array","maxItems":31,"items":{"$ref":"#/$defs/provenanceVerification"},"description":"Build provenance of Sigstore bundles (a .jsonl, a GitHub attestations answer) in which several SLSA v1 statements name a manifest artifact: each one after the first (which is verification), in the file's or the answer's order, verified the same way. The policy judges the item on the first candidate a trusted signer authorized for build provenance signed, else on the first (lib.evidence). Absent otherwise."},"attestation":{"anyOf":[{"$ref":"#/$defs/attestationFact"},{"type":"null"}],"description":"Record kinds (the YAML records, and affected-versions also as a supplier's CSAF, OpenVEX, OSV or CycloneDX VEX document): how the record or document is signed (null when it is not)."}}};
	const schema120 = {"type":"object","additionalProperties":false,"description":"A supplier's affected-version document (CSAF, OpenVEX, OSV, CycloneDX VEX) reduced to what it says about this update (added in v1).","required":["kind","format","document","versionScheme","vulnerabilities","statements","notThisProduct","notThisProductCount","unsupported"],"properties":{"kind":{"const":"VexDocument"},"format":{"enum":["csaf","openvex","osv","cyclonedx-vex"]},"document":{"type":"string"},"versionScheme":{"enum":["semver","generic"]},"vulnerabilities":{"description":"The vulnerabilities in scope the document names (by id or alias, as the scope names them), for any product.","type":"array","items":{"type":"string"}},"statements":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["vulnerability","statement","product","identifier","status","justification","allVersions","versions","vers","ranges","fromVersion","toVersion"],"properties":{"vulnerability":{"type":"string"},"statement":{"type":"string"},"product":{"type":"string"},"identifier":{"type":"string"},"status":{"enum":["affected","not_affected","fixed","under_investigation"]},"justification":{"type":["string","null"]},"allVersions":{"type":"boolean"},"versions":{"type":"array","items":{"type":"string"}},"vers":{"type":"array","items":{"type":"string"}},"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["introduced","fixed","lastAffected"],"properties":{"introduced":{"type":"string"},"fixed":{"type":["string","null"]},"lastAffected":{"type":["string","null"]}}}},"fromVersion":{"enum":["affected","not_affected","fixed","under_investigation",null]},"toVersion":{"enum":["affected","not_affected","fixed","under_investigation",null]}}}},"notThisProduct":{"type":"array","items":{"type":"string"}},"notThisProductCount":{"type":"integer","minimum":0},"unsupported":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["statement","vulnerability","status","product","reason"],"properties":{"statement":{"type":"string"},"vulnerability":{"type":"string"},"status":{"description":"The status the statement or range gives the versions it covers; one that is affected or under_investigation may cover the to-version.","enum":["affected","not_affected","fixed","under_investigation"]},"product":{"type":"string"},"reason":{"type":"string"}}}}}};
	const schema121 = {"type":"object","additionalProperties":false,"required":["kind","status","scope","audience","text"],"properties":{"kind":{"const":"CustomerNotification"},"status":{"enum":["draft","approved","sent"]},"scope":{"type":"object","additionalProperties":false,"required":["product","cohorts","configurations","vulnerabilities"],"properties":{"product":{"type":"string"},"cohorts":{"type":"array","items":{"type":"string"}},"configurations":{"type":"array","items":{"type":"string"}},"vulnerabilities":{"type":"array","items":{"type":"string"}}}},"audience":{"type":"string"},"text":{"type":"string"}}};
	const schema105 = {"type":"object","additionalProperties":false,"required":["kind","product","version","signer","keyId","time","subject"],"properties":{"kind":{"const":"SigningEvent"},"product":{"type":"string"},"version":{"type":"string"},"signer":{"type":"string"},"keyId":{"type":"string"},"time":{"$ref":"#/$defs/timestamp"},"subject":{"type":"string"}}};

	function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate40.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.kind === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.product === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.version === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.signer === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signer"},message:"must have required property '"+"signer"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.keyId === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyId"},message:"must have required property '"+"keyId"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.time === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.subject === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema105.required,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "kind") || (key0 === "product")) || (key0 === "version")) || (key0 === "signer")) || (key0 === "keyId")) || (key0 === "time")) || (key0 === "subject"))){
	const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data0 = data.kind;
	if("SigningEvent" !== data0){
	const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "SigningEvent"},message:"must be equal to constant",schema:"SigningEvent",parentSchema:schema105.properties.kind,data:data0};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data1 = data.product;
	if(typeof data1 !== "string"){
	const err9 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.product.type,parentSchema:schema105.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.version !== undefined){
	let data2 = data.version;
	if(typeof data2 !== "string"){
	const err10 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.version.type,parentSchema:schema105.properties.version,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.signer !== undefined){
	let data3 = data.signer;
	if(typeof data3 !== "string"){
	const err11 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.signer.type,parentSchema:schema105.properties.signer,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.keyId !== undefined){
	let data4 = data.keyId;
	if(typeof data4 !== "string"){
	const err12 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.keyId.type,parentSchema:schema105.properties.keyId,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.time !== undefined){
	let data5 = data.time;
	if(typeof data5 === "string"){
	if(!pattern27.test(data5)){
	const err13 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(!(formats0.validate(data5))){
	const err14 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data5};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data5};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.subject !== undefined){
	let data6 = data.subject;
	if(typeof data6 !== "string"){
	const err16 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.subject.type,parentSchema:schema105.properties.subject,data:data6};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	}
	else {
	const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.type,parentSchema:schema105,data};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	validate40.errors = vErrors;
	return errors === 0;
	}
	validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema107 = {"type":"object","additionalProperties":false,"required":["kind","product","version","approvedArtifacts","approvals"],"properties":{"kind":{"const":"ReleaseApproval"},"product":{"type":"string"},"version":{"$ref":"#/$defs/semver"},"approvedArtifacts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"}}}},"approvals":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["approver","role","decision","time","reference"],"properties":{"approver":{"type":"string"},"role":{"type":"string"},"decision":{"enum":["approved","rejected"]},"time":{"$ref":"#/$defs/timestamp"},"reference":{"type":["string","null"]}}}}}};

	function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate42.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.kind === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema107.required,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.product === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema107.required,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.version === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema107.required,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.approvedArtifacts === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvedArtifacts"},message:"must have required property '"+"approvedArtifacts"+"'",schema:schema107.required,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.approvals === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema107.required,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((key0 === "kind") || (key0 === "product")) || (key0 === "version")) || (key0 === "approvedArtifacts")) || (key0 === "approvals"))){
	const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data0 = data.kind;
	if("ReleaseApproval" !== data0){
	const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ReleaseApproval"},message:"must be equal to constant",schema:"ReleaseApproval",parentSchema:schema107.properties.kind,data:data0};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data1 = data.product;
	if(typeof data1 !== "string"){
	const err7 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.product.type,parentSchema:schema107.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.version !== undefined){
	let data2 = data.version;
	if(typeof data2 === "string"){
	if(!pattern4.test(data2)){
	const err8 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data2};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	else {
	const err9 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.approvedArtifacts !== undefined){
	let data3 = data.approvedArtifacts;
	if(Array.isArray(data3)){
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.name === undefined){
	const err10 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema107.properties.approvedArtifacts.items.required,parentSchema:schema107.properties.approvedArtifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data4.sha256 === undefined){
	const err11 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema107.properties.approvedArtifacts.items.required,parentSchema:schema107.properties.approvedArtifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!((key1 === "name") || (key1 === "sha256"))){
	const err12 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.approvedArtifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data4.name !== undefined){
	let data5 = data4.name;
	if(typeof data5 !== "string"){
	const err13 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/name",schemaPath:"#/properties/approvedArtifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.approvedArtifacts.items.properties.name.type,parentSchema:schema107.properties.approvedArtifacts.items.properties.name,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data4.sha256 !== undefined){
	let data6 = data4.sha256;
	if(typeof data6 === "string"){
	if(!pattern18.test(data6)){
	const err14 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data6};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/approvedArtifacts/" + i0+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data6};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	}
	else {
	const err16 = {instancePath:instancePath+"/approvedArtifacts/" + i0,schemaPath:"#/properties/approvedArtifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.approvedArtifacts.items.type,parentSchema:schema107.properties.approvedArtifacts.items,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	}
	else {
	const err17 = {instancePath:instancePath+"/approvedArtifacts",schemaPath:"#/properties/approvedArtifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.approvedArtifacts.type,parentSchema:schema107.properties.approvedArtifacts,data:data3};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	if(data.approvals !== undefined){
	let data7 = data.approvals;
	if(Array.isArray(data7)){
	const len1 = data7.length;
	for(let i1=0; i1<len1; i1++){
	let data8 = data7[i1];
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(data8.approver === undefined){
	const err18 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "approver"},message:"must have required property '"+"approver"+"'",schema:schema107.properties.approvals.items.required,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data8.role === undefined){
	const err19 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema107.properties.approvals.items.required,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data8.decision === undefined){
	const err20 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema107.properties.approvals.items.required,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data8.time === undefined){
	const err21 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema107.properties.approvals.items.required,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(data8.reference === undefined){
	const err22 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'",schema:schema107.properties.approvals.items.required,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	for(const key2 in data8){
	if(!(((((key2 === "approver") || (key2 === "role")) || (key2 === "decision")) || (key2 === "time")) || (key2 === "reference"))){
	const err23 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data8.approver !== undefined){
	let data9 = data8.approver;
	if(typeof data9 !== "string"){
	const err24 = {instancePath:instancePath+"/approvals/" + i1+"/approver",schemaPath:"#/properties/approvals/items/properties/approver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.approvals.items.properties.approver.type,parentSchema:schema107.properties.approvals.items.properties.approver,data:data9};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data8.role !== undefined){
	let data10 = data8.role;
	if(typeof data10 !== "string"){
	const err25 = {instancePath:instancePath+"/approvals/" + i1+"/role",schemaPath:"#/properties/approvals/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.approvals.items.properties.role.type,parentSchema:schema107.properties.approvals.items.properties.role,data:data10};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data8.decision !== undefined){
	let data11 = data8.decision;
	if(!((data11 === "approved") || (data11 === "rejected"))){
	const err26 = {instancePath:instancePath+"/approvals/" + i1+"/decision",schemaPath:"#/properties/approvals/items/properties/decision/enum",keyword:"enum",params:{allowedValues: schema107.properties.approvals.items.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema107.properties.approvals.items.properties.decision.enum,parentSchema:schema107.properties.approvals.items.properties.decision,data:data11};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data8.time !== undefined){
	let data12 = data8.time;
	if(typeof data12 === "string"){
	if(!pattern27.test(data12)){
	const err27 = {instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data12};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	if(!(formats0.validate(data12))){
	const err28 = {instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data12};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	else {
	const err29 = {instancePath:instancePath+"/approvals/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data12};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	if(data8.reference !== undefined){
	let data13 = data8.reference;
	if((typeof data13 !== "string") && (data13 !== null)){
	const err30 = {instancePath:instancePath+"/approvals/" + i1+"/reference",schemaPath:"#/properties/approvals/items/properties/reference/type",keyword:"type",params:{type: schema107.properties.approvals.items.properties.reference.type},message:"must be string,null",schema:schema107.properties.approvals.items.properties.reference.type,parentSchema:schema107.properties.approvals.items.properties.reference,data:data13};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	}
	else {
	const err31 = {instancePath:instancePath+"/approvals/" + i1,schemaPath:"#/properties/approvals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.approvals.items.type,parentSchema:schema107.properties.approvals.items,data:data8};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	}
	else {
	const err32 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema107.properties.approvals.type,parentSchema:schema107.properties.approvals,data:data7};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	}
	else {
	const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	validate42.errors = vErrors;
	return errors === 0;
	}
	validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema111 = {"type":"object","additionalProperties":false,"required":["kind","product","fromVersion","toVersion","rollbackConditions","results"],"properties":{"kind":{"const":"RollbackRecoveryTests"},"product":{"type":"string"},"fromVersion":{"$ref":"#/$defs/semver"},"toVersion":{"$ref":"#/$defs/semver"},"rollbackConditions":{"type":"array","items":{"type":"string"}},"results":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["configuration","hardware","test","outcome","time","reference"],"properties":{"configuration":{"type":"string"},"hardware":{"type":"string"},"test":{"enum":["rollback","recovery"]},"outcome":{"enum":["passed","failed","not-run"]},"time":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"reference":{"type":["string","null"]}},"allOf":[{"if":{"properties":{"outcome":{"enum":["passed","failed"]}}},"then":{"properties":{"time":{"$ref":"#/$defs/timestamp"}}}},{"if":{"properties":{"outcome":{"const":"not-run"}}},"then":{"properties":{"time":{"type":"null"}}}}]}}}};

	function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate44.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.kind === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema111.required,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.product === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema111.required,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.fromVersion === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema111.required,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.toVersion === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema111.required,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.rollbackConditions === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rollbackConditions"},message:"must have required property '"+"rollbackConditions"+"'",schema:schema111.required,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.results === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'",schema:schema111.required,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((key0 === "kind") || (key0 === "product")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "rollbackConditions")) || (key0 === "results"))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data0 = data.kind;
	if("RollbackRecoveryTests" !== data0){
	const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RollbackRecoveryTests"},message:"must be equal to constant",schema:"RollbackRecoveryTests",parentSchema:schema111.properties.kind,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data1 = data.product;
	if(typeof data1 !== "string"){
	const err8 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.properties.product.type,parentSchema:schema111.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.fromVersion !== undefined){
	let data2 = data.fromVersion;
	if(typeof data2 === "string"){
	if(!pattern4.test(data2)){
	const err9 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.toVersion !== undefined){
	let data3 = data.toVersion;
	if(typeof data3 === "string"){
	if(!pattern4.test(data3)){
	const err11 = {instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	else {
	const err12 = {instancePath:instancePath+"/toVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.rollbackConditions !== undefined){
	let data4 = data.rollbackConditions;
	if(Array.isArray(data4)){
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	let data5 = data4[i0];
	if(typeof data5 !== "string"){
	const err13 = {instancePath:instancePath+"/rollbackConditions/" + i0,schemaPath:"#/properties/rollbackConditions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.properties.rollbackConditions.items.type,parentSchema:schema111.properties.rollbackConditions.items,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	}
	else {
	const err14 = {instancePath:instancePath+"/rollbackConditions",schemaPath:"#/properties/rollbackConditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema111.properties.rollbackConditions.type,parentSchema:schema111.properties.rollbackConditions,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.results !== undefined){
	let data6 = data.results;
	if(Array.isArray(data6)){
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	const _errs20 = errors;
	let valid8 = true;
	const _errs21 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.outcome !== undefined){
	let data8 = data7.outcome;
	if(!((data8 === "passed") || (data8 === "failed"))){
	const err15 = {};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	}
	var _valid0 = _errs21 === errors;
	errors = _errs20;
	if(vErrors !== null){
	if(_errs20){
	vErrors.length = _errs20;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid0){
	const _errs23 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.time !== undefined){
	let data9 = data7.time;
	if(typeof data9 === "string"){
	if(!pattern27.test(data9)){
	const err16 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data9};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(!(formats0.validate(data9))){
	const err17 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data9};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data9};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	}
	var _valid0 = _errs23 === errors;
	valid8 = _valid0;
	if(valid8){
	var props0 = {};
	props0.time = true;
	props0.outcome = true;
	}
	}
	if(!valid8){
	const err19 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema111.properties.results.items.allOf[0].if,parentSchema:schema111.properties.results.items.allOf[0],data:data7};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	const _errs28 = errors;
	let valid12 = true;
	const _errs29 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.outcome !== undefined){
	if("not-run" !== data7.outcome){
	const err20 = {};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	}
	var _valid1 = _errs29 === errors;
	errors = _errs28;
	if(vErrors !== null){
	if(_errs28){
	vErrors.length = _errs28;
	}
	else {
	vErrors = null;
	}
	}
	if(_valid1){
	const _errs31 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.time !== undefined){
	let data11 = data7.time;
	if(data11 !== null){
	const err21 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/allOf/1/then/properties/time/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema111.properties.results.items.allOf[1].then.properties.time.type,parentSchema:schema111.properties.results.items.allOf[1].then.properties.time,data:data11};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	}
	var _valid1 = _errs31 === errors;
	valid12 = _valid1;
	if(valid12){
	var props1 = {};
	props1.time = true;
	props1.outcome = true;
	}
	}
	if(!valid12){
	const err22 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema111.properties.results.items.allOf[1].if,parentSchema:schema111.properties.results.items.allOf[1],data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(props0 !== true && props1 !== undefined){
	if(props1 === true){
	props0 = true;
	}
	else {
	props0 = props0 || {};
	Object.assign(props0, props1);
	}
	}
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.configuration === undefined){
	const err23 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema111.properties.results.items.required,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(data7.hardware === undefined){
	const err24 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema111.properties.results.items.required,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	if(data7.test === undefined){
	const err25 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'",schema:schema111.properties.results.items.required,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	if(data7.outcome === undefined){
	const err26 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema111.properties.results.items.required,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if(data7.time === undefined){
	const err27 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema111.properties.results.items.required,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	if(data7.reference === undefined){
	const err28 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'",schema:schema111.properties.results.items.required,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	for(const key1 in data7){
	if(!((((((key1 === "configuration") || (key1 === "hardware")) || (key1 === "test")) || (key1 === "outcome")) || (key1 === "time")) || (key1 === "reference"))){
	const err29 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	if(data7.configuration !== undefined){
	let data12 = data7.configuration;
	if(typeof data12 !== "string"){
	const err30 = {instancePath:instancePath+"/results/" + i1+"/configuration",schemaPath:"#/properties/results/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.properties.results.items.properties.configuration.type,parentSchema:schema111.properties.results.items.properties.configuration,data:data12};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	if(data7.hardware !== undefined){
	let data13 = data7.hardware;
	if(typeof data13 !== "string"){
	const err31 = {instancePath:instancePath+"/results/" + i1+"/hardware",schemaPath:"#/properties/results/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.properties.results.items.properties.hardware.type,parentSchema:schema111.properties.results.items.properties.hardware,data:data13};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data7.test !== undefined){
	let data14 = data7.test;
	if(!((data14 === "rollback") || (data14 === "recovery"))){
	const err32 = {instancePath:instancePath+"/results/" + i1+"/test",schemaPath:"#/properties/results/items/properties/test/enum",keyword:"enum",params:{allowedValues: schema111.properties.results.items.properties.test.enum},message:"must be equal to one of the allowed values",schema:schema111.properties.results.items.properties.test.enum,parentSchema:schema111.properties.results.items.properties.test,data:data14};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	if(data7.outcome !== undefined){
	let data15 = data7.outcome;
	if(!(((data15 === "passed") || (data15 === "failed")) || (data15 === "not-run"))){
	const err33 = {instancePath:instancePath+"/results/" + i1+"/outcome",schemaPath:"#/properties/results/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema111.properties.results.items.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema111.properties.results.items.properties.outcome.enum,parentSchema:schema111.properties.results.items.properties.outcome,data:data15};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data7.time !== undefined){
	let data16 = data7.time;
	const _errs42 = errors;
	let valid16 = false;
	const _errs43 = errors;
	if(typeof data16 === "string"){
	if(!pattern27.test(data16)){
	const err34 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data16};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(!(formats0.validate(data16))){
	const err35 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data16};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	else {
	const err36 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data16};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	var _valid2 = _errs43 === errors;
	valid16 = valid16 || _valid2;
	const _errs46 = errors;
	if(data16 !== null){
	const err37 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/properties/time/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema111.properties.results.items.properties.time.anyOf[1].type,parentSchema:schema111.properties.results.items.properties.time.anyOf[1],data:data16};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	var _valid2 = _errs46 === errors;
	valid16 = valid16 || _valid2;
	if(!valid16){
	const err38 = {instancePath:instancePath+"/results/" + i1+"/time",schemaPath:"#/properties/results/items/properties/time/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema111.properties.results.items.properties.time.anyOf,parentSchema:schema111.properties.results.items.properties.time,data:data16};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	else {
	errors = _errs42;
	if(vErrors !== null){
	if(_errs42){
	vErrors.length = _errs42;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data7.reference !== undefined){
	let data17 = data7.reference;
	if((typeof data17 !== "string") && (data17 !== null)){
	const err39 = {instancePath:instancePath+"/results/" + i1+"/reference",schemaPath:"#/properties/results/items/properties/reference/type",keyword:"type",params:{type: schema111.properties.results.items.properties.reference.type},message:"must be string,null",schema:schema111.properties.results.items.properties.reference.type,parentSchema:schema111.properties.results.items.properties.reference,data:data17};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	}
	else {
	const err40 = {instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema111.properties.results.items.type,parentSchema:schema111.properties.results.items,data:data7};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	}
	else {
	const err41 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema111.properties.results.type,parentSchema:schema111.properties.results,data:data6};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	}
	else {
	const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema111.type,parentSchema:schema111,data};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	validate44.errors = vErrors;
	return errors === 0;
	}
	validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema116 = {"type":"object","additionalProperties":false,"required":["kind","format","product","vulnerabilities"],"properties":{"kind":{"const":"AffectedVersions"},"format":{"const":"update-gate"},"product":{"type":"string"},"vulnerabilities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","record","ranges","fixedIn","remediation"],"properties":{"id":{"type":"string"},"record":{"type":"string"},"ranges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["introduced","fixed"],"properties":{"introduced":{"$ref":"#/$defs/semver"},"fixed":{"anyOf":[{"$ref":"#/$defs/semver"},{"type":"null"}]}}}},"fixedIn":{"anyOf":[{"$ref":"#/$defs/semver"},{"type":"null"}]},"remediation":{"type":"string"}}}}}};

	function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate46.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.kind === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema116.required,parentSchema:schema116,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.format === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema116.required,parentSchema:schema116,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema116.required,parentSchema:schema116,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.vulnerabilities === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema116.required,parentSchema:schema116,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((key0 === "kind") || (key0 === "format")) || (key0 === "product")) || (key0 === "vulnerabilities"))){
	const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data0 = data.kind;
	if("AffectedVersions" !== data0){
	const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AffectedVersions"},message:"must be equal to constant",schema:"AffectedVersions",parentSchema:schema116.properties.kind,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.format !== undefined){
	let data1 = data.format;
	if("update-gate" !== data1){
	const err6 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "update-gate"},message:"must be equal to constant",schema:"update-gate",parentSchema:schema116.properties.format,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data2 = data.product;
	if(typeof data2 !== "string"){
	const err7 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.product.type,parentSchema:schema116.properties.product,data:data2};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.vulnerabilities !== undefined){
	let data3 = data.vulnerabilities;
	if(Array.isArray(data3)){
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.id === undefined){
	const err8 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema116.properties.vulnerabilities.items.required,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	if(data4.record === undefined){
	const err9 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema116.properties.vulnerabilities.items.required,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(data4.ranges === undefined){
	const err10 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema116.properties.vulnerabilities.items.required,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data4.fixedIn === undefined){
	const err11 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "fixedIn"},message:"must have required property '"+"fixedIn"+"'",schema:schema116.properties.vulnerabilities.items.required,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data4.remediation === undefined){
	const err12 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/required",keyword:"required",params:{missingProperty: "remediation"},message:"must have required property '"+"remediation"+"'",schema:schema116.properties.vulnerabilities.items.required,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!(((((key1 === "id") || (key1 === "record")) || (key1 === "ranges")) || (key1 === "fixedIn")) || (key1 === "remediation"))){
	const err13 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data4.id !== undefined){
	let data5 = data4.id;
	if(typeof data5 !== "string"){
	const err14 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/id",schemaPath:"#/properties/vulnerabilities/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.vulnerabilities.items.properties.id.type,parentSchema:schema116.properties.vulnerabilities.items.properties.id,data:data5};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data4.record !== undefined){
	let data6 = data4.record;
	if(typeof data6 !== "string"){
	const err15 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/record",schemaPath:"#/properties/vulnerabilities/items/properties/record/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.vulnerabilities.items.properties.record.type,parentSchema:schema116.properties.vulnerabilities.items.properties.record,data:data6};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data4.ranges !== undefined){
	let data7 = data4.ranges;
	if(Array.isArray(data7)){
	const len1 = data7.length;
	for(let i1=0; i1<len1; i1++){
	let data8 = data7[i1];
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(data8.introduced === undefined){
	const err16 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "introduced"},message:"must have required property '"+"introduced"+"'",schema:schema116.properties.vulnerabilities.items.properties.ranges.items.required,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges.items,data:data8};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data8.fixed === undefined){
	const err17 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "fixed"},message:"must have required property '"+"fixed"+"'",schema:schema116.properties.vulnerabilities.items.properties.ranges.items.required,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges.items,data:data8};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	for(const key2 in data8){
	if(!((key2 === "introduced") || (key2 === "fixed"))){
	const err18 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges.items,data:data8};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data8.introduced !== undefined){
	let data9 = data8.introduced;
	if(typeof data9 === "string"){
	if(!pattern4.test(data9)){
	const err19 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data9};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	else {
	const err20 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/introduced",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data9};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data8.fixed !== undefined){
	let data10 = data8.fixed;
	const _errs24 = errors;
	let valid8 = false;
	const _errs25 = errors;
	if(typeof data10 === "string"){
	if(!pattern4.test(data10)){
	const err21 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data10};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data10};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	var _valid0 = _errs25 === errors;
	valid8 = valid8 || _valid0;
	const _errs28 = errors;
	if(data10 !== null){
	const err23 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/properties/fixed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema116.properties.vulnerabilities.items.properties.ranges.items.properties.fixed.anyOf[1].type,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges.items.properties.fixed.anyOf[1],data:data10};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	var _valid0 = _errs28 === errors;
	valid8 = valid8 || _valid0;
	if(!valid8){
	const err24 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1+"/fixed",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/properties/fixed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema116.properties.vulnerabilities.items.properties.ranges.items.properties.fixed.anyOf,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges.items.properties.fixed,data:data10};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	else {
	errors = _errs24;
	if(vErrors !== null){
	if(_errs24){
	vErrors.length = _errs24;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges/" + i1,schemaPath:"#/properties/vulnerabilities/items/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.properties.vulnerabilities.items.properties.ranges.items.type,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges.items,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	}
	else {
	const err26 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/ranges",schemaPath:"#/properties/vulnerabilities/items/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.vulnerabilities.items.properties.ranges.type,parentSchema:schema116.properties.vulnerabilities.items.properties.ranges,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data4.fixedIn !== undefined){
	let data11 = data4.fixedIn;
	const _errs31 = errors;
	let valid10 = false;
	const _errs32 = errors;
	if(typeof data11 === "string"){
	if(!pattern4.test(data11)){
	const err27 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data11};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data11};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	var _valid1 = _errs32 === errors;
	valid10 = valid10 || _valid1;
	const _errs35 = errors;
	if(data11 !== null){
	const err29 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/properties/vulnerabilities/items/properties/fixedIn/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema116.properties.vulnerabilities.items.properties.fixedIn.anyOf[1].type,parentSchema:schema116.properties.vulnerabilities.items.properties.fixedIn.anyOf[1],data:data11};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	var _valid1 = _errs35 === errors;
	valid10 = valid10 || _valid1;
	if(!valid10){
	const err30 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/fixedIn",schemaPath:"#/properties/vulnerabilities/items/properties/fixedIn/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema116.properties.vulnerabilities.items.properties.fixedIn.anyOf,parentSchema:schema116.properties.vulnerabilities.items.properties.fixedIn,data:data11};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	else {
	errors = _errs31;
	if(vErrors !== null){
	if(_errs31){
	vErrors.length = _errs31;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data4.remediation !== undefined){
	let data12 = data4.remediation;
	if(typeof data12 !== "string"){
	const err31 = {instancePath:instancePath+"/vulnerabilities/" + i0+"/remediation",schemaPath:"#/properties/vulnerabilities/items/properties/remediation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.vulnerabilities.items.properties.remediation.type,parentSchema:schema116.properties.vulnerabilities.items.properties.remediation,data:data12};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	}
	else {
	const err32 = {instancePath:instancePath+"/vulnerabilities/" + i0,schemaPath:"#/properties/vulnerabilities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.properties.vulnerabilities.items.type,parentSchema:schema116.properties.vulnerabilities.items,data:data4};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/vulnerabilities",schemaPath:"#/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.vulnerabilities.type,parentSchema:schema116.properties.vulnerabilities,data:data3};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	}
	else {
	const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	validate46.errors = vErrors;
	return errors === 0;
	}
	validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema122 = {"type":"object","additionalProperties":false,"required":["kind","product","cohort","records","retainedAt"],"properties":{"kind":{"const":"DeploymentRecords"},"product":{"type":"string"},"cohort":{"type":"string"},"records":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["configuration","version","time","outcome","devices","reference"],"properties":{"configuration":{"type":"string"},"version":{"$ref":"#/$defs/semver"},"time":{"$ref":"#/$defs/timestamp"},"outcome":{"enum":["succeeded","failed","rolled-back"]},"devices":{"type":"integer","minimum":0},"reference":{"type":["string","null"]}}}},"retainedAt":{"type":"string"}}};

	function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate48.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.kind === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema122.required,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.product === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema122.required,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.cohort === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema122.required,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.records === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "records"},message:"must have required property '"+"records"+"'",schema:schema122.required,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.retainedAt === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retainedAt"},message:"must have required property '"+"retainedAt"+"'",schema:schema122.required,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((key0 === "kind") || (key0 === "product")) || (key0 === "cohort")) || (key0 === "records")) || (key0 === "retainedAt"))){
	const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data0 = data.kind;
	if("DeploymentRecords" !== data0){
	const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DeploymentRecords"},message:"must be equal to constant",schema:"DeploymentRecords",parentSchema:schema122.properties.kind,data:data0};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data1 = data.product;
	if(typeof data1 !== "string"){
	const err7 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.product.type,parentSchema:schema122.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.cohort !== undefined){
	let data2 = data.cohort;
	if(typeof data2 !== "string"){
	const err8 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.cohort.type,parentSchema:schema122.properties.cohort,data:data2};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.records !== undefined){
	let data3 = data.records;
	if(Array.isArray(data3)){
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	let data4 = data3[i0];
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.configuration === undefined){
	const err9 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema122.properties.records.items.required,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(data4.version === undefined){
	const err10 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema122.properties.records.items.required,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data4.time === undefined){
	const err11 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema122.properties.records.items.required,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data4.outcome === undefined){
	const err12 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema122.properties.records.items.required,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	if(data4.devices === undefined){
	const err13 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "devices"},message:"must have required property '"+"devices"+"'",schema:schema122.properties.records.items.required,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data4.reference === undefined){
	const err14 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'",schema:schema122.properties.records.items.required,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!((((((key1 === "configuration") || (key1 === "version")) || (key1 === "time")) || (key1 === "outcome")) || (key1 === "devices")) || (key1 === "reference"))){
	const err15 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data4.configuration !== undefined){
	let data5 = data4.configuration;
	if(typeof data5 !== "string"){
	const err16 = {instancePath:instancePath+"/records/" + i0+"/configuration",schemaPath:"#/properties/records/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.records.items.properties.configuration.type,parentSchema:schema122.properties.records.items.properties.configuration,data:data5};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data4.version !== undefined){
	let data6 = data4.version;
	if(typeof data6 === "string"){
	if(!pattern4.test(data6)){
	const err17 = {instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data6};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/records/" + i0+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data6};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data4.time !== undefined){
	let data7 = data4.time;
	if(typeof data7 === "string"){
	if(!pattern27.test(data7)){
	const err19 = {instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data7};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(!(formats0.validate(data7))){
	const err20 = {instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	else {
	const err21 = {instancePath:instancePath+"/records/" + i0+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data4.outcome !== undefined){
	let data8 = data4.outcome;
	if(!(((data8 === "succeeded") || (data8 === "failed")) || (data8 === "rolled-back"))){
	const err22 = {instancePath:instancePath+"/records/" + i0+"/outcome",schemaPath:"#/properties/records/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema122.properties.records.items.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema122.properties.records.items.properties.outcome.enum,parentSchema:schema122.properties.records.items.properties.outcome,data:data8};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data4.devices !== undefined){
	let data9 = data4.devices;
	if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
	const err23 = {instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema122.properties.records.items.properties.devices.type,parentSchema:schema122.properties.records.items.properties.devices,data:data9};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if((typeof data9 == "number") && (isFinite(data9))){
	if(data9 < 0 || isNaN(data9)){
	const err24 = {instancePath:instancePath+"/records/" + i0+"/devices",schemaPath:"#/properties/records/items/properties/devices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema122.properties.records.items.properties.devices,data:data9};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	}
	if(data4.reference !== undefined){
	let data10 = data4.reference;
	if((typeof data10 !== "string") && (data10 !== null)){
	const err25 = {instancePath:instancePath+"/records/" + i0+"/reference",schemaPath:"#/properties/records/items/properties/reference/type",keyword:"type",params:{type: schema122.properties.records.items.properties.reference.type},message:"must be string,null",schema:schema122.properties.records.items.properties.reference.type,parentSchema:schema122.properties.records.items.properties.reference,data:data10};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	}
	else {
	const err26 = {instancePath:instancePath+"/records/" + i0,schemaPath:"#/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema122.properties.records.items.type,parentSchema:schema122.properties.records.items,data:data4};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema122.properties.records.type,parentSchema:schema122.properties.records,data:data3};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data.retainedAt !== undefined){
	let data11 = data.retainedAt;
	if(typeof data11 !== "string"){
	const err28 = {instancePath:instancePath+"/retainedAt",schemaPath:"#/properties/retainedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.properties.retainedAt.type,parentSchema:schema122.properties.retainedAt,data:data11};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	}
	else {
	const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema122.type,parentSchema:schema122,data};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	validate48.errors = vErrors;
	return errors === 0;
	}
	validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema125 = {"type":"object","additionalProperties":false,"required":["kind","product","toVersion","cohort","acceptedBy","acceptedAt","exceptions"],"properties":{"kind":{"const":"RiskAcceptance"},"product":{"type":"string"},"toVersion":{"type":"string"},"cohort":{"type":"string"},"acceptedBy":{"type":"string"},"acceptedAt":{"$ref":"#/$defs/timestamp"},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","hardware","reason","mitigation","remainOn","followUpBy","waives"],"properties":{"id":{"type":"string"},"configuration":{"type":"string"},"hardware":{"type":"string"},"reason":{"type":"string"},"mitigation":{"type":"string"},"remainOn":{"type":"string"},"followUpBy":{"$ref":"#/$defs/timestamp"},"waives":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}],"description":"Sorted rule ids the acceptance waives; null when it names none."}}}}}};

	function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate50.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.kind === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.product === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.toVersion === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.cohort === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.acceptedBy === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "acceptedBy"},message:"must have required property '"+"acceptedBy"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.acceptedAt === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "acceptedAt"},message:"must have required property '"+"acceptedAt"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.exceptions === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exceptions"},message:"must have required property '"+"exceptions"+"'",schema:schema125.required,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "kind") || (key0 === "product")) || (key0 === "toVersion")) || (key0 === "cohort")) || (key0 === "acceptedBy")) || (key0 === "acceptedAt")) || (key0 === "exceptions"))){
	const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data0 = data.kind;
	if("RiskAcceptance" !== data0){
	const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RiskAcceptance"},message:"must be equal to constant",schema:"RiskAcceptance",parentSchema:schema125.properties.kind,data:data0};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data1 = data.product;
	if(typeof data1 !== "string"){
	const err9 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.product.type,parentSchema:schema125.properties.product,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.toVersion !== undefined){
	let data2 = data.toVersion;
	if(typeof data2 !== "string"){
	const err10 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.toVersion.type,parentSchema:schema125.properties.toVersion,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.cohort !== undefined){
	let data3 = data.cohort;
	if(typeof data3 !== "string"){
	const err11 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.cohort.type,parentSchema:schema125.properties.cohort,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.acceptedBy !== undefined){
	let data4 = data.acceptedBy;
	if(typeof data4 !== "string"){
	const err12 = {instancePath:instancePath+"/acceptedBy",schemaPath:"#/properties/acceptedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.acceptedBy.type,parentSchema:schema125.properties.acceptedBy,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.acceptedAt !== undefined){
	let data5 = data.acceptedAt;
	if(typeof data5 === "string"){
	if(!pattern27.test(data5)){
	const err13 = {instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data5};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(!(formats0.validate(data5))){
	const err14 = {instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data5};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/acceptedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data5};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.exceptions !== undefined){
	let data6 = data.exceptions;
	if(Array.isArray(data6)){
	const len0 = data6.length;
	for(let i0=0; i0<len0; i0++){
	let data7 = data6[i0];
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.id === undefined){
	const err16 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data7.configuration === undefined){
	const err17 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(data7.hardware === undefined){
	const err18 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data7.reason === undefined){
	const err19 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data7.mitigation === undefined){
	const err20 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "mitigation"},message:"must have required property '"+"mitigation"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data7.remainOn === undefined){
	const err21 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "remainOn"},message:"must have required property '"+"remainOn"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(data7.followUpBy === undefined){
	const err22 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "followUpBy"},message:"must have required property '"+"followUpBy"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(data7.waives === undefined){
	const err23 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "waives"},message:"must have required property '"+"waives"+"'",schema:schema125.properties.exceptions.items.required,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	for(const key1 in data7){
	if(!((((((((key1 === "id") || (key1 === "configuration")) || (key1 === "hardware")) || (key1 === "reason")) || (key1 === "mitigation")) || (key1 === "remainOn")) || (key1 === "followUpBy")) || (key1 === "waives"))){
	const err24 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data7.id !== undefined){
	let data8 = data7.id;
	if(typeof data8 !== "string"){
	const err25 = {instancePath:instancePath+"/exceptions/" + i0+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.id.type,parentSchema:schema125.properties.exceptions.items.properties.id,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data7.configuration !== undefined){
	let data9 = data7.configuration;
	if(typeof data9 !== "string"){
	const err26 = {instancePath:instancePath+"/exceptions/" + i0+"/configuration",schemaPath:"#/properties/exceptions/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.configuration.type,parentSchema:schema125.properties.exceptions.items.properties.configuration,data:data9};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data7.hardware !== undefined){
	let data10 = data7.hardware;
	if(typeof data10 !== "string"){
	const err27 = {instancePath:instancePath+"/exceptions/" + i0+"/hardware",schemaPath:"#/properties/exceptions/items/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.hardware.type,parentSchema:schema125.properties.exceptions.items.properties.hardware,data:data10};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data7.reason !== undefined){
	let data11 = data7.reason;
	if(typeof data11 !== "string"){
	const err28 = {instancePath:instancePath+"/exceptions/" + i0+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.reason.type,parentSchema:schema125.properties.exceptions.items.properties.reason,data:data11};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data7.mitigation !== undefined){
	let data12 = data7.mitigation;
	if(typeof data12 !== "string"){
	const err29 = {instancePath:instancePath+"/exceptions/" + i0+"/mitigation",schemaPath:"#/properties/exceptions/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.mitigation.type,parentSchema:schema125.properties.exceptions.items.properties.mitigation,data:data12};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	if(data7.remainOn !== undefined){
	let data13 = data7.remainOn;
	if(typeof data13 !== "string"){
	const err30 = {instancePath:instancePath+"/exceptions/" + i0+"/remainOn",schemaPath:"#/properties/exceptions/items/properties/remainOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.remainOn.type,parentSchema:schema125.properties.exceptions.items.properties.remainOn,data:data13};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	if(data7.followUpBy !== undefined){
	let data14 = data7.followUpBy;
	if(typeof data14 === "string"){
	if(!pattern27.test(data14)){
	const err31 = {instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data14};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	if(!(formats0.validate(data14))){
	const err32 = {instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data14};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/exceptions/" + i0+"/followUpBy",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data14};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data7.waives !== undefined){
	let data15 = data7.waives;
	const _errs35 = errors;
	let valid6 = false;
	const _errs36 = errors;
	if(Array.isArray(data15)){
	const len1 = data15.length;
	for(let i1=0; i1<len1; i1++){
	let data16 = data15[i1];
	if(typeof data16 !== "string"){
	const err34 = {instancePath:instancePath+"/exceptions/" + i0+"/waives/" + i1,schemaPath:"#/properties/exceptions/items/properties/waives/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema125.properties.exceptions.items.properties.waives.anyOf[0].items.type,parentSchema:schema125.properties.exceptions.items.properties.waives.anyOf[0].items,data:data16};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	}
	else {
	const err35 = {instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.exceptions.items.properties.waives.anyOf[0].type,parentSchema:schema125.properties.exceptions.items.properties.waives.anyOf[0],data:data15};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	var _valid0 = _errs36 === errors;
	valid6 = valid6 || _valid0;
	const _errs40 = errors;
	if(data15 !== null){
	const err36 = {instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema125.properties.exceptions.items.properties.waives.anyOf[1].type,parentSchema:schema125.properties.exceptions.items.properties.waives.anyOf[1],data:data15};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	var _valid0 = _errs40 === errors;
	valid6 = valid6 || _valid0;
	if(!valid6){
	const err37 = {instancePath:instancePath+"/exceptions/" + i0+"/waives",schemaPath:"#/properties/exceptions/items/properties/waives/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema125.properties.exceptions.items.properties.waives.anyOf,parentSchema:schema125.properties.exceptions.items.properties.waives,data:data15};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	else {
	errors = _errs35;
	if(vErrors !== null){
	if(_errs35){
	vErrors.length = _errs35;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err38 = {instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.properties.exceptions.items.type,parentSchema:schema125.properties.exceptions.items,data:data7};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	}
	else {
	const err39 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema125.properties.exceptions.type,parentSchema:schema125.properties.exceptions,data:data6};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	}
	else {
	const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema125.type,parentSchema:schema125,data};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	validate50.errors = vErrors;
	return errors === 0;
	}
	validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema128 = {"type":"object","additionalProperties":false,"required":["type","manifest","signatures","artifacts"],"properties":{"type":{"const":"update-manifest"},"manifest":{"type":"object","additionalProperties":false,"required":["product","version","artifacts"],"properties":{"product":{"type":"string"},"version":{"$ref":"#/$defs/semver"},"artifacts":{"type":"array","items":{"$ref":"#/$defs/manifestArtifact"}}}},"signatures":{"type":"array","items":{"$ref":"#/$defs/signatureFact"}},"artifacts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","file","present","size","sha256","matches"],"properties":{"name":{"type":"string"},"file":{"type":"string"},"present":{"type":"boolean"},"size":{"type":["integer","null"],"minimum":0},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"matches":{"type":"boolean"}}}}}};
	const schema130 = {"type":"object","additionalProperties":false,"required":["name","size","sha256"],"properties":{"name":{"type":"string"},"size":{"type":"integer","minimum":0},"sha256":{"$ref":"#/$defs/sha256"}}};

	function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate53.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.name === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema130.required,parentSchema:schema130,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.size === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema130.required,parentSchema:schema130,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.sha256 === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema130.required,parentSchema:schema130,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((key0 === "name") || (key0 === "size")) || (key0 === "sha256"))){
	const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema130,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	}
	if(data.name !== undefined){
	let data0 = data.name;
	if(typeof data0 !== "string"){
	const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema130.properties.name.type,parentSchema:schema130.properties.name,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.size !== undefined){
	let data1 = data.size;
	if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
	const err5 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema130.properties.size.type,parentSchema:schema130.properties.size,data:data1};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if((typeof data1 == "number") && (isFinite(data1))){
	if(data1 < 0 || isNaN(data1)){
	const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema130.properties.size,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	}
	if(data.sha256 !== undefined){
	let data2 = data.sha256;
	if(typeof data2 === "string"){
	if(!pattern18.test(data2)){
	const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data2};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data2};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	}
	else {
	const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema130.type,parentSchema:schema130,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	validate53.errors = vErrors;
	return errors === 0;
	}
	validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema132 = {"type":"object","additionalProperties":false,"required":["source","verified","keyId","keyFingerprint","algorithm","reason"],"properties":{"source":{"type":"string"},"verified":{"type":"boolean"},"keyId":{"type":["string","null"]},"keyFingerprint":{"anyOf":[{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},{"type":"null"}]},"algorithm":{"type":["string","null"]},"reason":{"type":["string","null"]},"method":{"enum":["key","certificate"],"description":"Sigstore bundles and certificate-carrying DSSE signatures only: verified by a trusted key or through a certificate."},"identity":{"anyOf":[{"$ref":"#/$defs/certificateIdentity"},{"type":"null"}]},"certificate":{"anyOf":[{"type":"object","additionalProperties":false,"required":["notBefore","notAfter"],"properties":{"notBefore":{"$ref":"#/$defs/timestamp"},"notAfter":{"$ref":"#/$defs/timestamp"}}},{"type":"null"}]},"tlogEntries":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["logId","logIndex","integratedTime"],"properties":{"logId":{"type":"string"},"logIndex":{"description":"The entry's index as the log signed it (inclusion promise), else the index its inclusion proof proves.","type":"string"},"integratedTime":{"description":"When the log took the entry, as the log signed it (inclusion promise); null for an entry with an inclusion proof only.","anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}}},"signedTimestamps":{"type":"array","items":{"$ref":"#/$defs/timestamp"}},"signedAt":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}],"description":"Earliest trusted time (log integrated time or RFC 3161 signed timestamp): the signing time."},"bundle":{"type":"object","additionalProperties":false,"required":["mediaType","origin"],"properties":{"mediaType":{"type":"string"},"origin":{"type":"string"}}}}};
	const schema133 = {"type":"object","additionalProperties":false,"description":"What a verified Fulcio certificate says about the signer (values as in the certificate, never canonicalised).","required":["issuer","subject","sourceRepository","sourceRef","sourceCommit","buildSignerUri","signerWorkflow","runnerEnvironment"],"properties":{"issuer":{"type":["string","null"]},"subject":{"type":["string","null"]},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"sourceCommit":{"type":["string","null"]},"buildSignerUri":{"type":["string","null"]},"signerWorkflow":{"type":["string","null"]},"runnerEnvironment":{"type":["string","null"]}}};
	const pattern53 = new RegExp("^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$", "u");

	function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate55.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.source === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema132.required,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.verified === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema132.required,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.keyId === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyId"},message:"must have required property '"+"keyId"+"'",schema:schema132.required,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.keyFingerprint === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyFingerprint"},message:"must have required property '"+"keyFingerprint"+"'",schema:schema132.required,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.algorithm === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema132.required,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.reason === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema132.required,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema132.properties, key0))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.source !== undefined){
	let data0 = data.source;
	if(typeof data0 !== "string"){
	const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.source.type,parentSchema:schema132.properties.source,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.verified !== undefined){
	let data1 = data.verified;
	if(typeof data1 !== "boolean"){
	const err8 = {instancePath:instancePath+"/verified",schemaPath:"#/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema132.properties.verified.type,parentSchema:schema132.properties.verified,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.keyId !== undefined){
	let data2 = data.keyId;
	if((typeof data2 !== "string") && (data2 !== null)){
	const err9 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: schema132.properties.keyId.type},message:"must be string,null",schema:schema132.properties.keyId.type,parentSchema:schema132.properties.keyId,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.keyFingerprint !== undefined){
	let data3 = data.keyFingerprint;
	const _errs9 = errors;
	let valid1 = false;
	const _errs10 = errors;
	if(typeof data3 === "string"){
	if(!pattern53.test(data3)){
	const err10 = {instancePath:instancePath+"/keyFingerprint",schemaPath:"#/properties/keyFingerprint/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"},message:"must match pattern \""+"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$"+"\"",schema:"^(sha256:[0-9a-f]{64}|openpgp:([0-9a-f]{40}|[0-9a-f]{64}))$",parentSchema:schema132.properties.keyFingerprint.anyOf[0],data:data3};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	else {
	const err11 = {instancePath:instancePath+"/keyFingerprint",schemaPath:"#/properties/keyFingerprint/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.keyFingerprint.anyOf[0].type,parentSchema:schema132.properties.keyFingerprint.anyOf[0],data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	var _valid0 = _errs10 === errors;
	valid1 = valid1 || _valid0;
	const _errs12 = errors;
	if(data3 !== null){
	const err12 = {instancePath:instancePath+"/keyFingerprint",schemaPath:"#/properties/keyFingerprint/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema132.properties.keyFingerprint.anyOf[1].type,parentSchema:schema132.properties.keyFingerprint.anyOf[1],data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	var _valid0 = _errs12 === errors;
	valid1 = valid1 || _valid0;
	if(!valid1){
	const err13 = {instancePath:instancePath+"/keyFingerprint",schemaPath:"#/properties/keyFingerprint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema132.properties.keyFingerprint.anyOf,parentSchema:schema132.properties.keyFingerprint,data:data3};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	else {
	errors = _errs9;
	if(vErrors !== null){
	if(_errs9){
	vErrors.length = _errs9;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.algorithm !== undefined){
	let data4 = data.algorithm;
	if((typeof data4 !== "string") && (data4 !== null)){
	const err14 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: schema132.properties.algorithm.type},message:"must be string,null",schema:schema132.properties.algorithm.type,parentSchema:schema132.properties.algorithm,data:data4};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.reason !== undefined){
	let data5 = data.reason;
	if((typeof data5 !== "string") && (data5 !== null)){
	const err15 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema132.properties.reason.type},message:"must be string,null",schema:schema132.properties.reason.type,parentSchema:schema132.properties.reason,data:data5};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.method !== undefined){
	let data6 = data.method;
	if(!((data6 === "key") || (data6 === "certificate"))){
	const err16 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema132.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema132.properties.method.enum,parentSchema:schema132.properties.method,data:data6};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data.identity !== undefined){
	let data7 = data.identity;
	const _errs20 = errors;
	let valid2 = false;
	const _errs21 = errors;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.issuer === undefined){
	const err17 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(data7.subject === undefined){
	const err18 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data7.sourceRepository === undefined){
	const err19 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "sourceRepository"},message:"must have required property '"+"sourceRepository"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data7.sourceRef === undefined){
	const err20 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "sourceRef"},message:"must have required property '"+"sourceRef"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data7.sourceCommit === undefined){
	const err21 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "sourceCommit"},message:"must have required property '"+"sourceCommit"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(data7.buildSignerUri === undefined){
	const err22 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "buildSignerUri"},message:"must have required property '"+"buildSignerUri"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(data7.signerWorkflow === undefined){
	const err23 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "signerWorkflow"},message:"must have required property '"+"signerWorkflow"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(data7.runnerEnvironment === undefined){
	const err24 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/required",keyword:"required",params:{missingProperty: "runnerEnvironment"},message:"must have required property '"+"runnerEnvironment"+"'",schema:schema133.required,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	for(const key1 in data7){
	if(!((((((((key1 === "issuer") || (key1 === "subject")) || (key1 === "sourceRepository")) || (key1 === "sourceRef")) || (key1 === "sourceCommit")) || (key1 === "buildSignerUri")) || (key1 === "signerWorkflow")) || (key1 === "runnerEnvironment"))){
	const err25 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data7.issuer !== undefined){
	let data8 = data7.issuer;
	if((typeof data8 !== "string") && (data8 !== null)){
	const err26 = {instancePath:instancePath+"/identity/issuer",schemaPath:"#/$defs/certificateIdentity/properties/issuer/type",keyword:"type",params:{type: schema133.properties.issuer.type},message:"must be string,null",schema:schema133.properties.issuer.type,parentSchema:schema133.properties.issuer,data:data8};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data7.subject !== undefined){
	let data9 = data7.subject;
	if((typeof data9 !== "string") && (data9 !== null)){
	const err27 = {instancePath:instancePath+"/identity/subject",schemaPath:"#/$defs/certificateIdentity/properties/subject/type",keyword:"type",params:{type: schema133.properties.subject.type},message:"must be string,null",schema:schema133.properties.subject.type,parentSchema:schema133.properties.subject,data:data9};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data7.sourceRepository !== undefined){
	let data10 = data7.sourceRepository;
	if((typeof data10 !== "string") && (data10 !== null)){
	const err28 = {instancePath:instancePath+"/identity/sourceRepository",schemaPath:"#/$defs/certificateIdentity/properties/sourceRepository/type",keyword:"type",params:{type: schema133.properties.sourceRepository.type},message:"must be string,null",schema:schema133.properties.sourceRepository.type,parentSchema:schema133.properties.sourceRepository,data:data10};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data7.sourceRef !== undefined){
	let data11 = data7.sourceRef;
	if((typeof data11 !== "string") && (data11 !== null)){
	const err29 = {instancePath:instancePath+"/identity/sourceRef",schemaPath:"#/$defs/certificateIdentity/properties/sourceRef/type",keyword:"type",params:{type: schema133.properties.sourceRef.type},message:"must be string,null",schema:schema133.properties.sourceRef.type,parentSchema:schema133.properties.sourceRef,data:data11};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	if(data7.sourceCommit !== undefined){
	let data12 = data7.sourceCommit;
	if((typeof data12 !== "string") && (data12 !== null)){
	const err30 = {instancePath:instancePath+"/identity/sourceCommit",schemaPath:"#/$defs/certificateIdentity/properties/sourceCommit/type",keyword:"type",params:{type: schema133.properties.sourceCommit.type},message:"must be string,null",schema:schema133.properties.sourceCommit.type,parentSchema:schema133.properties.sourceCommit,data:data12};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	}
	if(data7.buildSignerUri !== undefined){
	let data13 = data7.buildSignerUri;
	if((typeof data13 !== "string") && (data13 !== null)){
	const err31 = {instancePath:instancePath+"/identity/buildSignerUri",schemaPath:"#/$defs/certificateIdentity/properties/buildSignerUri/type",keyword:"type",params:{type: schema133.properties.buildSignerUri.type},message:"must be string,null",schema:schema133.properties.buildSignerUri.type,parentSchema:schema133.properties.buildSignerUri,data:data13};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data7.signerWorkflow !== undefined){
	let data14 = data7.signerWorkflow;
	if((typeof data14 !== "string") && (data14 !== null)){
	const err32 = {instancePath:instancePath+"/identity/signerWorkflow",schemaPath:"#/$defs/certificateIdentity/properties/signerWorkflow/type",keyword:"type",params:{type: schema133.properties.signerWorkflow.type},message:"must be string,null",schema:schema133.properties.signerWorkflow.type,parentSchema:schema133.properties.signerWorkflow,data:data14};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	if(data7.runnerEnvironment !== undefined){
	let data15 = data7.runnerEnvironment;
	if((typeof data15 !== "string") && (data15 !== null)){
	const err33 = {instancePath:instancePath+"/identity/runnerEnvironment",schemaPath:"#/$defs/certificateIdentity/properties/runnerEnvironment/type",keyword:"type",params:{type: schema133.properties.runnerEnvironment.type},message:"must be string,null",schema:schema133.properties.runnerEnvironment.type,parentSchema:schema133.properties.runnerEnvironment,data:data15};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	}
	else {
	const err34 = {instancePath:instancePath+"/identity",schemaPath:"#/$defs/certificateIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema133.type,parentSchema:schema133,data:data7};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	var _valid1 = _errs21 === errors;
	valid2 = valid2 || _valid1;
	const _errs41 = errors;
	if(data7 !== null){
	const err35 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema132.properties.identity.anyOf[1].type,parentSchema:schema132.properties.identity.anyOf[1],data:data7};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	var _valid1 = _errs41 === errors;
	valid2 = valid2 || _valid1;
	if(!valid2){
	const err36 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema132.properties.identity.anyOf,parentSchema:schema132.properties.identity,data:data7};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	else {
	errors = _errs20;
	if(vErrors !== null){
	if(_errs20){
	vErrors.length = _errs20;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.certificate !== undefined){
	let data16 = data.certificate;
	const _errs44 = errors;
	let valid5 = false;
	const _errs45 = errors;
	if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
	if(data16.notBefore === undefined){
	const err37 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/anyOf/0/required",keyword:"required",params:{missingProperty: "notBefore"},message:"must have required property '"+"notBefore"+"'",schema:schema132.properties.certificate.anyOf[0].required,parentSchema:schema132.properties.certificate.anyOf[0],data:data16};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	if(data16.notAfter === undefined){
	const err38 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/anyOf/0/required",keyword:"required",params:{missingProperty: "notAfter"},message:"must have required property '"+"notAfter"+"'",schema:schema132.properties.certificate.anyOf[0].required,parentSchema:schema132.properties.certificate.anyOf[0],data:data16};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	for(const key2 in data16){
	if(!((key2 === "notBefore") || (key2 === "notAfter"))){
	const err39 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema132.properties.certificate.anyOf[0],data:data16};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	if(data16.notBefore !== undefined){
	let data17 = data16.notBefore;
	if(typeof data17 === "string"){
	if(!pattern27.test(data17)){
	const err40 = {instancePath:instancePath+"/certificate/notBefore",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data17};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	if(!(formats0.validate(data17))){
	const err41 = {instancePath:instancePath+"/certificate/notBefore",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data17};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	else {
	const err42 = {instancePath:instancePath+"/certificate/notBefore",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data17};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data16.notAfter !== undefined){
	let data18 = data16.notAfter;
	if(typeof data18 === "string"){
	if(!pattern27.test(data18)){
	const err43 = {instancePath:instancePath+"/certificate/notAfter",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data18};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(!(formats0.validate(data18))){
	const err44 = {instancePath:instancePath+"/certificate/notAfter",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data18};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	else {
	const err45 = {instancePath:instancePath+"/certificate/notAfter",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data18};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	}
	else {
	const err46 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.properties.certificate.anyOf[0].type,parentSchema:schema132.properties.certificate.anyOf[0],data:data16};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	var _valid2 = _errs45 === errors;
	valid5 = valid5 || _valid2;
	const _errs54 = errors;
	if(data16 !== null){
	const err47 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema132.properties.certificate.anyOf[1].type,parentSchema:schema132.properties.certificate.anyOf[1],data:data16};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	var _valid2 = _errs54 === errors;
	valid5 = valid5 || _valid2;
	if(!valid5){
	const err48 = {instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema132.properties.certificate.anyOf,parentSchema:schema132.properties.certificate,data:data16};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	else {
	errors = _errs44;
	if(vErrors !== null){
	if(_errs44){
	vErrors.length = _errs44;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.tlogEntries !== undefined){
	let data19 = data.tlogEntries;
	if(Array.isArray(data19)){
	const len0 = data19.length;
	for(let i0=0; i0<len0; i0++){
	let data20 = data19[i0];
	if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
	if(data20.logId === undefined){
	const err49 = {instancePath:instancePath+"/tlogEntries/" + i0,schemaPath:"#/properties/tlogEntries/items/required",keyword:"required",params:{missingProperty: "logId"},message:"must have required property '"+"logId"+"'",schema:schema132.properties.tlogEntries.items.required,parentSchema:schema132.properties.tlogEntries.items,data:data20};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	if(data20.logIndex === undefined){
	const err50 = {instancePath:instancePath+"/tlogEntries/" + i0,schemaPath:"#/properties/tlogEntries/items/required",keyword:"required",params:{missingProperty: "logIndex"},message:"must have required property '"+"logIndex"+"'",schema:schema132.properties.tlogEntries.items.required,parentSchema:schema132.properties.tlogEntries.items,data:data20};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	if(data20.integratedTime === undefined){
	const err51 = {instancePath:instancePath+"/tlogEntries/" + i0,schemaPath:"#/properties/tlogEntries/items/required",keyword:"required",params:{missingProperty: "integratedTime"},message:"must have required property '"+"integratedTime"+"'",schema:schema132.properties.tlogEntries.items.required,parentSchema:schema132.properties.tlogEntries.items,data:data20};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	for(const key3 in data20){
	if(!(((key3 === "logId") || (key3 === "logIndex")) || (key3 === "integratedTime"))){
	const err52 = {instancePath:instancePath+"/tlogEntries/" + i0,schemaPath:"#/properties/tlogEntries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema132.properties.tlogEntries.items,data:data20};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	if(data20.logId !== undefined){
	let data21 = data20.logId;
	if(typeof data21 !== "string"){
	const err53 = {instancePath:instancePath+"/tlogEntries/" + i0+"/logId",schemaPath:"#/properties/tlogEntries/items/properties/logId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.tlogEntries.items.properties.logId.type,parentSchema:schema132.properties.tlogEntries.items.properties.logId,data:data21};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	if(data20.logIndex !== undefined){
	let data22 = data20.logIndex;
	if(typeof data22 !== "string"){
	const err54 = {instancePath:instancePath+"/tlogEntries/" + i0+"/logIndex",schemaPath:"#/properties/tlogEntries/items/properties/logIndex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.tlogEntries.items.properties.logIndex.type,parentSchema:schema132.properties.tlogEntries.items.properties.logIndex,data:data22};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	if(data20.integratedTime !== undefined){
	let data23 = data20.integratedTime;
	const _errs66 = errors;
	let valid12 = false;
	const _errs67 = errors;
	if(typeof data23 === "string"){
	if(!pattern27.test(data23)){
	const err55 = {instancePath:instancePath+"/tlogEntries/" + i0+"/integratedTime",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data23};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	if(!(formats0.validate(data23))){
	const err56 = {instancePath:instancePath+"/tlogEntries/" + i0+"/integratedTime",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data23};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	else {
	const err57 = {instancePath:instancePath+"/tlogEntries/" + i0+"/integratedTime",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data23};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	var _valid3 = _errs67 === errors;
	valid12 = valid12 || _valid3;
	const _errs70 = errors;
	if(data23 !== null){
	const err58 = {instancePath:instancePath+"/tlogEntries/" + i0+"/integratedTime",schemaPath:"#/properties/tlogEntries/items/properties/integratedTime/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema132.properties.tlogEntries.items.properties.integratedTime.anyOf[1].type,parentSchema:schema132.properties.tlogEntries.items.properties.integratedTime.anyOf[1],data:data23};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	var _valid3 = _errs70 === errors;
	valid12 = valid12 || _valid3;
	if(!valid12){
	const err59 = {instancePath:instancePath+"/tlogEntries/" + i0+"/integratedTime",schemaPath:"#/properties/tlogEntries/items/properties/integratedTime/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema132.properties.tlogEntries.items.properties.integratedTime.anyOf,parentSchema:schema132.properties.tlogEntries.items.properties.integratedTime,data:data23};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	else {
	errors = _errs66;
	if(vErrors !== null){
	if(_errs66){
	vErrors.length = _errs66;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err60 = {instancePath:instancePath+"/tlogEntries/" + i0,schemaPath:"#/properties/tlogEntries/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.properties.tlogEntries.items.type,parentSchema:schema132.properties.tlogEntries.items,data:data20};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	}
	else {
	const err61 = {instancePath:instancePath+"/tlogEntries",schemaPath:"#/properties/tlogEntries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema132.properties.tlogEntries.type,parentSchema:schema132.properties.tlogEntries,data:data19};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	if(data.signedTimestamps !== undefined){
	let data24 = data.signedTimestamps;
	if(Array.isArray(data24)){
	const len1 = data24.length;
	for(let i1=0; i1<len1; i1++){
	let data25 = data24[i1];
	if(typeof data25 === "string"){
	if(!pattern27.test(data25)){
	const err62 = {instancePath:instancePath+"/signedTimestamps/" + i1,schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data25};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	if(!(formats0.validate(data25))){
	const err63 = {instancePath:instancePath+"/signedTimestamps/" + i1,schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data25};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	else {
	const err64 = {instancePath:instancePath+"/signedTimestamps/" + i1,schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data25};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	}
	else {
	const err65 = {instancePath:instancePath+"/signedTimestamps",schemaPath:"#/properties/signedTimestamps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema132.properties.signedTimestamps.type,parentSchema:schema132.properties.signedTimestamps,data:data24};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	if(data.signedAt !== undefined){
	let data26 = data.signedAt;
	const _errs78 = errors;
	let valid17 = false;
	const _errs79 = errors;
	if(typeof data26 === "string"){
	if(!pattern27.test(data26)){
	const err66 = {instancePath:instancePath+"/signedAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data26};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	if(!(formats0.validate(data26))){
	const err67 = {instancePath:instancePath+"/signedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data26};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	else {
	const err68 = {instancePath:instancePath+"/signedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data26};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	var _valid4 = _errs79 === errors;
	valid17 = valid17 || _valid4;
	const _errs82 = errors;
	if(data26 !== null){
	const err69 = {instancePath:instancePath+"/signedAt",schemaPath:"#/properties/signedAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema132.properties.signedAt.anyOf[1].type,parentSchema:schema132.properties.signedAt.anyOf[1],data:data26};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	var _valid4 = _errs82 === errors;
	valid17 = valid17 || _valid4;
	if(!valid17){
	const err70 = {instancePath:instancePath+"/signedAt",schemaPath:"#/properties/signedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema132.properties.signedAt.anyOf,parentSchema:schema132.properties.signedAt,data:data26};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	else {
	errors = _errs78;
	if(vErrors !== null){
	if(_errs78){
	vErrors.length = _errs78;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.bundle !== undefined){
	let data27 = data.bundle;
	if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
	if(data27.mediaType === undefined){
	const err71 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "mediaType"},message:"must have required property '"+"mediaType"+"'",schema:schema132.properties.bundle.required,parentSchema:schema132.properties.bundle,data:data27};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	if(data27.origin === undefined){
	const err72 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/required",keyword:"required",params:{missingProperty: "origin"},message:"must have required property '"+"origin"+"'",schema:schema132.properties.bundle.required,parentSchema:schema132.properties.bundle,data:data27};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	for(const key4 in data27){
	if(!((key4 === "mediaType") || (key4 === "origin"))){
	const err73 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema132.properties.bundle,data:data27};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	}
	if(data27.mediaType !== undefined){
	let data28 = data27.mediaType;
	if(typeof data28 !== "string"){
	const err74 = {instancePath:instancePath+"/bundle/mediaType",schemaPath:"#/properties/bundle/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.bundle.properties.mediaType.type,parentSchema:schema132.properties.bundle.properties.mediaType,data:data28};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data27.origin !== undefined){
	let data29 = data27.origin;
	if(typeof data29 !== "string"){
	const err75 = {instancePath:instancePath+"/bundle/origin",schemaPath:"#/properties/bundle/properties/origin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.bundle.properties.origin.type,parentSchema:schema132.properties.bundle.properties.origin,data:data29};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	}
	else {
	const err76 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.properties.bundle.type,parentSchema:schema132.properties.bundle,data:data27};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	}
	else {
	const err77 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.type,parentSchema:schema132,data};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	validate55.errors = vErrors;
	return errors === 0;
	}
	validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate52.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.type === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema128.required,parentSchema:schema128,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.manifest === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest"},message:"must have required property '"+"manifest"+"'",schema:schema128.required,parentSchema:schema128,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.signatures === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signatures"},message:"must have required property '"+"signatures"+"'",schema:schema128.required,parentSchema:schema128,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.artifacts === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'",schema:schema128.required,parentSchema:schema128,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((key0 === "type") || (key0 === "manifest")) || (key0 === "signatures")) || (key0 === "artifacts"))){
	const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema128,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.type !== undefined){
	let data0 = data.type;
	if("update-manifest" !== data0){
	const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "update-manifest"},message:"must be equal to constant",schema:"update-manifest",parentSchema:schema128.properties.type,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.manifest !== undefined){
	let data1 = data.manifest;
	if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
	if(data1.product === undefined){
	const err6 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema128.properties.manifest.required,parentSchema:schema128.properties.manifest,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data1.version === undefined){
	const err7 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema128.properties.manifest.required,parentSchema:schema128.properties.manifest,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data1.artifacts === undefined){
	const err8 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'",schema:schema128.properties.manifest.required,parentSchema:schema128.properties.manifest,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	for(const key1 in data1){
	if(!(((key1 === "product") || (key1 === "version")) || (key1 === "artifacts"))){
	const err9 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema128.properties.manifest,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data1.product !== undefined){
	let data2 = data1.product;
	if(typeof data2 !== "string"){
	const err10 = {instancePath:instancePath+"/manifest/product",schemaPath:"#/properties/manifest/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.manifest.properties.product.type,parentSchema:schema128.properties.manifest.properties.product,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data1.version !== undefined){
	let data3 = data1.version;
	if(typeof data3 === "string"){
	if(!pattern4.test(data3)){
	const err11 = {instancePath:instancePath+"/manifest/version",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z.+~_-]*$",parentSchema:schema95,data:data3};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	else {
	const err12 = {instancePath:instancePath+"/manifest/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data3};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data1.artifacts !== undefined){
	let data4 = data1.artifacts;
	if(Array.isArray(data4)){
	const len0 = data4.length;
	for(let i0=0; i0<len0; i0++){
	if(!(validate53(data4[i0], {instancePath:instancePath+"/manifest/artifacts/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err13 = {instancePath:instancePath+"/manifest/artifacts",schemaPath:"#/properties/manifest/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema128.properties.manifest.properties.artifacts.type,parentSchema:schema128.properties.manifest.properties.artifacts,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	}
	else {
	const err14 = {instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.properties.manifest.type,parentSchema:schema128.properties.manifest,data:data1};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.signatures !== undefined){
	let data6 = data.signatures;
	if(Array.isArray(data6)){
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	if(!(validate55(data6[i1], {instancePath:instancePath+"/signatures/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err15 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema128.properties.signatures.type,parentSchema:schema128.properties.signatures,data:data6};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.artifacts !== undefined){
	let data8 = data.artifacts;
	if(Array.isArray(data8)){
	const len2 = data8.length;
	for(let i2=0; i2<len2; i2++){
	let data9 = data8[i2];
	if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
	if(data9.name === undefined){
	const err16 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema128.properties.artifacts.items.required,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data9.file === undefined){
	const err17 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema128.properties.artifacts.items.required,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	if(data9.present === undefined){
	const err18 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'",schema:schema128.properties.artifacts.items.required,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data9.size === undefined){
	const err19 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema128.properties.artifacts.items.required,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data9.sha256 === undefined){
	const err20 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema128.properties.artifacts.items.required,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data9.matches === undefined){
	const err21 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "matches"},message:"must have required property '"+"matches"+"'",schema:schema128.properties.artifacts.items.required,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	for(const key2 in data9){
	if(!((((((key2 === "name") || (key2 === "file")) || (key2 === "present")) || (key2 === "size")) || (key2 === "sha256")) || (key2 === "matches"))){
	const err22 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data9.name !== undefined){
	let data10 = data9.name;
	if(typeof data10 !== "string"){
	const err23 = {instancePath:instancePath+"/artifacts/" + i2+"/name",schemaPath:"#/properties/artifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.artifacts.items.properties.name.type,parentSchema:schema128.properties.artifacts.items.properties.name,data:data10};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data9.file !== undefined){
	let data11 = data9.file;
	if(typeof data11 !== "string"){
	const err24 = {instancePath:instancePath+"/artifacts/" + i2+"/file",schemaPath:"#/properties/artifacts/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.artifacts.items.properties.file.type,parentSchema:schema128.properties.artifacts.items.properties.file,data:data11};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data9.present !== undefined){
	let data12 = data9.present;
	if(typeof data12 !== "boolean"){
	const err25 = {instancePath:instancePath+"/artifacts/" + i2+"/present",schemaPath:"#/properties/artifacts/items/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema128.properties.artifacts.items.properties.present.type,parentSchema:schema128.properties.artifacts.items.properties.present,data:data12};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data9.size !== undefined){
	let data13 = data9.size;
	if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
	const err26 = {instancePath:instancePath+"/artifacts/" + i2+"/size",schemaPath:"#/properties/artifacts/items/properties/size/type",keyword:"type",params:{type: schema128.properties.artifacts.items.properties.size.type},message:"must be integer,null",schema:schema128.properties.artifacts.items.properties.size.type,parentSchema:schema128.properties.artifacts.items.properties.size,data:data13};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	if((typeof data13 == "number") && (isFinite(data13))){
	if(data13 < 0 || isNaN(data13)){
	const err27 = {instancePath:instancePath+"/artifacts/" + i2+"/size",schemaPath:"#/properties/artifacts/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema128.properties.artifacts.items.properties.size,data:data13};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	}
	if(data9.sha256 !== undefined){
	let data14 = data9.sha256;
	const _errs31 = errors;
	let valid10 = false;
	const _errs32 = errors;
	if(typeof data14 === "string"){
	if(!pattern18.test(data14)){
	const err28 = {instancePath:instancePath+"/artifacts/" + i2+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data14};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	else {
	const err29 = {instancePath:instancePath+"/artifacts/" + i2+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data14};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	var _valid0 = _errs32 === errors;
	valid10 = valid10 || _valid0;
	const _errs35 = errors;
	if(data14 !== null){
	const err30 = {instancePath:instancePath+"/artifacts/" + i2+"/sha256",schemaPath:"#/properties/artifacts/items/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema128.properties.artifacts.items.properties.sha256.anyOf[1].type,parentSchema:schema128.properties.artifacts.items.properties.sha256.anyOf[1],data:data14};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	var _valid0 = _errs35 === errors;
	valid10 = valid10 || _valid0;
	if(!valid10){
	const err31 = {instancePath:instancePath+"/artifacts/" + i2+"/sha256",schemaPath:"#/properties/artifacts/items/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema128.properties.artifacts.items.properties.sha256.anyOf,parentSchema:schema128.properties.artifacts.items.properties.sha256,data:data14};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	else {
	errors = _errs31;
	if(vErrors !== null){
	if(_errs31){
	vErrors.length = _errs31;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data9.matches !== undefined){
	let data15 = data9.matches;
	if(typeof data15 !== "boolean"){
	const err32 = {instancePath:instancePath+"/artifacts/" + i2+"/matches",schemaPath:"#/properties/artifacts/items/properties/matches/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema128.properties.artifacts.items.properties.matches.type,parentSchema:schema128.properties.artifacts.items.properties.matches,data:data15};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/artifacts/" + i2,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.properties.artifacts.items.type,parentSchema:schema128.properties.artifacts.items,data:data9};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	}
	else {
	const err34 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema128.properties.artifacts.type,parentSchema:schema128.properties.artifacts,data:data8};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	}
	else {
	const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.type,parentSchema:schema128,data};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	validate52.errors = vErrors;
	return errors === 0;
	}
	validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema140 = {"type":"object","additionalProperties":false,"required":["type","payloadType","signatures","statement","slsa","artifactsInSubjects"],"properties":{"type":{"const":"build-provenance"},"payloadType":{"type":"string"},"signatures":{"type":"array","items":{"$ref":"#/$defs/signatureFact"}},"statement":{"type":"object","additionalProperties":false,"required":["type","predicateType","subjects"],"properties":{"type":{"type":"string"},"predicateType":{"type":"string"},"subjects":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"algorithms":{"type":"array","items":{"type":"string"}}}}}}},"slsa":{"anyOf":[{"type":"object","additionalProperties":false,"required":["buildType","builderId","sourceRepository","sourceRef","sourceCommit","startedOn","finishedOn"],"properties":{"buildType":{"type":"string"},"builderId":{"type":"string"},"sourceRepository":{"type":["string","null"]},"sourceRef":{"type":["string","null"]},"sourceCommit":{"type":["string","null"]},"startedOn":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"finishedOn":{"anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]}}},{"type":"null"}]},"artifactsInSubjects":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256","inSubjects"],"properties":{"name":{"type":"string"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"inSubjects":{"type":"boolean"}}}},"format":{"enum":["dsse","sigstore-bundle"]}}};

	function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate58.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.type === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema140.required,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.payloadType === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payloadType"},message:"must have required property '"+"payloadType"+"'",schema:schema140.required,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.signatures === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signatures"},message:"must have required property '"+"signatures"+"'",schema:schema140.required,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.statement === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema140.required,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.slsa === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slsa"},message:"must have required property '"+"slsa"+"'",schema:schema140.required,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.artifactsInSubjects === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifactsInSubjects"},message:"must have required property '"+"artifactsInSubjects"+"'",schema:schema140.required,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "type") || (key0 === "payloadType")) || (key0 === "signatures")) || (key0 === "statement")) || (key0 === "slsa")) || (key0 === "artifactsInSubjects")) || (key0 === "format"))){
	const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	if(data.type !== undefined){
	let data0 = data.type;
	if("build-provenance" !== data0){
	const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "build-provenance"},message:"must be equal to constant",schema:"build-provenance",parentSchema:schema140.properties.type,data:data0};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.payloadType !== undefined){
	let data1 = data.payloadType;
	if(typeof data1 !== "string"){
	const err8 = {instancePath:instancePath+"/payloadType",schemaPath:"#/properties/payloadType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.payloadType.type,parentSchema:schema140.properties.payloadType,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.signatures !== undefined){
	let data2 = data.signatures;
	if(Array.isArray(data2)){
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	if(!(validate55(data2[i0], {instancePath:instancePath+"/signatures/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err9 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.signatures.type,parentSchema:schema140.properties.signatures,data:data2};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.statement !== undefined){
	let data4 = data.statement;
	if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
	if(data4.type === undefined){
	const err10 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema140.properties.statement.required,parentSchema:schema140.properties.statement,data:data4};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(data4.predicateType === undefined){
	const err11 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/required",keyword:"required",params:{missingProperty: "predicateType"},message:"must have required property '"+"predicateType"+"'",schema:schema140.properties.statement.required,parentSchema:schema140.properties.statement,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data4.subjects === undefined){
	const err12 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/required",keyword:"required",params:{missingProperty: "subjects"},message:"must have required property '"+"subjects"+"'",schema:schema140.properties.statement.required,parentSchema:schema140.properties.statement,data:data4};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	for(const key1 in data4){
	if(!(((key1 === "type") || (key1 === "predicateType")) || (key1 === "subjects"))){
	const err13 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema140.properties.statement,data:data4};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data4.type !== undefined){
	let data5 = data4.type;
	if(typeof data5 !== "string"){
	const err14 = {instancePath:instancePath+"/statement/type",schemaPath:"#/properties/statement/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.statement.properties.type.type,parentSchema:schema140.properties.statement.properties.type,data:data5};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data4.predicateType !== undefined){
	let data6 = data4.predicateType;
	if(typeof data6 !== "string"){
	const err15 = {instancePath:instancePath+"/statement/predicateType",schemaPath:"#/properties/statement/properties/predicateType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.statement.properties.predicateType.type,parentSchema:schema140.properties.statement.properties.predicateType,data:data6};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data4.subjects !== undefined){
	let data7 = data4.subjects;
	if(Array.isArray(data7)){
	const len1 = data7.length;
	for(let i1=0; i1<len1; i1++){
	let data8 = data7[i1];
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	if(data8.name === undefined){
	const err16 = {instancePath:instancePath+"/statement/subjects/" + i1,schemaPath:"#/properties/statement/properties/subjects/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema140.properties.statement.properties.subjects.items.required,parentSchema:schema140.properties.statement.properties.subjects.items,data:data8};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data8.sha256 === undefined){
	const err17 = {instancePath:instancePath+"/statement/subjects/" + i1,schemaPath:"#/properties/statement/properties/subjects/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema140.properties.statement.properties.subjects.items.required,parentSchema:schema140.properties.statement.properties.subjects.items,data:data8};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	for(const key2 in data8){
	if(!(((key2 === "name") || (key2 === "sha256")) || (key2 === "algorithms"))){
	const err18 = {instancePath:instancePath+"/statement/subjects/" + i1,schemaPath:"#/properties/statement/properties/subjects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema140.properties.statement.properties.subjects.items,data:data8};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data8.name !== undefined){
	let data9 = data8.name;
	if(typeof data9 !== "string"){
	const err19 = {instancePath:instancePath+"/statement/subjects/" + i1+"/name",schemaPath:"#/properties/statement/properties/subjects/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.statement.properties.subjects.items.properties.name.type,parentSchema:schema140.properties.statement.properties.subjects.items.properties.name,data:data9};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data8.sha256 !== undefined){
	let data10 = data8.sha256;
	const _errs23 = errors;
	let valid7 = false;
	const _errs24 = errors;
	if(typeof data10 === "string"){
	if(!pattern18.test(data10)){
	const err20 = {instancePath:instancePath+"/statement/subjects/" + i1+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data10};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	else {
	const err21 = {instancePath:instancePath+"/statement/subjects/" + i1+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data10};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	var _valid0 = _errs24 === errors;
	valid7 = valid7 || _valid0;
	const _errs27 = errors;
	if(data10 !== null){
	const err22 = {instancePath:instancePath+"/statement/subjects/" + i1+"/sha256",schemaPath:"#/properties/statement/properties/subjects/items/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema140.properties.statement.properties.subjects.items.properties.sha256.anyOf[1].type,parentSchema:schema140.properties.statement.properties.subjects.items.properties.sha256.anyOf[1],data:data10};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	var _valid0 = _errs27 === errors;
	valid7 = valid7 || _valid0;
	if(!valid7){
	const err23 = {instancePath:instancePath+"/statement/subjects/" + i1+"/sha256",schemaPath:"#/properties/statement/properties/subjects/items/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema140.properties.statement.properties.subjects.items.properties.sha256.anyOf,parentSchema:schema140.properties.statement.properties.subjects.items.properties.sha256,data:data10};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	else {
	errors = _errs23;
	if(vErrors !== null){
	if(_errs23){
	vErrors.length = _errs23;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data8.algorithms !== undefined){
	let data11 = data8.algorithms;
	if(Array.isArray(data11)){
	const len2 = data11.length;
	for(let i2=0; i2<len2; i2++){
	let data12 = data11[i2];
	if(typeof data12 !== "string"){
	const err24 = {instancePath:instancePath+"/statement/subjects/" + i1+"/algorithms/" + i2,schemaPath:"#/properties/statement/properties/subjects/items/properties/algorithms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.statement.properties.subjects.items.properties.algorithms.items.type,parentSchema:schema140.properties.statement.properties.subjects.items.properties.algorithms.items,data:data12};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/statement/subjects/" + i1+"/algorithms",schemaPath:"#/properties/statement/properties/subjects/items/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.statement.properties.subjects.items.properties.algorithms.type,parentSchema:schema140.properties.statement.properties.subjects.items.properties.algorithms,data:data11};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	}
	else {
	const err26 = {instancePath:instancePath+"/statement/subjects/" + i1,schemaPath:"#/properties/statement/properties/subjects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.properties.statement.properties.subjects.items.type,parentSchema:schema140.properties.statement.properties.subjects.items,data:data8};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/statement/subjects",schemaPath:"#/properties/statement/properties/subjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.statement.properties.subjects.type,parentSchema:schema140.properties.statement.properties.subjects,data:data7};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	}
	else {
	const err28 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.properties.statement.type,parentSchema:schema140.properties.statement,data:data4};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data.slsa !== undefined){
	let data13 = data.slsa;
	const _errs34 = errors;
	let valid11 = false;
	const _errs35 = errors;
	if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
	if(data13.buildType === undefined){
	const err29 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "buildType"},message:"must have required property '"+"buildType"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(data13.builderId === undefined){
	const err30 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "builderId"},message:"must have required property '"+"builderId"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	if(data13.sourceRepository === undefined){
	const err31 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "sourceRepository"},message:"must have required property '"+"sourceRepository"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	if(data13.sourceRef === undefined){
	const err32 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "sourceRef"},message:"must have required property '"+"sourceRef"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(data13.sourceCommit === undefined){
	const err33 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "sourceCommit"},message:"must have required property '"+"sourceCommit"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	if(data13.startedOn === undefined){
	const err34 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "startedOn"},message:"must have required property '"+"startedOn"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(data13.finishedOn === undefined){
	const err35 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/required",keyword:"required",params:{missingProperty: "finishedOn"},message:"must have required property '"+"finishedOn"+"'",schema:schema140.properties.slsa.anyOf[0].required,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	for(const key3 in data13){
	if(!(((((((key3 === "buildType") || (key3 === "builderId")) || (key3 === "sourceRepository")) || (key3 === "sourceRef")) || (key3 === "sourceCommit")) || (key3 === "startedOn")) || (key3 === "finishedOn"))){
	const err36 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	if(data13.buildType !== undefined){
	let data14 = data13.buildType;
	if(typeof data14 !== "string"){
	const err37 = {instancePath:instancePath+"/slsa/buildType",schemaPath:"#/properties/slsa/anyOf/0/properties/buildType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.slsa.anyOf[0].properties.buildType.type,parentSchema:schema140.properties.slsa.anyOf[0].properties.buildType,data:data14};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	if(data13.builderId !== undefined){
	let data15 = data13.builderId;
	if(typeof data15 !== "string"){
	const err38 = {instancePath:instancePath+"/slsa/builderId",schemaPath:"#/properties/slsa/anyOf/0/properties/builderId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.slsa.anyOf[0].properties.builderId.type,parentSchema:schema140.properties.slsa.anyOf[0].properties.builderId,data:data15};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	if(data13.sourceRepository !== undefined){
	let data16 = data13.sourceRepository;
	if((typeof data16 !== "string") && (data16 !== null)){
	const err39 = {instancePath:instancePath+"/slsa/sourceRepository",schemaPath:"#/properties/slsa/anyOf/0/properties/sourceRepository/type",keyword:"type",params:{type: schema140.properties.slsa.anyOf[0].properties.sourceRepository.type},message:"must be string,null",schema:schema140.properties.slsa.anyOf[0].properties.sourceRepository.type,parentSchema:schema140.properties.slsa.anyOf[0].properties.sourceRepository,data:data16};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	if(data13.sourceRef !== undefined){
	let data17 = data13.sourceRef;
	if((typeof data17 !== "string") && (data17 !== null)){
	const err40 = {instancePath:instancePath+"/slsa/sourceRef",schemaPath:"#/properties/slsa/anyOf/0/properties/sourceRef/type",keyword:"type",params:{type: schema140.properties.slsa.anyOf[0].properties.sourceRef.type},message:"must be string,null",schema:schema140.properties.slsa.anyOf[0].properties.sourceRef.type,parentSchema:schema140.properties.slsa.anyOf[0].properties.sourceRef,data:data17};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	if(data13.sourceCommit !== undefined){
	let data18 = data13.sourceCommit;
	if((typeof data18 !== "string") && (data18 !== null)){
	const err41 = {instancePath:instancePath+"/slsa/sourceCommit",schemaPath:"#/properties/slsa/anyOf/0/properties/sourceCommit/type",keyword:"type",params:{type: schema140.properties.slsa.anyOf[0].properties.sourceCommit.type},message:"must be string,null",schema:schema140.properties.slsa.anyOf[0].properties.sourceCommit.type,parentSchema:schema140.properties.slsa.anyOf[0].properties.sourceCommit,data:data18};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	if(data13.startedOn !== undefined){
	let data19 = data13.startedOn;
	const _errs49 = errors;
	let valid13 = false;
	const _errs50 = errors;
	if(typeof data19 === "string"){
	if(!pattern27.test(data19)){
	const err42 = {instancePath:instancePath+"/slsa/startedOn",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data19};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	if(!(formats0.validate(data19))){
	const err43 = {instancePath:instancePath+"/slsa/startedOn",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data19};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	}
	else {
	const err44 = {instancePath:instancePath+"/slsa/startedOn",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data19};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	var _valid2 = _errs50 === errors;
	valid13 = valid13 || _valid2;
	const _errs53 = errors;
	if(data19 !== null){
	const err45 = {instancePath:instancePath+"/slsa/startedOn",schemaPath:"#/properties/slsa/anyOf/0/properties/startedOn/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema140.properties.slsa.anyOf[0].properties.startedOn.anyOf[1].type,parentSchema:schema140.properties.slsa.anyOf[0].properties.startedOn.anyOf[1],data:data19};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	var _valid2 = _errs53 === errors;
	valid13 = valid13 || _valid2;
	if(!valid13){
	const err46 = {instancePath:instancePath+"/slsa/startedOn",schemaPath:"#/properties/slsa/anyOf/0/properties/startedOn/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema140.properties.slsa.anyOf[0].properties.startedOn.anyOf,parentSchema:schema140.properties.slsa.anyOf[0].properties.startedOn,data:data19};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	else {
	errors = _errs49;
	if(vErrors !== null){
	if(_errs49){
	vErrors.length = _errs49;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data13.finishedOn !== undefined){
	let data20 = data13.finishedOn;
	const _errs56 = errors;
	let valid15 = false;
	const _errs57 = errors;
	if(typeof data20 === "string"){
	if(!pattern27.test(data20)){
	const err47 = {instancePath:instancePath+"/slsa/finishedOn",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data20};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if(!(formats0.validate(data20))){
	const err48 = {instancePath:instancePath+"/slsa/finishedOn",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data20};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/slsa/finishedOn",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data20};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	var _valid3 = _errs57 === errors;
	valid15 = valid15 || _valid3;
	const _errs60 = errors;
	if(data20 !== null){
	const err50 = {instancePath:instancePath+"/slsa/finishedOn",schemaPath:"#/properties/slsa/anyOf/0/properties/finishedOn/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema140.properties.slsa.anyOf[0].properties.finishedOn.anyOf[1].type,parentSchema:schema140.properties.slsa.anyOf[0].properties.finishedOn.anyOf[1],data:data20};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	var _valid3 = _errs60 === errors;
	valid15 = valid15 || _valid3;
	if(!valid15){
	const err51 = {instancePath:instancePath+"/slsa/finishedOn",schemaPath:"#/properties/slsa/anyOf/0/properties/finishedOn/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema140.properties.slsa.anyOf[0].properties.finishedOn.anyOf,parentSchema:schema140.properties.slsa.anyOf[0].properties.finishedOn,data:data20};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	else {
	errors = _errs56;
	if(vErrors !== null){
	if(_errs56){
	vErrors.length = _errs56;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err52 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.properties.slsa.anyOf[0].type,parentSchema:schema140.properties.slsa.anyOf[0],data:data13};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	var _valid1 = _errs35 === errors;
	valid11 = valid11 || _valid1;
	const _errs62 = errors;
	if(data13 !== null){
	const err53 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema140.properties.slsa.anyOf[1].type,parentSchema:schema140.properties.slsa.anyOf[1],data:data13};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	var _valid1 = _errs62 === errors;
	valid11 = valid11 || _valid1;
	if(!valid11){
	const err54 = {instancePath:instancePath+"/slsa",schemaPath:"#/properties/slsa/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema140.properties.slsa.anyOf,parentSchema:schema140.properties.slsa,data:data13};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	else {
	errors = _errs34;
	if(vErrors !== null){
	if(_errs34){
	vErrors.length = _errs34;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.artifactsInSubjects !== undefined){
	let data21 = data.artifactsInSubjects;
	if(Array.isArray(data21)){
	const len3 = data21.length;
	for(let i3=0; i3<len3; i3++){
	let data22 = data21[i3];
	if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
	if(data22.name === undefined){
	const err55 = {instancePath:instancePath+"/artifactsInSubjects/" + i3,schemaPath:"#/properties/artifactsInSubjects/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema140.properties.artifactsInSubjects.items.required,parentSchema:schema140.properties.artifactsInSubjects.items,data:data22};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	if(data22.sha256 === undefined){
	const err56 = {instancePath:instancePath+"/artifactsInSubjects/" + i3,schemaPath:"#/properties/artifactsInSubjects/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema140.properties.artifactsInSubjects.items.required,parentSchema:schema140.properties.artifactsInSubjects.items,data:data22};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	if(data22.inSubjects === undefined){
	const err57 = {instancePath:instancePath+"/artifactsInSubjects/" + i3,schemaPath:"#/properties/artifactsInSubjects/items/required",keyword:"required",params:{missingProperty: "inSubjects"},message:"must have required property '"+"inSubjects"+"'",schema:schema140.properties.artifactsInSubjects.items.required,parentSchema:schema140.properties.artifactsInSubjects.items,data:data22};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	for(const key4 in data22){
	if(!(((key4 === "name") || (key4 === "sha256")) || (key4 === "inSubjects"))){
	const err58 = {instancePath:instancePath+"/artifactsInSubjects/" + i3,schemaPath:"#/properties/artifactsInSubjects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema140.properties.artifactsInSubjects.items,data:data22};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	}
	if(data22.name !== undefined){
	let data23 = data22.name;
	if(typeof data23 !== "string"){
	const err59 = {instancePath:instancePath+"/artifactsInSubjects/" + i3+"/name",schemaPath:"#/properties/artifactsInSubjects/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.artifactsInSubjects.items.properties.name.type,parentSchema:schema140.properties.artifactsInSubjects.items.properties.name,data:data23};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data22.sha256 !== undefined){
	let data24 = data22.sha256;
	const _errs72 = errors;
	let valid20 = false;
	const _errs73 = errors;
	if(typeof data24 === "string"){
	if(!pattern18.test(data24)){
	const err60 = {instancePath:instancePath+"/artifactsInSubjects/" + i3+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data24};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	else {
	const err61 = {instancePath:instancePath+"/artifactsInSubjects/" + i3+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data24};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	var _valid4 = _errs73 === errors;
	valid20 = valid20 || _valid4;
	const _errs76 = errors;
	if(data24 !== null){
	const err62 = {instancePath:instancePath+"/artifactsInSubjects/" + i3+"/sha256",schemaPath:"#/properties/artifactsInSubjects/items/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema140.properties.artifactsInSubjects.items.properties.sha256.anyOf[1].type,parentSchema:schema140.properties.artifactsInSubjects.items.properties.sha256.anyOf[1],data:data24};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	var _valid4 = _errs76 === errors;
	valid20 = valid20 || _valid4;
	if(!valid20){
	const err63 = {instancePath:instancePath+"/artifactsInSubjects/" + i3+"/sha256",schemaPath:"#/properties/artifactsInSubjects/items/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema140.properties.artifactsInSubjects.items.properties.sha256.anyOf,parentSchema:schema140.properties.artifactsInSubjects.items.properties.sha256,data:data24};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	else {
	errors = _errs72;
	if(vErrors !== null){
	if(_errs72){
	vErrors.length = _errs72;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data22.inSubjects !== undefined){
	let data25 = data22.inSubjects;
	if(typeof data25 !== "boolean"){
	const err64 = {instancePath:instancePath+"/artifactsInSubjects/" + i3+"/inSubjects",schemaPath:"#/properties/artifactsInSubjects/items/properties/inSubjects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema140.properties.artifactsInSubjects.items.properties.inSubjects.type,parentSchema:schema140.properties.artifactsInSubjects.items.properties.inSubjects,data:data25};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	}
	else {
	const err65 = {instancePath:instancePath+"/artifactsInSubjects/" + i3,schemaPath:"#/properties/artifactsInSubjects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.properties.artifactsInSubjects.items.type,parentSchema:schema140.properties.artifactsInSubjects.items,data:data22};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	}
	else {
	const err66 = {instancePath:instancePath+"/artifactsInSubjects",schemaPath:"#/properties/artifactsInSubjects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.artifactsInSubjects.type,parentSchema:schema140.properties.artifactsInSubjects,data:data21};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	}
	if(data.format !== undefined){
	let data26 = data.format;
	if(!((data26 === "dsse") || (data26 === "sigstore-bundle"))){
	const err67 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema140.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema140.properties.format.enum,parentSchema:schema140.properties.format,data:data26};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	}
	else {
	const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.type,parentSchema:schema140,data};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	validate58.errors = vErrors;
	return errors === 0;
	}
	validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema145 = {"type":"object","additionalProperties":false,"description":"How a record (or a supplier's affected-versions document) is signed: the carrier, every signature (key id or certificate identity, as for manifests), and for an in-toto statement its predicate type and whether its subjects are exactly the signed manifest's artifact digests.","required":["carrier","file","signatures","payloadType","predicateType","subjects","subjectsMatch"],"properties":{"carrier":{"enum":["signature","sigstore-bundle","dsse"],"description":"signature: a detached signature or Sigstore message-signature bundle over the record file's bytes (the YAML record, or a supplier's affected-versions document); dsse: a DSSE envelope holding an in-toto statement; sigstore-bundle: a DSSE Sigstore bundle holding one."},"file":{"type":"string","description":"The signature, envelope or bundle file."},"signatures":{"type":"array","items":{"$ref":"#/$defs/signatureFact"}},"payloadType":{"type":["string","null"],"description":"The DSSE envelope's payloadType (application/vnd.in-toto+json for an in-toto statement); null for a detached signature."},"predicateType":{"type":["string","null"]},"subjects":{"anyOf":[{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"anyOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}}}},{"type":"null"}],"description":"The statement's subjects; null for a detached signature."},"subjectsMatch":{"type":["boolean","null"],"description":"True when the subjects' sha256 digests, as a set, are exactly the computed digests of the signed manifest's artifacts (no subjects, or a subject or artifact without a sha256: false); null for a detached signature or without a manifest."}}};

	function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate62.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.carrier === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "carrier"},message:"must have required property '"+"carrier"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.file === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.signatures === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signatures"},message:"must have required property '"+"signatures"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.payloadType === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payloadType"},message:"must have required property '"+"payloadType"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.predicateType === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicateType"},message:"must have required property '"+"predicateType"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.subjects === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subjects"},message:"must have required property '"+"subjects"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.subjectsMatch === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subjectsMatch"},message:"must have required property '"+"subjectsMatch"+"'",schema:schema145.required,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(((((((key0 === "carrier") || (key0 === "file")) || (key0 === "signatures")) || (key0 === "payloadType")) || (key0 === "predicateType")) || (key0 === "subjects")) || (key0 === "subjectsMatch"))){
	const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	if(data.carrier !== undefined){
	let data0 = data.carrier;
	if(!(((data0 === "signature") || (data0 === "sigstore-bundle")) || (data0 === "dsse"))){
	const err8 = {instancePath:instancePath+"/carrier",schemaPath:"#/properties/carrier/enum",keyword:"enum",params:{allowedValues: schema145.properties.carrier.enum},message:"must be equal to one of the allowed values",schema:schema145.properties.carrier.enum,parentSchema:schema145.properties.carrier,data:data0};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.file !== undefined){
	let data1 = data.file;
	if(typeof data1 !== "string"){
	const err9 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.file.type,parentSchema:schema145.properties.file,data:data1};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.signatures !== undefined){
	let data2 = data.signatures;
	if(Array.isArray(data2)){
	const len0 = data2.length;
	for(let i0=0; i0<len0; i0++){
	if(!(validate55(data2[i0], {instancePath:instancePath+"/signatures/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema145.properties.signatures.type,parentSchema:schema145.properties.signatures,data:data2};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.payloadType !== undefined){
	let data4 = data.payloadType;
	if((typeof data4 !== "string") && (data4 !== null)){
	const err11 = {instancePath:instancePath+"/payloadType",schemaPath:"#/properties/payloadType/type",keyword:"type",params:{type: schema145.properties.payloadType.type},message:"must be string,null",schema:schema145.properties.payloadType.type,parentSchema:schema145.properties.payloadType,data:data4};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.predicateType !== undefined){
	let data5 = data.predicateType;
	if((typeof data5 !== "string") && (data5 !== null)){
	const err12 = {instancePath:instancePath+"/predicateType",schemaPath:"#/properties/predicateType/type",keyword:"type",params:{type: schema145.properties.predicateType.type},message:"must be string,null",schema:schema145.properties.predicateType.type,parentSchema:schema145.properties.predicateType,data:data5};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.subjects !== undefined){
	let data6 = data.subjects;
	const _errs13 = errors;
	let valid3 = false;
	const _errs14 = errors;
	if(Array.isArray(data6)){
	const len1 = data6.length;
	for(let i1=0; i1<len1; i1++){
	let data7 = data6[i1];
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.name === undefined){
	const err13 = {instancePath:instancePath+"/subjects/" + i1,schemaPath:"#/properties/subjects/anyOf/0/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema145.properties.subjects.anyOf[0].items.required,parentSchema:schema145.properties.subjects.anyOf[0].items,data:data7};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data7.sha256 === undefined){
	const err14 = {instancePath:instancePath+"/subjects/" + i1,schemaPath:"#/properties/subjects/anyOf/0/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema145.properties.subjects.anyOf[0].items.required,parentSchema:schema145.properties.subjects.anyOf[0].items,data:data7};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	for(const key1 in data7){
	if(!((key1 === "name") || (key1 === "sha256"))){
	const err15 = {instancePath:instancePath+"/subjects/" + i1,schemaPath:"#/properties/subjects/anyOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema145.properties.subjects.anyOf[0].items,data:data7};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data7.name !== undefined){
	let data8 = data7.name;
	if(typeof data8 !== "string"){
	const err16 = {instancePath:instancePath+"/subjects/" + i1+"/name",schemaPath:"#/properties/subjects/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.subjects.anyOf[0].items.properties.name.type,parentSchema:schema145.properties.subjects.anyOf[0].items.properties.name,data:data8};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data7.sha256 !== undefined){
	let data9 = data7.sha256;
	const _errs22 = errors;
	let valid7 = false;
	const _errs23 = errors;
	if(typeof data9 === "string"){
	if(!pattern18.test(data9)){
	const err17 = {instancePath:instancePath+"/subjects/" + i1+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data9};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/subjects/" + i1+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data9};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	var _valid1 = _errs23 === errors;
	valid7 = valid7 || _valid1;
	const _errs26 = errors;
	if(data9 !== null){
	const err19 = {instancePath:instancePath+"/subjects/" + i1+"/sha256",schemaPath:"#/properties/subjects/anyOf/0/items/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema145.properties.subjects.anyOf[0].items.properties.sha256.anyOf[1].type,parentSchema:schema145.properties.subjects.anyOf[0].items.properties.sha256.anyOf[1],data:data9};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	var _valid1 = _errs26 === errors;
	valid7 = valid7 || _valid1;
	if(!valid7){
	const err20 = {instancePath:instancePath+"/subjects/" + i1+"/sha256",schemaPath:"#/properties/subjects/anyOf/0/items/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema145.properties.subjects.anyOf[0].items.properties.sha256.anyOf,parentSchema:schema145.properties.subjects.anyOf[0].items.properties.sha256,data:data9};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	else {
	errors = _errs22;
	if(vErrors !== null){
	if(_errs22){
	vErrors.length = _errs22;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err21 = {instancePath:instancePath+"/subjects/" + i1,schemaPath:"#/properties/subjects/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.properties.subjects.anyOf[0].items.type,parentSchema:schema145.properties.subjects.anyOf[0].items,data:data7};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema145.properties.subjects.anyOf[0].type,parentSchema:schema145.properties.subjects.anyOf[0],data:data6};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	var _valid0 = _errs14 === errors;
	valid3 = valid3 || _valid0;
	const _errs28 = errors;
	if(data6 !== null){
	const err23 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema145.properties.subjects.anyOf[1].type,parentSchema:schema145.properties.subjects.anyOf[1],data:data6};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	var _valid0 = _errs28 === errors;
	valid3 = valid3 || _valid0;
	if(!valid3){
	const err24 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema145.properties.subjects.anyOf,parentSchema:schema145.properties.subjects,data:data6};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	else {
	errors = _errs13;
	if(vErrors !== null){
	if(_errs13){
	vErrors.length = _errs13;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.subjectsMatch !== undefined){
	let data10 = data.subjectsMatch;
	if((typeof data10 !== "boolean") && (data10 !== null)){
	const err25 = {instancePath:instancePath+"/subjectsMatch",schemaPath:"#/properties/subjectsMatch/type",keyword:"type",params:{type: schema145.properties.subjectsMatch.type},message:"must be boolean,null",schema:schema145.properties.subjectsMatch.type,parentSchema:schema145.properties.subjectsMatch,data:data10};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	}
	else {
	const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.type,parentSchema:schema145,data};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	validate62.errors = vErrors;
	return errors === 0;
	}
	validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate39.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.id === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.kind === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.file === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.producer === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "producer"},message:"must have required property '"+"producer"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.time === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.controls === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.present === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.sha256 === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data.statement === undefined){
	const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	if(data.record === undefined){
	const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record"},message:"must have required property '"+"record"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	if(data.verification === undefined){
	const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verification"},message:"must have required property '"+"verification"+"'",schema:schema102.required,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema102.properties, key0))){
	const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.id !== undefined){
	let data0 = data.id;
	if(typeof data0 !== "string"){
	const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.id.type,parentSchema:schema102.properties.id,data:data0};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.kind !== undefined){
	let data1 = data.kind;
	if(!((((((((((((data1 === "assertion") || (data1 === "process-document")) || (data1 === "update-manifest")) || (data1 === "build-provenance")) || (data1 === "signing-event")) || (data1 === "release-approval")) || (data1 === "rollback-recovery-tests")) || (data1 === "recovery-procedure")) || (data1 === "affected-versions")) || (data1 === "customer-notification")) || (data1 === "deployment-records")) || (data1 === "risk-acceptance"))){
	const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema102.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema102.properties.kind.enum,parentSchema:schema102.properties.kind,data:data1};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data.file !== undefined){
	let data2 = data.file;
	if((typeof data2 !== "string") && (data2 !== null)){
	const err14 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: schema102.properties.file.type},message:"must be string,null",schema:schema102.properties.file.type,parentSchema:schema102.properties.file,data:data2};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.producer !== undefined){
	let data3 = data.producer;
	if(typeof data3 !== "string"){
	const err15 = {instancePath:instancePath+"/producer",schemaPath:"#/properties/producer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.producer.type,parentSchema:schema102.properties.producer,data:data3};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	if(data.time !== undefined){
	let data4 = data.time;
	const _errs10 = errors;
	let valid1 = false;
	const _errs11 = errors;
	if(typeof data4 === "string"){
	if(!pattern27.test(data4)){
	const err16 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data4};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(!(formats0.validate(data4))){
	const err17 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data4};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data4};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	var _valid0 = _errs11 === errors;
	valid1 = valid1 || _valid0;
	const _errs14 = errors;
	if(data4 !== null){
	const err19 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema102.properties.time.anyOf[1].type,parentSchema:schema102.properties.time.anyOf[1],data:data4};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	var _valid0 = _errs14 === errors;
	valid1 = valid1 || _valid0;
	if(!valid1){
	const err20 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.time.anyOf,parentSchema:schema102.properties.time,data:data4};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	else {
	errors = _errs10;
	if(vErrors !== null){
	if(_errs10){
	vErrors.length = _errs10;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.controls !== undefined){
	let data5 = data.controls;
	if(Array.isArray(data5)){
	const len0 = data5.length;
	for(let i0=0; i0<len0; i0++){
	let data6 = data5[i0];
	if(typeof data6 !== "string"){
	const err21 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.controls.items.type,parentSchema:schema102.properties.controls.items,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	}
	else {
	const err22 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.controls.type,parentSchema:schema102.properties.controls,data:data5};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	if(data.present !== undefined){
	let data7 = data.present;
	if(typeof data7 !== "boolean"){
	const err23 = {instancePath:instancePath+"/present",schemaPath:"#/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema102.properties.present.type,parentSchema:schema102.properties.present,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data.sha256 !== undefined){
	let data8 = data.sha256;
	const _errs23 = errors;
	let valid5 = false;
	const _errs24 = errors;
	if(typeof data8 === "string"){
	if(!pattern18.test(data8)){
	const err24 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data8};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data8};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	var _valid1 = _errs24 === errors;
	valid5 = valid5 || _valid1;
	const _errs27 = errors;
	if(data8 !== null){
	const err26 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema102.properties.sha256.anyOf[1].type,parentSchema:schema102.properties.sha256.anyOf[1],data:data8};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	var _valid1 = _errs27 === errors;
	valid5 = valid5 || _valid1;
	if(!valid5){
	const err27 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.sha256.anyOf,parentSchema:schema102.properties.sha256,data:data8};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	else {
	errors = _errs23;
	if(vErrors !== null){
	if(_errs23){
	vErrors.length = _errs23;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.statement !== undefined){
	let data9 = data.statement;
	if((typeof data9 !== "string") && (data9 !== null)){
	const err28 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/type",keyword:"type",params:{type: schema102.properties.statement.type},message:"must be string,null",schema:schema102.properties.statement.type,parentSchema:schema102.properties.statement,data:data9};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data.record !== undefined){
	let data10 = data.record;
	const _errs32 = errors;
	let valid7 = false;
	const _errs33 = errors;
	if(!(validate40(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs33 === errors;
	valid7 = valid7 || _valid2;
	const _errs34 = errors;
	if(!(validate42(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs34 === errors;
	valid7 = valid7 || _valid2;
	const _errs35 = errors;
	if(!(validate44(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs35 === errors;
	valid7 = valid7 || _valid2;
	const _errs36 = errors;
	if(!(validate46(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs36 === errors;
	valid7 = valid7 || _valid2;
	const _errs37 = errors;
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if(data10.kind === undefined){
	const err29 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(data10.format === undefined){
	const err30 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	if(data10.document === undefined){
	const err31 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	if(data10.versionScheme === undefined){
	const err32 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "versionScheme"},message:"must have required property '"+"versionScheme"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(data10.vulnerabilities === undefined){
	const err33 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	if(data10.statements === undefined){
	const err34 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "statements"},message:"must have required property '"+"statements"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	if(data10.notThisProduct === undefined){
	const err35 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "notThisProduct"},message:"must have required property '"+"notThisProduct"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	if(data10.notThisProductCount === undefined){
	const err36 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "notThisProductCount"},message:"must have required property '"+"notThisProductCount"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(data10.unsupported === undefined){
	const err37 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/required",keyword:"required",params:{missingProperty: "unsupported"},message:"must have required property '"+"unsupported"+"'",schema:schema120.required,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	for(const key1 in data10){
	if(!(func1.call(schema120.properties, key1))){
	const err38 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	if(data10.kind !== undefined){
	let data11 = data10.kind;
	if("VexDocument" !== data11){
	const err39 = {instancePath:instancePath+"/record/kind",schemaPath:"#/$defs/vexDocument/properties/kind/const",keyword:"const",params:{allowedValue: "VexDocument"},message:"must be equal to constant",schema:"VexDocument",parentSchema:schema120.properties.kind,data:data11};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	}
	if(data10.format !== undefined){
	let data12 = data10.format;
	if(!((((data12 === "csaf") || (data12 === "openvex")) || (data12 === "osv")) || (data12 === "cyclonedx-vex"))){
	const err40 = {instancePath:instancePath+"/record/format",schemaPath:"#/$defs/vexDocument/properties/format/enum",keyword:"enum",params:{allowedValues: schema120.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema120.properties.format.enum,parentSchema:schema120.properties.format,data:data12};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	if(data10.document !== undefined){
	let data13 = data10.document;
	if(typeof data13 !== "string"){
	const err41 = {instancePath:instancePath+"/record/document",schemaPath:"#/$defs/vexDocument/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.document.type,parentSchema:schema120.properties.document,data:data13};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	if(data10.versionScheme !== undefined){
	let data14 = data10.versionScheme;
	if(!((data14 === "semver") || (data14 === "generic"))){
	const err42 = {instancePath:instancePath+"/record/versionScheme",schemaPath:"#/$defs/vexDocument/properties/versionScheme/enum",keyword:"enum",params:{allowedValues: schema120.properties.versionScheme.enum},message:"must be equal to one of the allowed values",schema:schema120.properties.versionScheme.enum,parentSchema:schema120.properties.versionScheme,data:data14};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	if(data10.vulnerabilities !== undefined){
	let data15 = data10.vulnerabilities;
	if(Array.isArray(data15)){
	const len1 = data15.length;
	for(let i1=0; i1<len1; i1++){
	let data16 = data15[i1];
	if(typeof data16 !== "string"){
	const err43 = {instancePath:instancePath+"/record/vulnerabilities/" + i1,schemaPath:"#/$defs/vexDocument/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.vulnerabilities.items.type,parentSchema:schema120.properties.vulnerabilities.items,data:data16};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	}
	}
	else {
	const err44 = {instancePath:instancePath+"/record/vulnerabilities",schemaPath:"#/$defs/vexDocument/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.vulnerabilities.type,parentSchema:schema120.properties.vulnerabilities,data:data15};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data10.statements !== undefined){
	let data17 = data10.statements;
	if(Array.isArray(data17)){
	const len2 = data17.length;
	for(let i2=0; i2<len2; i2++){
	let data18 = data17[i2];
	if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
	if(data18.vulnerability === undefined){
	const err45 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "vulnerability"},message:"must have required property '"+"vulnerability"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(data18.statement === undefined){
	const err46 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(data18.product === undefined){
	const err47 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if(data18.identifier === undefined){
	const err48 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	if(data18.status === undefined){
	const err49 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	if(data18.justification === undefined){
	const err50 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	if(data18.allVersions === undefined){
	const err51 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "allVersions"},message:"must have required property '"+"allVersions"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	if(data18.versions === undefined){
	const err52 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	if(data18.vers === undefined){
	const err53 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "vers"},message:"must have required property '"+"vers"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	if(data18.ranges === undefined){
	const err54 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	if(data18.fromVersion === undefined){
	const err55 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	if(data18.toVersion === undefined){
	const err56 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema120.properties.statements.items.required,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	for(const key2 in data18){
	if(!(func1.call(schema120.properties.statements.items.properties, key2))){
	const err57 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	if(data18.vulnerability !== undefined){
	let data19 = data18.vulnerability;
	if(typeof data19 !== "string"){
	const err58 = {instancePath:instancePath+"/record/statements/" + i2+"/vulnerability",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/vulnerability/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.vulnerability.type,parentSchema:schema120.properties.statements.items.properties.vulnerability,data:data19};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	}
	if(data18.statement !== undefined){
	let data20 = data18.statement;
	if(typeof data20 !== "string"){
	const err59 = {instancePath:instancePath+"/record/statements/" + i2+"/statement",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.statement.type,parentSchema:schema120.properties.statements.items.properties.statement,data:data20};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data18.product !== undefined){
	let data21 = data18.product;
	if(typeof data21 !== "string"){
	const err60 = {instancePath:instancePath+"/record/statements/" + i2+"/product",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.product.type,parentSchema:schema120.properties.statements.items.properties.product,data:data21};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	if(data18.identifier !== undefined){
	let data22 = data18.identifier;
	if(typeof data22 !== "string"){
	const err61 = {instancePath:instancePath+"/record/statements/" + i2+"/identifier",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.identifier.type,parentSchema:schema120.properties.statements.items.properties.identifier,data:data22};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	if(data18.status !== undefined){
	let data23 = data18.status;
	if(!((((data23 === "affected") || (data23 === "not_affected")) || (data23 === "fixed")) || (data23 === "under_investigation"))){
	const err62 = {instancePath:instancePath+"/record/statements/" + i2+"/status",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema120.properties.statements.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema120.properties.statements.items.properties.status.enum,parentSchema:schema120.properties.statements.items.properties.status,data:data23};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	}
	if(data18.justification !== undefined){
	let data24 = data18.justification;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err63 = {instancePath:instancePath+"/record/statements/" + i2+"/justification",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/justification/type",keyword:"type",params:{type: schema120.properties.statements.items.properties.justification.type},message:"must be string,null",schema:schema120.properties.statements.items.properties.justification.type,parentSchema:schema120.properties.statements.items.properties.justification,data:data24};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	if(data18.allVersions !== undefined){
	let data25 = data18.allVersions;
	if(typeof data25 !== "boolean"){
	const err64 = {instancePath:instancePath+"/record/statements/" + i2+"/allVersions",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/allVersions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema120.properties.statements.items.properties.allVersions.type,parentSchema:schema120.properties.statements.items.properties.allVersions,data:data25};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	if(data18.versions !== undefined){
	let data26 = data18.versions;
	if(Array.isArray(data26)){
	const len3 = data26.length;
	for(let i3=0; i3<len3; i3++){
	let data27 = data26[i3];
	if(typeof data27 !== "string"){
	const err65 = {instancePath:instancePath+"/record/statements/" + i2+"/versions/" + i3,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.versions.items.type,parentSchema:schema120.properties.statements.items.properties.versions.items,data:data27};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	}
	else {
	const err66 = {instancePath:instancePath+"/record/statements/" + i2+"/versions",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.statements.items.properties.versions.type,parentSchema:schema120.properties.statements.items.properties.versions,data:data26};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	}
	if(data18.vers !== undefined){
	let data28 = data18.vers;
	if(Array.isArray(data28)){
	const len4 = data28.length;
	for(let i4=0; i4<len4; i4++){
	let data29 = data28[i4];
	if(typeof data29 !== "string"){
	const err67 = {instancePath:instancePath+"/record/statements/" + i2+"/vers/" + i4,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/vers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.vers.items.type,parentSchema:schema120.properties.statements.items.properties.vers.items,data:data29};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	}
	else {
	const err68 = {instancePath:instancePath+"/record/statements/" + i2+"/vers",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/vers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.statements.items.properties.vers.type,parentSchema:schema120.properties.statements.items.properties.vers,data:data28};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	}
	if(data18.ranges !== undefined){
	let data30 = data18.ranges;
	if(Array.isArray(data30)){
	const len5 = data30.length;
	for(let i5=0; i5<len5; i5++){
	let data31 = data30[i5];
	if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
	if(data31.introduced === undefined){
	const err69 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "introduced"},message:"must have required property '"+"introduced"+"'",schema:schema120.properties.statements.items.properties.ranges.items.required,parentSchema:schema120.properties.statements.items.properties.ranges.items,data:data31};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	if(data31.fixed === undefined){
	const err70 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "fixed"},message:"must have required property '"+"fixed"+"'",schema:schema120.properties.statements.items.properties.ranges.items.required,parentSchema:schema120.properties.statements.items.properties.ranges.items,data:data31};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	if(data31.lastAffected === undefined){
	const err71 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "lastAffected"},message:"must have required property '"+"lastAffected"+"'",schema:schema120.properties.statements.items.properties.ranges.items.required,parentSchema:schema120.properties.statements.items.properties.ranges.items,data:data31};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	for(const key3 in data31){
	if(!(((key3 === "introduced") || (key3 === "fixed")) || (key3 === "lastAffected"))){
	const err72 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema120.properties.statements.items.properties.ranges.items,data:data31};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	}
	if(data31.introduced !== undefined){
	let data32 = data31.introduced;
	if(typeof data32 !== "string"){
	const err73 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5+"/introduced",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/properties/introduced/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.statements.items.properties.ranges.items.properties.introduced.type,parentSchema:schema120.properties.statements.items.properties.ranges.items.properties.introduced,data:data32};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	}
	if(data31.fixed !== undefined){
	let data33 = data31.fixed;
	if((typeof data33 !== "string") && (data33 !== null)){
	const err74 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5+"/fixed",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/properties/fixed/type",keyword:"type",params:{type: schema120.properties.statements.items.properties.ranges.items.properties.fixed.type},message:"must be string,null",schema:schema120.properties.statements.items.properties.ranges.items.properties.fixed.type,parentSchema:schema120.properties.statements.items.properties.ranges.items.properties.fixed,data:data33};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data31.lastAffected !== undefined){
	let data34 = data31.lastAffected;
	if((typeof data34 !== "string") && (data34 !== null)){
	const err75 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5+"/lastAffected",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/properties/lastAffected/type",keyword:"type",params:{type: schema120.properties.statements.items.properties.ranges.items.properties.lastAffected.type},message:"must be string,null",schema:schema120.properties.statements.items.properties.ranges.items.properties.lastAffected.type,parentSchema:schema120.properties.statements.items.properties.ranges.items.properties.lastAffected,data:data34};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	}
	else {
	const err76 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges/" + i5,schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema120.properties.statements.items.properties.ranges.items.type,parentSchema:schema120.properties.statements.items.properties.ranges.items,data:data31};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	}
	else {
	const err77 = {instancePath:instancePath+"/record/statements/" + i2+"/ranges",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.statements.items.properties.ranges.type,parentSchema:schema120.properties.statements.items.properties.ranges,data:data30};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	}
	if(data18.fromVersion !== undefined){
	let data35 = data18.fromVersion;
	if(!(((((data35 === "affected") || (data35 === "not_affected")) || (data35 === "fixed")) || (data35 === "under_investigation")) || (data35 === null))){
	const err78 = {instancePath:instancePath+"/record/statements/" + i2+"/fromVersion",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/fromVersion/enum",keyword:"enum",params:{allowedValues: schema120.properties.statements.items.properties.fromVersion.enum},message:"must be equal to one of the allowed values",schema:schema120.properties.statements.items.properties.fromVersion.enum,parentSchema:schema120.properties.statements.items.properties.fromVersion,data:data35};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	}
	if(data18.toVersion !== undefined){
	let data36 = data18.toVersion;
	if(!(((((data36 === "affected") || (data36 === "not_affected")) || (data36 === "fixed")) || (data36 === "under_investigation")) || (data36 === null))){
	const err79 = {instancePath:instancePath+"/record/statements/" + i2+"/toVersion",schemaPath:"#/$defs/vexDocument/properties/statements/items/properties/toVersion/enum",keyword:"enum",params:{allowedValues: schema120.properties.statements.items.properties.toVersion.enum},message:"must be equal to one of the allowed values",schema:schema120.properties.statements.items.properties.toVersion.enum,parentSchema:schema120.properties.statements.items.properties.toVersion,data:data36};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	}
	}
	else {
	const err80 = {instancePath:instancePath+"/record/statements/" + i2,schemaPath:"#/$defs/vexDocument/properties/statements/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema120.properties.statements.items.type,parentSchema:schema120.properties.statements.items,data:data18};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	}
	else {
	const err81 = {instancePath:instancePath+"/record/statements",schemaPath:"#/$defs/vexDocument/properties/statements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.statements.type,parentSchema:schema120.properties.statements,data:data17};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	if(data10.notThisProduct !== undefined){
	let data37 = data10.notThisProduct;
	if(Array.isArray(data37)){
	const len6 = data37.length;
	for(let i6=0; i6<len6; i6++){
	let data38 = data37[i6];
	if(typeof data38 !== "string"){
	const err82 = {instancePath:instancePath+"/record/notThisProduct/" + i6,schemaPath:"#/$defs/vexDocument/properties/notThisProduct/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.notThisProduct.items.type,parentSchema:schema120.properties.notThisProduct.items,data:data38};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	}
	}
	else {
	const err83 = {instancePath:instancePath+"/record/notThisProduct",schemaPath:"#/$defs/vexDocument/properties/notThisProduct/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.notThisProduct.type,parentSchema:schema120.properties.notThisProduct,data:data37};
	if(vErrors === null){
	vErrors = [err83];
	}
	else {
	vErrors.push(err83);
	}
	errors++;
	}
	}
	if(data10.notThisProductCount !== undefined){
	let data39 = data10.notThisProductCount;
	if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
	const err84 = {instancePath:instancePath+"/record/notThisProductCount",schemaPath:"#/$defs/vexDocument/properties/notThisProductCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema120.properties.notThisProductCount.type,parentSchema:schema120.properties.notThisProductCount,data:data39};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	if((typeof data39 == "number") && (isFinite(data39))){
	if(data39 < 0 || isNaN(data39)){
	const err85 = {instancePath:instancePath+"/record/notThisProductCount",schemaPath:"#/$defs/vexDocument/properties/notThisProductCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema120.properties.notThisProductCount,data:data39};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	}
	if(data10.unsupported !== undefined){
	let data40 = data10.unsupported;
	if(Array.isArray(data40)){
	const len7 = data40.length;
	for(let i7=0; i7<len7; i7++){
	let data41 = data40[i7];
	if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
	if(data41.statement === undefined){
	const err86 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema120.properties.unsupported.items.required,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	if(data41.vulnerability === undefined){
	const err87 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "vulnerability"},message:"must have required property '"+"vulnerability"+"'",schema:schema120.properties.unsupported.items.required,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	if(data41.status === undefined){
	const err88 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema120.properties.unsupported.items.required,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	if(data41.product === undefined){
	const err89 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema120.properties.unsupported.items.required,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	if(data41.reason === undefined){
	const err90 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema120.properties.unsupported.items.required,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	for(const key4 in data41){
	if(!(((((key4 === "statement") || (key4 === "vulnerability")) || (key4 === "status")) || (key4 === "product")) || (key4 === "reason"))){
	const err91 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	}
	if(data41.statement !== undefined){
	let data42 = data41.statement;
	if(typeof data42 !== "string"){
	const err92 = {instancePath:instancePath+"/record/unsupported/" + i7+"/statement",schemaPath:"#/$defs/vexDocument/properties/unsupported/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.unsupported.items.properties.statement.type,parentSchema:schema120.properties.unsupported.items.properties.statement,data:data42};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	}
	if(data41.vulnerability !== undefined){
	let data43 = data41.vulnerability;
	if(typeof data43 !== "string"){
	const err93 = {instancePath:instancePath+"/record/unsupported/" + i7+"/vulnerability",schemaPath:"#/$defs/vexDocument/properties/unsupported/items/properties/vulnerability/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.unsupported.items.properties.vulnerability.type,parentSchema:schema120.properties.unsupported.items.properties.vulnerability,data:data43};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	}
	if(data41.status !== undefined){
	let data44 = data41.status;
	if(!((((data44 === "affected") || (data44 === "not_affected")) || (data44 === "fixed")) || (data44 === "under_investigation"))){
	const err94 = {instancePath:instancePath+"/record/unsupported/" + i7+"/status",schemaPath:"#/$defs/vexDocument/properties/unsupported/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema120.properties.unsupported.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema120.properties.unsupported.items.properties.status.enum,parentSchema:schema120.properties.unsupported.items.properties.status,data:data44};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	if(data41.product !== undefined){
	let data45 = data41.product;
	if(typeof data45 !== "string"){
	const err95 = {instancePath:instancePath+"/record/unsupported/" + i7+"/product",schemaPath:"#/$defs/vexDocument/properties/unsupported/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.unsupported.items.properties.product.type,parentSchema:schema120.properties.unsupported.items.properties.product,data:data45};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	if(data41.reason !== undefined){
	let data46 = data41.reason;
	if(typeof data46 !== "string"){
	const err96 = {instancePath:instancePath+"/record/unsupported/" + i7+"/reason",schemaPath:"#/$defs/vexDocument/properties/unsupported/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema120.properties.unsupported.items.properties.reason.type,parentSchema:schema120.properties.unsupported.items.properties.reason,data:data46};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	}
	}
	else {
	const err97 = {instancePath:instancePath+"/record/unsupported/" + i7,schemaPath:"#/$defs/vexDocument/properties/unsupported/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema120.properties.unsupported.items.type,parentSchema:schema120.properties.unsupported.items,data:data41};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	}
	else {
	const err98 = {instancePath:instancePath+"/record/unsupported",schemaPath:"#/$defs/vexDocument/properties/unsupported/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema120.properties.unsupported.type,parentSchema:schema120.properties.unsupported,data:data40};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	}
	}
	else {
	const err99 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/vexDocument/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema120.type,parentSchema:schema120,data:data10};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	var _valid2 = _errs37 === errors;
	valid7 = valid7 || _valid2;
	const _errs109 = errors;
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if(data10.kind === undefined){
	const err100 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema121.required,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	if(data10.status === undefined){
	const err101 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema121.required,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	if(data10.scope === undefined){
	const err102 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema121.required,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	if(data10.audience === undefined){
	const err103 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'",schema:schema121.required,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	if(data10.text === undefined){
	const err104 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema121.required,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	for(const key5 in data10){
	if(!(((((key5 === "kind") || (key5 === "status")) || (key5 === "scope")) || (key5 === "audience")) || (key5 === "text"))){
	const err105 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	}
	if(data10.kind !== undefined){
	let data47 = data10.kind;
	if("CustomerNotification" !== data47){
	const err106 = {instancePath:instancePath+"/record/kind",schemaPath:"#/$defs/customerNotification/properties/kind/const",keyword:"const",params:{allowedValue: "CustomerNotification"},message:"must be equal to constant",schema:"CustomerNotification",parentSchema:schema121.properties.kind,data:data47};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	}
	if(data10.status !== undefined){
	let data48 = data10.status;
	if(!(((data48 === "draft") || (data48 === "approved")) || (data48 === "sent"))){
	const err107 = {instancePath:instancePath+"/record/status",schemaPath:"#/$defs/customerNotification/properties/status/enum",keyword:"enum",params:{allowedValues: schema121.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema121.properties.status.enum,parentSchema:schema121.properties.status,data:data48};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	}
	if(data10.scope !== undefined){
	let data49 = data10.scope;
	if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
	if(data49.product === undefined){
	const err108 = {instancePath:instancePath+"/record/scope",schemaPath:"#/$defs/customerNotification/properties/scope/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema121.properties.scope.required,parentSchema:schema121.properties.scope,data:data49};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	if(data49.cohorts === undefined){
	const err109 = {instancePath:instancePath+"/record/scope",schemaPath:"#/$defs/customerNotification/properties/scope/required",keyword:"required",params:{missingProperty: "cohorts"},message:"must have required property '"+"cohorts"+"'",schema:schema121.properties.scope.required,parentSchema:schema121.properties.scope,data:data49};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	if(data49.configurations === undefined){
	const err110 = {instancePath:instancePath+"/record/scope",schemaPath:"#/$defs/customerNotification/properties/scope/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema121.properties.scope.required,parentSchema:schema121.properties.scope,data:data49};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	if(data49.vulnerabilities === undefined){
	const err111 = {instancePath:instancePath+"/record/scope",schemaPath:"#/$defs/customerNotification/properties/scope/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema121.properties.scope.required,parentSchema:schema121.properties.scope,data:data49};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	for(const key6 in data49){
	if(!((((key6 === "product") || (key6 === "cohorts")) || (key6 === "configurations")) || (key6 === "vulnerabilities"))){
	const err112 = {instancePath:instancePath+"/record/scope",schemaPath:"#/$defs/customerNotification/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema121.properties.scope,data:data49};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	}
	if(data49.product !== undefined){
	let data50 = data49.product;
	if(typeof data50 !== "string"){
	const err113 = {instancePath:instancePath+"/record/scope/product",schemaPath:"#/$defs/customerNotification/properties/scope/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.scope.properties.product.type,parentSchema:schema121.properties.scope.properties.product,data:data50};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	}
	if(data49.cohorts !== undefined){
	let data51 = data49.cohorts;
	if(Array.isArray(data51)){
	const len8 = data51.length;
	for(let i8=0; i8<len8; i8++){
	let data52 = data51[i8];
	if(typeof data52 !== "string"){
	const err114 = {instancePath:instancePath+"/record/scope/cohorts/" + i8,schemaPath:"#/$defs/customerNotification/properties/scope/properties/cohorts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.scope.properties.cohorts.items.type,parentSchema:schema121.properties.scope.properties.cohorts.items,data:data52};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	}
	}
	else {
	const err115 = {instancePath:instancePath+"/record/scope/cohorts",schemaPath:"#/$defs/customerNotification/properties/scope/properties/cohorts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.scope.properties.cohorts.type,parentSchema:schema121.properties.scope.properties.cohorts,data:data51};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	if(data49.configurations !== undefined){
	let data53 = data49.configurations;
	if(Array.isArray(data53)){
	const len9 = data53.length;
	for(let i9=0; i9<len9; i9++){
	let data54 = data53[i9];
	if(typeof data54 !== "string"){
	const err116 = {instancePath:instancePath+"/record/scope/configurations/" + i9,schemaPath:"#/$defs/customerNotification/properties/scope/properties/configurations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.scope.properties.configurations.items.type,parentSchema:schema121.properties.scope.properties.configurations.items,data:data54};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	}
	else {
	const err117 = {instancePath:instancePath+"/record/scope/configurations",schemaPath:"#/$defs/customerNotification/properties/scope/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.scope.properties.configurations.type,parentSchema:schema121.properties.scope.properties.configurations,data:data53};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	}
	if(data49.vulnerabilities !== undefined){
	let data55 = data49.vulnerabilities;
	if(Array.isArray(data55)){
	const len10 = data55.length;
	for(let i10=0; i10<len10; i10++){
	let data56 = data55[i10];
	if(typeof data56 !== "string"){
	const err118 = {instancePath:instancePath+"/record/scope/vulnerabilities/" + i10,schemaPath:"#/$defs/customerNotification/properties/scope/properties/vulnerabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.scope.properties.vulnerabilities.items.type,parentSchema:schema121.properties.scope.properties.vulnerabilities.items,data:data56};
	if(vErrors === null){
	vErrors = [err118];
	}
	else {
	vErrors.push(err118);
	}
	errors++;
	}
	}
	}
	else {
	const err119 = {instancePath:instancePath+"/record/scope/vulnerabilities",schemaPath:"#/$defs/customerNotification/properties/scope/properties/vulnerabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.scope.properties.vulnerabilities.type,parentSchema:schema121.properties.scope.properties.vulnerabilities,data:data55};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	}
	}
	else {
	const err120 = {instancePath:instancePath+"/record/scope",schemaPath:"#/$defs/customerNotification/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.properties.scope.type,parentSchema:schema121.properties.scope,data:data49};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	}
	if(data10.audience !== undefined){
	let data57 = data10.audience;
	if(typeof data57 !== "string"){
	const err121 = {instancePath:instancePath+"/record/audience",schemaPath:"#/$defs/customerNotification/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.audience.type,parentSchema:schema121.properties.audience,data:data57};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	}
	if(data10.text !== undefined){
	let data58 = data10.text;
	if(typeof data58 !== "string"){
	const err122 = {instancePath:instancePath+"/record/text",schemaPath:"#/$defs/customerNotification/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.text.type,parentSchema:schema121.properties.text,data:data58};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	}
	}
	else {
	const err123 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/customerNotification/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.type,parentSchema:schema121,data:data10};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	var _valid2 = _errs109 === errors;
	valid7 = valid7 || _valid2;
	const _errs136 = errors;
	if(!(validate48(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs136 === errors;
	valid7 = valid7 || _valid2;
	const _errs137 = errors;
	if(!(validate50(data10, {instancePath:instancePath+"/record",parentData:data,parentDataProperty:"record",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
	errors = vErrors.length;
	}
	var _valid2 = _errs137 === errors;
	valid7 = valid7 || _valid2;
	const _errs138 = errors;
	if(data10 !== null){
	const err124 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/anyOf/8/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema102.properties.record.anyOf[8].type,parentSchema:schema102.properties.record.anyOf[8],data:data10};
	if(vErrors === null){
	vErrors = [err124];
	}
	else {
	vErrors.push(err124);
	}
	errors++;
	}
	var _valid2 = _errs138 === errors;
	valid7 = valid7 || _valid2;
	if(!valid7){
	const err125 = {instancePath:instancePath+"/record",schemaPath:"#/properties/record/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.record.anyOf,parentSchema:schema102.properties.record,data:data10};
	if(vErrors === null){
	vErrors = [err125];
	}
	else {
	vErrors.push(err125);
	}
	errors++;
	}
	else {
	errors = _errs32;
	if(vErrors !== null){
	if(_errs32){
	vErrors.length = _errs32;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.verification !== undefined){
	let data59 = data.verification;
	const _errs141 = errors;
	let valid36 = false;
	const _errs142 = errors;
	if(!(validate52(data59, {instancePath:instancePath+"/verification",parentData:data,parentDataProperty:"verification",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
	errors = vErrors.length;
	}
	var _valid3 = _errs142 === errors;
	valid36 = valid36 || _valid3;
	const _errs143 = errors;
	if(!(validate58(data59, {instancePath:instancePath+"/verification",parentData:data,parentDataProperty:"verification",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
	errors = vErrors.length;
	}
	var _valid3 = _errs143 === errors;
	valid36 = valid36 || _valid3;
	const _errs144 = errors;
	if(data59 !== null){
	const err126 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema102.properties.verification.anyOf[2].type,parentSchema:schema102.properties.verification.anyOf[2],data:data59};
	if(vErrors === null){
	vErrors = [err126];
	}
	else {
	vErrors.push(err126);
	}
	errors++;
	}
	var _valid3 = _errs144 === errors;
	valid36 = valid36 || _valid3;
	if(!valid36){
	const err127 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.verification.anyOf,parentSchema:schema102.properties.verification,data:data59};
	if(vErrors === null){
	vErrors = [err127];
	}
	else {
	vErrors.push(err127);
	}
	errors++;
	}
	else {
	errors = _errs141;
	if(vErrors !== null){
	if(_errs141){
	vErrors.length = _errs141;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data.alternatives !== undefined){
	let data60 = data.alternatives;
	if(Array.isArray(data60)){
	if(data60.length > 31){
	const err128 = {instancePath:instancePath+"/alternatives",schemaPath:"#/properties/alternatives/maxItems",keyword:"maxItems",params:{limit: 31},message:"must NOT have more than 31 items",schema:31,parentSchema:schema102.properties.alternatives,data:data60};
	if(vErrors === null){
	vErrors = [err128];
	}
	else {
	vErrors.push(err128);
	}
	errors++;
	}
	const len11 = data60.length;
	for(let i11=0; i11<len11; i11++){
	if(!(validate58(data60[i11], {instancePath:instancePath+"/alternatives/" + i11,parentData:data60,parentDataProperty:i11,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err129 = {instancePath:instancePath+"/alternatives",schemaPath:"#/properties/alternatives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema102.properties.alternatives.type,parentSchema:schema102.properties.alternatives,data:data60};
	if(vErrors === null){
	vErrors = [err129];
	}
	else {
	vErrors.push(err129);
	}
	errors++;
	}
	}
	if(data.attestation !== undefined){
	let data62 = data.attestation;
	const _errs150 = errors;
	let valid39 = false;
	const _errs151 = errors;
	if(!(validate62(data62, {instancePath:instancePath+"/attestation",parentData:data,parentDataProperty:"attestation",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
	errors = vErrors.length;
	}
	var _valid4 = _errs151 === errors;
	valid39 = valid39 || _valid4;
	const _errs152 = errors;
	if(data62 !== null){
	const err130 = {instancePath:instancePath+"/attestation",schemaPath:"#/properties/attestation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema102.properties.attestation.anyOf[1].type,parentSchema:schema102.properties.attestation.anyOf[1],data:data62};
	if(vErrors === null){
	vErrors = [err130];
	}
	else {
	vErrors.push(err130);
	}
	errors++;
	}
	var _valid4 = _errs152 === errors;
	valid39 = valid39 || _valid4;
	if(!valid39){
	const err131 = {instancePath:instancePath+"/attestation",schemaPath:"#/properties/attestation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema102.properties.attestation.anyOf,parentSchema:schema102.properties.attestation,data:data62};
	if(vErrors === null){
	vErrors = [err131];
	}
	else {
	vErrors.push(err131);
	}
	errors++;
	}
	else {
	errors = _errs150;
	if(vErrors !== null){
	if(_errs150){
	vErrors.length = _errs150;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	}
	else {
	const err132 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
	if(vErrors === null){
	vErrors = [err132];
	}
	else {
	vErrors.push(err132);
	}
	errors++;
	}
	validate39.errors = vErrors;
	return errors === 0;
	}
	validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	const schema147 = {"title":"Retained report","description":"One report the gate wrote earlier (schemas/report.schema.json), as the gate runner retained it.","type":"object","additionalProperties":false,"required":["file","sha256","product","cohort","fromVersion","toVersion","decision","evaluationTime"],"properties":{"file":{"type":"string","minLength":1,"description":"How errors and findings name the report file."},"sha256":{"$ref":"#/$defs/sha256"},"product":{"type":"string","minLength":1},"cohort":{"type":"string","minLength":1},"fromVersion":{"type":"string","minLength":1},"toVersion":{"type":"string","minLength":1},"decision":{"enum":["approve","conditional","reject"]},"evaluationTime":{"$ref":"#/$defs/timestamp","description":"The report's evaluation time."}}};
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;

	function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate66.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.file === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.sha256 === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.product === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.cohort === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.fromVersion === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.toVersion === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.decision === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.evaluationTime === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evaluationTime"},message:"must have required property '"+"evaluationTime"+"'",schema:schema147.required,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((((key0 === "file") || (key0 === "sha256")) || (key0 === "product")) || (key0 === "cohort")) || (key0 === "fromVersion")) || (key0 === "toVersion")) || (key0 === "decision")) || (key0 === "evaluationTime"))){
	const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.file !== undefined){
	let data0 = data.file;
	if(typeof data0 === "string"){
	if(func2(data0) < 1){
	const err9 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema147.properties.file,data:data0};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.properties.file.type,parentSchema:schema147.properties.file,data:data0};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.sha256 !== undefined){
	let data1 = data.sha256;
	if(typeof data1 === "string"){
	if(!pattern18.test(data1)){
	const err11 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data1};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	else {
	const err12 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data1};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.product !== undefined){
	let data2 = data.product;
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	const err13 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema147.properties.product,data:data2};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	else {
	const err14 = {instancePath:instancePath+"/product",schemaPath:"#/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.properties.product.type,parentSchema:schema147.properties.product,data:data2};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data.cohort !== undefined){
	let data3 = data.cohort;
	if(typeof data3 === "string"){
	if(func2(data3) < 1){
	const err15 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema147.properties.cohort,data:data3};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	else {
	const err16 = {instancePath:instancePath+"/cohort",schemaPath:"#/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.properties.cohort.type,parentSchema:schema147.properties.cohort,data:data3};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	if(data.fromVersion !== undefined){
	let data4 = data.fromVersion;
	if(typeof data4 === "string"){
	if(func2(data4) < 1){
	const err17 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/properties/fromVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema147.properties.fromVersion,data:data4};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	else {
	const err18 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/properties/fromVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.properties.fromVersion.type,parentSchema:schema147.properties.fromVersion,data:data4};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data.toVersion !== undefined){
	let data5 = data.toVersion;
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	const err19 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema147.properties.toVersion,data:data5};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	else {
	const err20 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema147.properties.toVersion.type,parentSchema:schema147.properties.toVersion,data:data5};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	}
	if(data.decision !== undefined){
	let data6 = data.decision;
	if(!(((data6 === "approve") || (data6 === "conditional")) || (data6 === "reject"))){
	const err21 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema147.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema147.properties.decision.enum,parentSchema:schema147.properties.decision,data:data6};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data.evaluationTime !== undefined){
	let data7 = data.evaluationTime;
	if(typeof data7 === "string"){
	if(!pattern27.test(data7)){
	const err22 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data7};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(!(formats0.validate(data7))){
	const err23 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data7};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data7};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	}
	else {
	const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema147.type,parentSchema:schema147,data};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	validate66.errors = vErrors;
	return errors === 0;
	}
	validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate36.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema91.required,parentSchema:schema91,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.evaluationTime === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evaluationTime"},message:"must have required property '"+"evaluationTime"+"'",schema:schema91.required,parentSchema:schema91,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.package === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema91.required,parentSchema:schema91,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.evidence === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema91.required,parentSchema:schema91,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((((key0 === "apiVersion") || (key0 === "evaluationTime")) || (key0 === "package")) || (key0 === "evidence")) || (key0 === "retainedReports")) || (key0 === "change")) || (key0 === "github")) || (key0 === "release"))){
	const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data0 = data.apiVersion;
	if("update-gate.dev/policy-input/v1" !== data0){
	const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/policy-input/v1"},message:"must be equal to constant",schema:"update-gate.dev/policy-input/v1",parentSchema:schema91.properties.apiVersion,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	if(data.evaluationTime !== undefined){
	let data1 = data.evaluationTime;
	if(typeof data1 === "string"){
	if(!pattern27.test(data1)){
	const err6 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema92,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(!(formats0.validate(data1))){
	const err7 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema92,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	else {
	const err8 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data1};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.package !== undefined){
	if(!(validate37(data.package, {instancePath:instancePath+"/package",parentData:data,parentDataProperty:"package",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
	errors = vErrors.length;
	}
	}
	if(data.evidence !== undefined){
	let data3 = data.evidence;
	if(Array.isArray(data3)){
	const len0 = data3.length;
	for(let i0=0; i0<len0; i0++){
	if(!(validate39(data3[i0], {instancePath:instancePath+"/evidence/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err9 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.evidence.type,parentSchema:schema91.properties.evidence,data:data3};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.retainedReports !== undefined){
	let data5 = data.retainedReports;
	if(Array.isArray(data5)){
	const len1 = data5.length;
	for(let i1=0; i1<len1; i1++){
	if(!(validate66(data5[i1], {instancePath:instancePath+"/retainedReports/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err10 = {instancePath:instancePath+"/retainedReports",schemaPath:"#/properties/retainedReports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.retainedReports.type,parentSchema:schema91.properties.retainedReports,data:data5};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.change !== undefined){
	let data7 = data.change;
	if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
	if(data7.event === undefined){
	const err11 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema91.properties.change.required,parentSchema:schema91.properties.change,data:data7};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	if(data7.gateConfigurationChanged === undefined){
	const err12 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/required",keyword:"required",params:{missingProperty: "gateConfigurationChanged"},message:"must have required property '"+"gateConfigurationChanged"+"'",schema:schema91.properties.change.required,parentSchema:schema91.properties.change,data:data7};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	for(const key1 in data7){
	if(!((key1 === "event") || (key1 === "gateConfigurationChanged"))){
	const err13 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.change,data:data7};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data7.event !== undefined){
	let data8 = data7.event;
	if(typeof data8 !== "string"){
	const err14 = {instancePath:instancePath+"/change/event",schemaPath:"#/properties/change/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.change.properties.event.type,parentSchema:schema91.properties.change.properties.event,data:data8};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	}
	if(data7.gateConfigurationChanged !== undefined){
	let data9 = data7.gateConfigurationChanged;
	if(Array.isArray(data9)){
	const len2 = data9.length;
	for(let i2=0; i2<len2; i2++){
	let data10 = data9[i2];
	if(typeof data10 !== "string"){
	const err15 = {instancePath:instancePath+"/change/gateConfigurationChanged/" + i2,schemaPath:"#/properties/change/properties/gateConfigurationChanged/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.change.properties.gateConfigurationChanged.items.type,parentSchema:schema91.properties.change.properties.gateConfigurationChanged.items,data:data10};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	}
	}
	else {
	const err16 = {instancePath:instancePath+"/change/gateConfigurationChanged",schemaPath:"#/properties/change/properties/gateConfigurationChanged/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.change.properties.gateConfigurationChanged.type,parentSchema:schema91.properties.change.properties.gateConfigurationChanged,data:data9};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	}
	}
	else {
	const err17 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.change.type,parentSchema:schema91.properties.change,data:data7};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	}
	if(data.github !== undefined){
	let data11 = data.github;
	if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
	if(data11.event === undefined){
	const err18 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	if(data11.repository === undefined){
	const err19 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if(data11.headSha === undefined){
	const err20 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "headSha"},message:"must have required property '"+"headSha"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data11.evidenceSha === undefined){
	const err21 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "evidenceSha"},message:"must have required property '"+"evidenceSha"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	if(data11.author === undefined){
	const err22 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	if(data11.reviews === undefined){
	const err23 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "reviews"},message:"must have required property '"+"reviews"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	if(data11.deploymentApprovals === undefined){
	const err24 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/required",keyword:"required",params:{missingProperty: "deploymentApprovals"},message:"must have required property '"+"deploymentApprovals"+"'",schema:schema91.properties.github.required,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	for(const key2 in data11){
	if(!(func1.call(schema91.properties.github.properties, key2))){
	const err25 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data11.event !== undefined){
	let data12 = data11.event;
	if(typeof data12 !== "string"){
	const err26 = {instancePath:instancePath+"/github/event",schemaPath:"#/properties/github/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.event.type,parentSchema:schema91.properties.github.properties.event,data:data12};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data11.repository !== undefined){
	let data13 = data11.repository;
	if(typeof data13 !== "string"){
	const err27 = {instancePath:instancePath+"/github/repository",schemaPath:"#/properties/github/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.repository.type,parentSchema:schema91.properties.github.properties.repository,data:data13};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	}
	if(data11.pullRequest !== undefined){
	let data14 = data11.pullRequest;
	if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
	const err28 = {instancePath:instancePath+"/github/pullRequest",schemaPath:"#/properties/github/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.github.properties.pullRequest.type,parentSchema:schema91.properties.github.properties.pullRequest,data:data14};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if((typeof data14 == "number") && (isFinite(data14))){
	if(data14 < 1 || isNaN(data14)){
	const err29 = {instancePath:instancePath+"/github/pullRequest",schemaPath:"#/properties/github/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema91.properties.github.properties.pullRequest,data:data14};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	}
	}
	if(data11.runId !== undefined){
	let data15 = data11.runId;
	if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
	const err30 = {instancePath:instancePath+"/github/runId",schemaPath:"#/properties/github/properties/runId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.github.properties.runId.type,parentSchema:schema91.properties.github.properties.runId,data:data15};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	if((typeof data15 == "number") && (isFinite(data15))){
	if(data15 < 1 || isNaN(data15)){
	const err31 = {instancePath:instancePath+"/github/runId",schemaPath:"#/properties/github/properties/runId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema91.properties.github.properties.runId,data:data15};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	}
	if(data11.headSha !== undefined){
	let data16 = data11.headSha;
	if(typeof data16 === "string"){
	if(!pattern67.test(data16)){
	const err32 = {instancePath:instancePath+"/github/headSha",schemaPath:"#/$defs/gitSha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema150,data:data16};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	}
	else {
	const err33 = {instancePath:instancePath+"/github/headSha",schemaPath:"#/$defs/gitSha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.type,parentSchema:schema150,data:data16};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data11.evidenceSha !== undefined){
	let data17 = data11.evidenceSha;
	const _errs37 = errors;
	let valid11 = false;
	let passing0 = null;
	const _errs38 = errors;
	if(typeof data17 === "string"){
	if(!pattern67.test(data17)){
	const err34 = {instancePath:instancePath+"/github/evidenceSha",schemaPath:"#/$defs/gitSha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema150,data:data17};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	else {
	const err35 = {instancePath:instancePath+"/github/evidenceSha",schemaPath:"#/$defs/gitSha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.type,parentSchema:schema150,data:data17};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	var _valid0 = _errs38 === errors;
	if(_valid0){
	valid11 = true;
	passing0 = 0;
	}
	const _errs41 = errors;
	if(data17 !== null){
	const err36 = {instancePath:instancePath+"/github/evidenceSha",schemaPath:"#/properties/github/properties/evidenceSha/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema91.properties.github.properties.evidenceSha.oneOf[1].type,parentSchema:schema91.properties.github.properties.evidenceSha.oneOf[1],data:data17};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	var _valid0 = _errs41 === errors;
	if(_valid0 && valid11){
	valid11 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid11 = true;
	passing0 = 1;
	}
	}
	if(!valid11){
	const err37 = {instancePath:instancePath+"/github/evidenceSha",schemaPath:"#/properties/github/properties/evidenceSha/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema91.properties.github.properties.evidenceSha.oneOf,parentSchema:schema91.properties.github.properties.evidenceSha,data:data17};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	else {
	errors = _errs37;
	if(vErrors !== null){
	if(_errs37){
	vErrors.length = _errs37;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data11.author !== undefined){
	let data18 = data11.author;
	if((typeof data18 !== "string") && (data18 !== null)){
	const err38 = {instancePath:instancePath+"/github/author",schemaPath:"#/properties/github/properties/author/type",keyword:"type",params:{type: schema91.properties.github.properties.author.type},message:"must be string,null",schema:schema91.properties.github.properties.author.type,parentSchema:schema91.properties.github.properties.author,data:data18};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	if(data11.reviews !== undefined){
	let data19 = data11.reviews;
	if(Array.isArray(data19)){
	const len3 = data19.length;
	for(let i3=0; i3<len3; i3++){
	let data20 = data19[i3];
	if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
	if(data20.login === undefined){
	const err39 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema91.properties.github.properties.reviews.items.required,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	if(data20.state === undefined){
	const err40 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema91.properties.github.properties.reviews.items.required,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	if(data20.commitId === undefined){
	const err41 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/required",keyword:"required",params:{missingProperty: "commitId"},message:"must have required property '"+"commitId"+"'",schema:schema91.properties.github.properties.reviews.items.required,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	if(data20.submittedAt === undefined){
	const err42 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/required",keyword:"required",params:{missingProperty: "submittedAt"},message:"must have required property '"+"submittedAt"+"'",schema:schema91.properties.github.properties.reviews.items.required,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	if(data20.byAuthor === undefined){
	const err43 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/required",keyword:"required",params:{missingProperty: "byAuthor"},message:"must have required property '"+"byAuthor"+"'",schema:schema91.properties.github.properties.reviews.items.required,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	for(const key3 in data20){
	if(!(((((key3 === "login") || (key3 === "state")) || (key3 === "commitId")) || (key3 === "submittedAt")) || (key3 === "byAuthor"))){
	const err44 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data20.login !== undefined){
	let data21 = data20.login;
	if(typeof data21 === "string"){
	if(func2(data21) < 1){
	const err45 = {instancePath:instancePath+"/github/reviews/" + i3+"/login",schemaPath:"#/properties/github/properties/reviews/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.github.properties.reviews.items.properties.login,data:data21};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	else {
	const err46 = {instancePath:instancePath+"/github/reviews/" + i3+"/login",schemaPath:"#/properties/github/properties/reviews/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.reviews.items.properties.login.type,parentSchema:schema91.properties.github.properties.reviews.items.properties.login,data:data21};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	if(data20.state !== undefined){
	let data22 = data20.state;
	if(!(((data22 === "APPROVED") || (data22 === "CHANGES_REQUESTED")) || (data22 === "DISMISSED"))){
	const err47 = {instancePath:instancePath+"/github/reviews/" + i3+"/state",schemaPath:"#/properties/github/properties/reviews/items/properties/state/enum",keyword:"enum",params:{allowedValues: schema91.properties.github.properties.reviews.items.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.github.properties.reviews.items.properties.state.enum,parentSchema:schema91.properties.github.properties.reviews.items.properties.state,data:data22};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	if(data20.commitId !== undefined){
	let data23 = data20.commitId;
	const _errs54 = errors;
	let valid16 = false;
	let passing1 = null;
	const _errs55 = errors;
	if(typeof data23 === "string"){
	if(!pattern67.test(data23)){
	const err48 = {instancePath:instancePath+"/github/reviews/" + i3+"/commitId",schemaPath:"#/$defs/gitSha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema150,data:data23};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/github/reviews/" + i3+"/commitId",schemaPath:"#/$defs/gitSha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema150.type,parentSchema:schema150,data:data23};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	var _valid1 = _errs55 === errors;
	if(_valid1){
	valid16 = true;
	passing1 = 0;
	}
	const _errs58 = errors;
	if(data23 !== null){
	const err50 = {instancePath:instancePath+"/github/reviews/" + i3+"/commitId",schemaPath:"#/properties/github/properties/reviews/items/properties/commitId/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema91.properties.github.properties.reviews.items.properties.commitId.oneOf[1].type,parentSchema:schema91.properties.github.properties.reviews.items.properties.commitId.oneOf[1],data:data23};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	var _valid1 = _errs58 === errors;
	if(_valid1 && valid16){
	valid16 = false;
	passing1 = [passing1, 1];
	}
	else {
	if(_valid1){
	valid16 = true;
	passing1 = 1;
	}
	}
	if(!valid16){
	const err51 = {instancePath:instancePath+"/github/reviews/" + i3+"/commitId",schemaPath:"#/properties/github/properties/reviews/items/properties/commitId/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema91.properties.github.properties.reviews.items.properties.commitId.oneOf,parentSchema:schema91.properties.github.properties.reviews.items.properties.commitId,data:data23};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	else {
	errors = _errs54;
	if(vErrors !== null){
	if(_errs54){
	vErrors.length = _errs54;
	}
	else {
	vErrors = null;
	}
	}
	}
	}
	if(data20.submittedAt !== undefined){
	let data24 = data20.submittedAt;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err52 = {instancePath:instancePath+"/github/reviews/" + i3+"/submittedAt",schemaPath:"#/properties/github/properties/reviews/items/properties/submittedAt/type",keyword:"type",params:{type: schema91.properties.github.properties.reviews.items.properties.submittedAt.type},message:"must be string,null",schema:schema91.properties.github.properties.reviews.items.properties.submittedAt.type,parentSchema:schema91.properties.github.properties.reviews.items.properties.submittedAt,data:data24};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	if(data20.byAuthor !== undefined){
	let data25 = data20.byAuthor;
	if(typeof data25 !== "boolean"){
	const err53 = {instancePath:instancePath+"/github/reviews/" + i3+"/byAuthor",schemaPath:"#/properties/github/properties/reviews/items/properties/byAuthor/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema91.properties.github.properties.reviews.items.properties.byAuthor.type,parentSchema:schema91.properties.github.properties.reviews.items.properties.byAuthor,data:data25};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	}
	}
	else {
	const err54 = {instancePath:instancePath+"/github/reviews/" + i3,schemaPath:"#/properties/github/properties/reviews/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.github.properties.reviews.items.type,parentSchema:schema91.properties.github.properties.reviews.items,data:data20};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	}
	else {
	const err55 = {instancePath:instancePath+"/github/reviews",schemaPath:"#/properties/github/properties/reviews/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.github.properties.reviews.type,parentSchema:schema91.properties.github.properties.reviews,data:data19};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	if(data11.pushes !== undefined){
	let data26 = data11.pushes;
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	if(data26.branch === undefined){
	const err56 = {instancePath:instancePath+"/github/pushes",schemaPath:"#/properties/github/properties/pushes/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema91.properties.github.properties.pushes.required,parentSchema:schema91.properties.github.properties.pushes,data:data26};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	if(data26.logins === undefined){
	const err57 = {instancePath:instancePath+"/github/pushes",schemaPath:"#/properties/github/properties/pushes/required",keyword:"required",params:{missingProperty: "logins"},message:"must have required property '"+"logins"+"'",schema:schema91.properties.github.properties.pushes.required,parentSchema:schema91.properties.github.properties.pushes,data:data26};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	if(data26.headPushed === undefined){
	const err58 = {instancePath:instancePath+"/github/pushes",schemaPath:"#/properties/github/properties/pushes/required",keyword:"required",params:{missingProperty: "headPushed"},message:"must have required property '"+"headPushed"+"'",schema:schema91.properties.github.properties.pushes.required,parentSchema:schema91.properties.github.properties.pushes,data:data26};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	for(const key4 in data26){
	if(!(((key4 === "branch") || (key4 === "logins")) || (key4 === "headPushed"))){
	const err59 = {instancePath:instancePath+"/github/pushes",schemaPath:"#/properties/github/properties/pushes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.github.properties.pushes,data:data26};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data26.branch !== undefined){
	let data27 = data26.branch;
	if((typeof data27 !== "string") && (data27 !== null)){
	const err60 = {instancePath:instancePath+"/github/pushes/branch",schemaPath:"#/properties/github/properties/pushes/properties/branch/type",keyword:"type",params:{type: schema91.properties.github.properties.pushes.properties.branch.type},message:"must be string,null",schema:schema91.properties.github.properties.pushes.properties.branch.type,parentSchema:schema91.properties.github.properties.pushes.properties.branch,data:data27};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	if(data26.logins !== undefined){
	let data28 = data26.logins;
	if(Array.isArray(data28)){
	const len4 = data28.length;
	for(let i4=0; i4<len4; i4++){
	let data29 = data28[i4];
	if(typeof data29 === "string"){
	if(func2(data29) < 1){
	const err61 = {instancePath:instancePath+"/github/pushes/logins/" + i4,schemaPath:"#/properties/github/properties/pushes/properties/logins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.github.properties.pushes.properties.logins.items,data:data29};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	else {
	const err62 = {instancePath:instancePath+"/github/pushes/logins/" + i4,schemaPath:"#/properties/github/properties/pushes/properties/logins/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.pushes.properties.logins.items.type,parentSchema:schema91.properties.github.properties.pushes.properties.logins.items,data:data29};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	}
	}
	else {
	const err63 = {instancePath:instancePath+"/github/pushes/logins",schemaPath:"#/properties/github/properties/pushes/properties/logins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.github.properties.pushes.properties.logins.type,parentSchema:schema91.properties.github.properties.pushes.properties.logins,data:data28};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	if(data26.headPushed !== undefined){
	let data30 = data26.headPushed;
	if(typeof data30 !== "boolean"){
	const err64 = {instancePath:instancePath+"/github/pushes/headPushed",schemaPath:"#/properties/github/properties/pushes/properties/headPushed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema91.properties.github.properties.pushes.properties.headPushed.type,parentSchema:schema91.properties.github.properties.pushes.properties.headPushed,data:data30};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	}
	else {
	const err65 = {instancePath:instancePath+"/github/pushes",schemaPath:"#/properties/github/properties/pushes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.github.properties.pushes.type,parentSchema:schema91.properties.github.properties.pushes,data:data26};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	if(data11.deploymentApprovals !== undefined){
	let data31 = data11.deploymentApprovals;
	if(Array.isArray(data31)){
	const len5 = data31.length;
	for(let i5=0; i5<len5; i5++){
	let data32 = data31[i5];
	if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
	if(data32.login === undefined){
	const err66 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema91.properties.github.properties.deploymentApprovals.items.required,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	if(data32.state === undefined){
	const err67 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema91.properties.github.properties.deploymentApprovals.items.required,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	if(data32.environments === undefined){
	const err68 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema91.properties.github.properties.deploymentApprovals.items.required,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	if(data32.comment === undefined){
	const err69 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema91.properties.github.properties.deploymentApprovals.items.required,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	if(data32.byAuthor === undefined){
	const err70 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/required",keyword:"required",params:{missingProperty: "byAuthor"},message:"must have required property '"+"byAuthor"+"'",schema:schema91.properties.github.properties.deploymentApprovals.items.required,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	for(const key5 in data32){
	if(!(((((key5 === "login") || (key5 === "state")) || (key5 === "environments")) || (key5 === "comment")) || (key5 === "byAuthor"))){
	const err71 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	}
	if(data32.login !== undefined){
	let data33 = data32.login;
	if(typeof data33 === "string"){
	if(func2(data33) < 1){
	const err72 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/login",schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.login,data:data33};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	}
	else {
	const err73 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/login",schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.deploymentApprovals.items.properties.login.type,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.login,data:data33};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	}
	if(data32.state !== undefined){
	let data34 = data32.state;
	if(!(((data34 === "approved") || (data34 === "rejected")) || (data34 === "pending"))){
	const err74 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/state",schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/state/enum",keyword:"enum",params:{allowedValues: schema91.properties.github.properties.deploymentApprovals.items.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.github.properties.deploymentApprovals.items.properties.state.enum,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.state,data:data34};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data32.environments !== undefined){
	let data35 = data32.environments;
	if(Array.isArray(data35)){
	const len6 = data35.length;
	for(let i6=0; i6<len6; i6++){
	let data36 = data35[i6];
	if(typeof data36 !== "string"){
	const err75 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/environments/" + i6,schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.deploymentApprovals.items.properties.environments.items.type,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.environments.items,data:data36};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	}
	else {
	const err76 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/environments",schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.github.properties.deploymentApprovals.items.properties.environments.type,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.environments,data:data35};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	if(data32.comment !== undefined){
	let data37 = data32.comment;
	if(typeof data37 !== "string"){
	const err77 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/comment",schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.github.properties.deploymentApprovals.items.properties.comment.type,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.comment,data:data37};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	}
	if(data32.byAuthor !== undefined){
	let data38 = data32.byAuthor;
	if(typeof data38 !== "boolean"){
	const err78 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5+"/byAuthor",schemaPath:"#/properties/github/properties/deploymentApprovals/items/properties/byAuthor/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema91.properties.github.properties.deploymentApprovals.items.properties.byAuthor.type,parentSchema:schema91.properties.github.properties.deploymentApprovals.items.properties.byAuthor,data:data38};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	}
	}
	else {
	const err79 = {instancePath:instancePath+"/github/deploymentApprovals/" + i5,schemaPath:"#/properties/github/properties/deploymentApprovals/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.github.properties.deploymentApprovals.items.type,parentSchema:schema91.properties.github.properties.deploymentApprovals.items,data:data32};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	}
	}
	else {
	const err80 = {instancePath:instancePath+"/github/deploymentApprovals",schemaPath:"#/properties/github/properties/deploymentApprovals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.github.properties.deploymentApprovals.type,parentSchema:schema91.properties.github.properties.deploymentApprovals,data:data31};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	}
	else {
	const err81 = {instancePath:instancePath+"/github",schemaPath:"#/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.github.type,parentSchema:schema91.properties.github,data:data11};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	if(data.release !== undefined){
	let data39 = data.release;
	if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
	if(data39.tag === undefined){
	const err82 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'",schema:schema91.properties.release.required,parentSchema:schema91.properties.release,data:data39};
	if(vErrors === null){
	vErrors = [err82];
	}
	else {
	vErrors.push(err82);
	}
	errors++;
	}
	if(data39.assets === undefined){
	const err83 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/required",keyword:"required",params:{missingProperty: "assets"},message:"must have required property '"+"assets"+"'",schema:schema91.properties.release.required,parentSchema:schema91.properties.release,data:data39};
	if(vErrors === null){
	vErrors = [err83];
	}
	else {
	vErrors.push(err83);
	}
	errors++;
	}
	if(data39.packageFiles === undefined){
	const err84 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/required",keyword:"required",params:{missingProperty: "packageFiles"},message:"must have required property '"+"packageFiles"+"'",schema:schema91.properties.release.required,parentSchema:schema91.properties.release,data:data39};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	for(const key6 in data39){
	if(!(((key6 === "tag") || (key6 === "assets")) || (key6 === "packageFiles"))){
	const err85 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.release,data:data39};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	if(data39.tag !== undefined){
	let data40 = data39.tag;
	if(typeof data40 !== "string"){
	const err86 = {instancePath:instancePath+"/release/tag",schemaPath:"#/properties/release/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.release.properties.tag.type,parentSchema:schema91.properties.release.properties.tag,data:data40};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	}
	if(data39.assets !== undefined){
	let data41 = data39.assets;
	if(Array.isArray(data41)){
	const len7 = data41.length;
	for(let i7=0; i7<len7; i7++){
	let data42 = data41[i7];
	if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
	if(data42.name === undefined){
	const err87 = {instancePath:instancePath+"/release/assets/" + i7,schemaPath:"#/properties/release/properties/assets/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema91.properties.release.properties.assets.items.required,parentSchema:schema91.properties.release.properties.assets.items,data:data42};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	if(data42.size === undefined){
	const err88 = {instancePath:instancePath+"/release/assets/" + i7,schemaPath:"#/properties/release/properties/assets/items/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema91.properties.release.properties.assets.items.required,parentSchema:schema91.properties.release.properties.assets.items,data:data42};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	if(data42.sha256 === undefined){
	const err89 = {instancePath:instancePath+"/release/assets/" + i7,schemaPath:"#/properties/release/properties/assets/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema91.properties.release.properties.assets.items.required,parentSchema:schema91.properties.release.properties.assets.items,data:data42};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	for(const key7 in data42){
	if(!(((key7 === "name") || (key7 === "size")) || (key7 === "sha256"))){
	const err90 = {instancePath:instancePath+"/release/assets/" + i7,schemaPath:"#/properties/release/properties/assets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.release.properties.assets.items,data:data42};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	}
	if(data42.name !== undefined){
	let data43 = data42.name;
	if(typeof data43 !== "string"){
	const err91 = {instancePath:instancePath+"/release/assets/" + i7+"/name",schemaPath:"#/properties/release/properties/assets/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.release.properties.assets.items.properties.name.type,parentSchema:schema91.properties.release.properties.assets.items.properties.name,data:data43};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	}
	if(data42.size !== undefined){
	let data44 = data42.size;
	if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
	const err92 = {instancePath:instancePath+"/release/assets/" + i7+"/size",schemaPath:"#/properties/release/properties/assets/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema91.properties.release.properties.assets.items.properties.size.type,parentSchema:schema91.properties.release.properties.assets.items.properties.size,data:data44};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	if((typeof data44 == "number") && (isFinite(data44))){
	if(data44 < 0 || isNaN(data44)){
	const err93 = {instancePath:instancePath+"/release/assets/" + i7+"/size",schemaPath:"#/properties/release/properties/assets/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema91.properties.release.properties.assets.items.properties.size,data:data44};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	}
	}
	if(data42.sha256 !== undefined){
	let data45 = data42.sha256;
	if(typeof data45 === "string"){
	if(!pattern18.test(data45)){
	const err94 = {instancePath:instancePath+"/release/assets/" + i7+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data45};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	else {
	const err95 = {instancePath:instancePath+"/release/assets/" + i7+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data45};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	}
	else {
	const err96 = {instancePath:instancePath+"/release/assets/" + i7,schemaPath:"#/properties/release/properties/assets/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.release.properties.assets.items.type,parentSchema:schema91.properties.release.properties.assets.items,data:data42};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	}
	}
	else {
	const err97 = {instancePath:instancePath+"/release/assets",schemaPath:"#/properties/release/properties/assets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.release.properties.assets.type,parentSchema:schema91.properties.release.properties.assets,data:data41};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	if(data39.packageFiles !== undefined){
	let data46 = data39.packageFiles;
	if(Array.isArray(data46)){
	const len8 = data46.length;
	for(let i8=0; i8<len8; i8++){
	let data47 = data46[i8];
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.path === undefined){
	const err98 = {instancePath:instancePath+"/release/packageFiles/" + i8,schemaPath:"#/properties/release/properties/packageFiles/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema91.properties.release.properties.packageFiles.items.required,parentSchema:schema91.properties.release.properties.packageFiles.items,data:data47};
	if(vErrors === null){
	vErrors = [err98];
	}
	else {
	vErrors.push(err98);
	}
	errors++;
	}
	if(data47.sha256 === undefined){
	const err99 = {instancePath:instancePath+"/release/packageFiles/" + i8,schemaPath:"#/properties/release/properties/packageFiles/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema91.properties.release.properties.packageFiles.items.required,parentSchema:schema91.properties.release.properties.packageFiles.items,data:data47};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	for(const key8 in data47){
	if(!((key8 === "path") || (key8 === "sha256"))){
	const err100 = {instancePath:instancePath+"/release/packageFiles/" + i8,schemaPath:"#/properties/release/properties/packageFiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema91.properties.release.properties.packageFiles.items,data:data47};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	}
	if(data47.path !== undefined){
	let data48 = data47.path;
	if(typeof data48 !== "string"){
	const err101 = {instancePath:instancePath+"/release/packageFiles/" + i8+"/path",schemaPath:"#/properties/release/properties/packageFiles/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.release.properties.packageFiles.items.properties.path.type,parentSchema:schema91.properties.release.properties.packageFiles.items.properties.path,data:data48};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	}
	if(data47.sha256 !== undefined){
	let data49 = data47.sha256;
	if(typeof data49 === "string"){
	if(!pattern18.test(data49)){
	const err102 = {instancePath:instancePath+"/release/packageFiles/" + i8+"/sha256",schemaPath:"#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema94,data:data49};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	}
	else {
	const err103 = {instancePath:instancePath+"/release/packageFiles/" + i8+"/sha256",schemaPath:"#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data49};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	}
	}
	else {
	const err104 = {instancePath:instancePath+"/release/packageFiles/" + i8,schemaPath:"#/properties/release/properties/packageFiles/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.release.properties.packageFiles.items.type,parentSchema:schema91.properties.release.properties.packageFiles.items,data:data47};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	}
	}
	else {
	const err105 = {instancePath:instancePath+"/release/packageFiles",schemaPath:"#/properties/release/properties/packageFiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.release.properties.packageFiles.type,parentSchema:schema91.properties.release.properties.packageFiles,data:data46};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	}
	}
	else {
	const err106 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.properties.release.type,parentSchema:schema91.properties.release,data:data39};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	}
	}
	else {
	const err107 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	validate36.errors = vErrors;
	return errors === 0;
	}
	validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.policyInput;
	};
	return validatorsPolicyInputErrors;
}

var validatorsPolicyInputErrorsExports = requireValidatorsPolicyInputErrors();

module.exports = validatorsPolicyInputErrorsExports;
})
