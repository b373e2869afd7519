(function (exports, require, module, __filename, __dirname) {
'use strict';

var validatorRuntime = require('./cli-validator-runtime.cjs');

var validatorsReportErrors = {};

var hasRequiredValidatorsReportErrors;

function requireValidatorsReportErrors () {
	if (hasRequiredValidatorsReportErrors) return validatorsReportErrors;
	hasRequiredValidatorsReportErrors = 1;
	validatorsReportErrors.report = () => {
	  const exports = {};
	exports.report = validate82;
	const schema178 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/report.schema.json","title":"update-gate report v1","description":"The JSON report to retain (`update-gate evaluate --format json`; each package of the Action's JSON report): the policy output plus what it was computed from. The gate reads retained reports back (`--approved-reports`), validated against this schema.","type":"object","additionalProperties":false,"required":["apiVersion","evaluationTime","package","inputDigests","policy","evidence","artifacts","result"],"properties":{"apiVersion":{"const":"update-gate.dev/report/v1"},"evaluationTime":{"type":"string","format":"date-time","maxLength":64,"description":"The time the decision was made for (`--at`), RFC 3339 UTC."},"package":{"type":"object","additionalProperties":false,"required":["dir","product","fromVersion","toVersion","cohort"],"description":"The package judged and its scope.","properties":{"dir":{"type":"string","description":"How the report names the package (its directory or repository path)."},"product":{"type":"string","minLength":1},"fromVersion":{"type":"string","minLength":1},"toVersion":{"type":"string","minLength":1},"cohort":{"type":"string","minLength":1}}},"inputDigests":{"type":"object","description":"sha256 of every file the decision rests on (index, evidence, artifacts, trust, data files, retained reports), by path.","additionalProperties":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"policy":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"evidence":{"title":"Evidence summary","type":"object","additionalProperties":false,"required":["missing","signatures"],"description":"What the verify stage found about files and signatures: facts, the policy judges them.","properties":{"missing":{"type":"array","description":"Items the index lists whose file is not in the package.","items":{"type":"object","additionalProperties":false,"required":["id","kind","file"],"properties":{"id":{"type":"string"},"kind":{"type":"string"},"file":{"type":"string"}}}},"signatures":{"type":"array","description":"Every signature (manifest .sig, each DSSE signature, each candidate attestation of a build provenance), verified or not, and why not.","items":{"title":"Signature summary","type":"object","additionalProperties":false,"required":["evidence","source","verified","keyId","reason"],"description":"One signature the verify stage checked, and who made it: the key id, or the certificate identity (issuer, SAN and the Fulcio extensions the policy compares) with its transparency-log indexes.","properties":{"evidence":{"type":"string","description":"Evidence id."},"source":{"type":"string","description":"The signature's source (file, file#line, DSSE signature n)."},"verified":{"type":"boolean"},"keyId":{"type":["string","null"],"description":"Trust-configuration key id, for a signature verified by a key."},"reason":{"type":["string","null"],"description":"Why it did not verify."},"issuer":{"type":["string","null"],"description":"Certificate issuer, for a signature verified through a Sigstore certificate."},"subject":{"type":["string","null"],"description":"Certificate SAN."},"sourceRepository":{"type":["string","null"],"description":"Certificate extension Source Repository URI (1.3.6.1.4.1.57264.1.12): the repository whose run was signed (for a reusable workflow, its caller)."},"sourceRef":{"type":["string","null"],"description":"Certificate extension Source Repository Ref (1.3.6.1.4.1.57264.1.14)."},"sourceCommit":{"type":["string","null"],"description":"Certificate extension Source Repository Digest (1.3.6.1.4.1.57264.1.13)."},"buildSignerUri":{"type":["string","null"],"description":"Certificate extension Build Signer URI (1.3.6.1.4.1.57264.1.9): the workflow that signed, with its ref (signerWorkflow is it without the ref)."},"runnerEnvironment":{"type":["string","null"],"description":"Certificate extension Runner Environment (1.3.6.1.4.1.57264.1.11): github-hosted or self-hosted."},"logIndexes":{"type":"array","items":{"type":"string"},"description":"Transparency-log indexes of a Sigstore bundle's entries."},"signedAt":{"type":["string","null"],"description":"The trusted signing time (log integrated time or signed timestamp), when there is one."},"origin":{"type":"string","description":"Where a Sigstore bundle came from: package, or the GitHub attestations API."}}}}}},"artifacts":{"type":"array","description":"The signed manifest's artifacts as the verify stage found them: the manifest's name and the computed sha256 (null when the file is missing); matches when size and digest equal the manifest's.","items":{"type":"object","additionalProperties":false,"required":["name","sha256","matches"],"properties":{"name":{"type":"string"},"sha256":{"type":["string","null"]},"matches":{"type":"boolean"}}}},"result":{"$ref":"policy-output.schema.json"}}};
	const formats0 = validatorRuntime.requireFormats().fullFormats["date-time"];
	const func2 = /*@__PURE__*/ validatorRuntime.requireUcs2length().default;
	const func1 = Object.prototype.hasOwnProperty;
	const pattern18 = new RegExp("^[0-9a-f]{64}$", "u");
	const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://update-gate.dev/schemas/policy-output.schema.json","title":"update-gate policy output v1","description":"What the decision entrypoint update_gate/decision/result returns. Any policy, built-in or a team's replacement, must meet it: an output that does not is an error, never a decision.","type":"object","additionalProperties":false,"required":["apiVersion","decision","summary","maturity","controls","configurations","questions","conditions","findings"],"$defs":{"level":{"type":"integer","minimum":1,"maximum":5},"leveled":{"type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1}}},"stringList":{"type":"array","items":{"type":"string"}},"customFinding":{"description":"One entry of a team package's `findings` rule (docs/policy-authoring.md): a finding of control custom.<team>.","type":"object","additionalProperties":false,"required":["rule","severity","message"],"properties":{"rule":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: no exception may waive this finding (a configuration it blocks is rejected whatever its exceptions waive). Default true."}}},"customViolation":{"description":"One entry of a team package's `violations` rule: the message alone (rule <team>.violation), or a finding without a severity.","anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: no exception may waive this finding. Default true."}}}]},"customCondition":{"description":"One entry of a team package's `conditions` rule.","type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","minLength":1},"text":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"followUpBy":{"type":["string","null"]}}},"customQuestion":{"description":"One entry of a team package's `questions` rule: the id of a verification question its findings bear on.","enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"customExclusion":{"description":"One entry of a team package's `exclusions` rule.","type":"object","additionalProperties":false,"required":["configuration","reason"],"properties":{"configuration":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"id":{"type":"string","minLength":1}}}},"properties":{"apiVersion":{"const":"update-gate.dev/policy-output/v1"},"decision":{"enum":["approve","conditional","reject"]},"summary":{"type":"string","minLength":1},"maturity":{"type":"object","additionalProperties":false,"required":["level","reason","controls","configurations"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1},"controls":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}},"configurations":{"type":"object","additionalProperties":{"$ref":"#/$defs/leveled"}}}},"controls":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","level","required"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["pass","fail","gap"]},"level":{"description":"The control's evidence level; null for a team package (custom.<team>), which has no evidence level of its own.","oneOf":[{"$ref":"#/$defs/level"},{"type":"null"}]},"required":{"type":"boolean"},"questions":{"type":"array","description":"A team package (custom.<team>): the ids of the verification questions it declares it bears on (its questions rule); its findings answer them.","items":{"type":"string"}}}}},"configurations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","result","reasons","exception"],"properties":{"id":{"type":"string","minLength":1},"result":{"enum":["approved","excluded","rejected"]},"reasons":{"$ref":"#/$defs/stringList"},"exception":{"type":["string","null"],"description":"Excluded configurations: the id of what excludes it (the valid exception, the team's exclusion, or fleet:<id> for a configuration of the cohort a partial update leaves out, its condition's id); null otherwise."},"waivers":{"type":"array","description":"For a configuration with blocking findings, one entry per valid exception naming it: the blocking findings it waived and those it could not (why: not-in-waives, or not-waivable when the finding's rule marks it waivable false). Excluded only when every blocking finding is waived. Optional: policies before scoped exceptions do not give it.","items":{"type":"object","additionalProperties":false,"required":["exception","waived","notWaived"],"properties":{"exception":{"type":"string","minLength":1},"waived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1}}}},"notWaived":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","message","why"],"properties":{"rule":{"type":"string","minLength":1},"message":{"type":"string","minLength":1},"why":{"enum":["not-in-waives","not-waivable"]}}}}}}}}}},"questions":{"type":"array","minItems":5,"maxItems":5,"items":{"title":"Question","description":"One of the five verification questions, answered.","type":"object","additionalProperties":false,"required":["id","question","answer","reasons","evidence"],"properties":{"id":{"enum":["approved-before-signing","signed-by-authorized-key","affected-versions-mapped","rollback-recovery-tested","decisions-retained"]},"question":{"type":"string","minLength":1},"answer":{"enum":["pass","fail","gap"]},"reasons":{"$ref":"#/$defs/stringList"},"evidence":{"$ref":"#/$defs/stringList"}}}},"conditions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","configuration","text","followUpBy"],"properties":{"id":{"type":"string","minLength":1},"configuration":{"type":["string","null"]},"text":{"type":"string","minLength":1},"followUpBy":{"type":["string","null"]},"remainOn":{"type":"string","description":"Exception conditions: the version the excluded configuration stays on."},"mitigation":{"type":"string","description":"Exception conditions: the mitigation while it stays there."},"acceptedBy":{"type":"string","description":"Exception conditions: who accepted the risk."}}}},"findings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","control","severity","message","evidence"],"properties":{"rule":{"type":"string","minLength":1},"control":{"type":"string","minLength":1},"severity":{"enum":["violation","gap","warning","info"]},"message":{"type":"string","minLength":1},"evidence":{"$ref":"#/$defs/stringList"},"configuration":{"type":"string"},"waivable":{"type":"boolean","description":"false: the finding's rule (built-in through lib.finding, or a team's) forbids any exception to waive it. Absent: waivable."}}}},"fleet":{"type":"object","description":"The fleet inventory's view beside the package's scope: which configurations of the cohort the decision covers and which it does not (optional: policies before issue 15 do not give it).","additionalProperties":false,"required":["inventory","cohort","covered","notCovered","unknown","note"],"properties":{"inventory":{"type":"boolean","description":"A fleet inventory was given."},"cohort":{"type":"string"},"covered":{"type":"array","items":{"type":"string"},"description":"Configurations of the cohort in the package's scope."},"notCovered":{"type":"array","items":{"type":"string"},"description":"Configurations of the cohort the package's scope leaves out."},"unknown":{"type":"array","items":{"type":"string"},"description":"Configurations in the scope the inventory does not know."},"note":{"type":"string","minLength":1,"description":"One sentence for the report."}}}}};
	const schema51 = {"type":"integer","minimum":1,"maximum":5};
	const schema55 = {"type":"array","items":{"type":"string"}};
	const schema52 = {"type":"object","additionalProperties":false,"required":["level","reason"],"properties":{"level":{"$ref":"#/$defs/level"},"reason":{"type":"string","minLength":1}}};

	function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate23.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.level === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema52.required,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.reason === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema52.required,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((key0 === "level") || (key0 === "reason"))){
	const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	}
	if(data.level !== undefined){
	let data0 = data.level;
	if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
	const err3 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.type,parentSchema:schema51,data:data0};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if((typeof data0 == "number") && (isFinite(data0))){
	if(data0 > 5 || isNaN(data0)){
	const err4 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema51,data:data0};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data0 < 1 || isNaN(data0)){
	const err5 = {instancePath:instancePath+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data0};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	}
	}
	if(data.reason !== undefined){
	let data1 = data.reason;
	if(typeof data1 === "string"){
	if(func2(data1) < 1){
	const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.reason,data:data1};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	}
	else {
	const err7 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.reason.type,parentSchema:schema52.properties.reason,data:data1};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	}
	}
	else {
	const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	validate23.errors = vErrors;
	return errors === 0;
	}
	validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.decision === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.summary === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.maturity === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maturity"},message:"must have required property '"+"maturity"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.controls === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.configurations === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.questions === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "questions"},message:"must have required property '"+"questions"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.conditions === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conditions"},message:"must have required property '"+"conditions"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	if(data.findings === undefined){
	const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'",schema:schema50.required,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	for(const key0 in data){
	if(!(func1.call(schema50.properties, key0))){
	const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data0 = data.apiVersion;
	if("update-gate.dev/policy-output/v1" !== data0){
	const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/policy-output/v1"},message:"must be equal to constant",schema:"update-gate.dev/policy-output/v1",parentSchema:schema50.properties.apiVersion,data:data0};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	}
	if(data.decision !== undefined){
	let data1 = data.decision;
	if(!(((data1 === "approve") || (data1 === "conditional")) || (data1 === "reject"))){
	const err11 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/enum",keyword:"enum",params:{allowedValues: schema50.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.decision.enum,parentSchema:schema50.properties.decision,data:data1};
	if(vErrors === null){
	vErrors = [err11];
	}
	else {
	vErrors.push(err11);
	}
	errors++;
	}
	}
	if(data.summary !== undefined){
	let data2 = data.summary;
	if(typeof data2 === "string"){
	if(func2(data2) < 1){
	const err12 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.summary,data:data2};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	else {
	const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.summary.type,parentSchema:schema50.properties.summary,data:data2};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	}
	if(data.maturity !== undefined){
	let data3 = data.maturity;
	if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
	if(data3.level === undefined){
	const err14 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data3.reason === undefined){
	const err15 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(data3.controls === undefined){
	const err16 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "controls"},message:"must have required property '"+"controls"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data3.configurations === undefined){
	const err17 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/required",keyword:"required",params:{missingProperty: "configurations"},message:"must have required property '"+"configurations"+"'",schema:schema50.properties.maturity.required,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	for(const key1 in data3){
	if(!((((key1 === "level") || (key1 === "reason")) || (key1 === "controls")) || (key1 === "configurations"))){
	const err18 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data3.level !== undefined){
	let data4 = data3.level;
	if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
	const err19 = {instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.type,parentSchema:schema51,data:data4};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	if((typeof data4 == "number") && (isFinite(data4))){
	if(data4 > 5 || isNaN(data4)){
	const err20 = {instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema51,data:data4};
	if(vErrors === null){
	vErrors = [err20];
	}
	else {
	vErrors.push(err20);
	}
	errors++;
	}
	if(data4 < 1 || isNaN(data4)){
	const err21 = {instancePath:instancePath+"/maturity/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data4};
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
	if(data3.reason !== undefined){
	let data5 = data3.reason;
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	const err22 = {instancePath:instancePath+"/maturity/reason",schemaPath:"#/properties/maturity/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.maturity.properties.reason,data:data5};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	else {
	const err23 = {instancePath:instancePath+"/maturity/reason",schemaPath:"#/properties/maturity/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.maturity.properties.reason.type,parentSchema:schema50.properties.maturity.properties.reason,data:data5};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data3.controls !== undefined){
	let data6 = data3.controls;
	if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
	for(const key2 in data6){
	if(!(validate23(data6[key2], {instancePath:instancePath+"/maturity/controls/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err24 = {instancePath:instancePath+"/maturity/controls",schemaPath:"#/properties/maturity/properties/controls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.maturity.properties.controls.type,parentSchema:schema50.properties.maturity.properties.controls,data:data6};
	if(vErrors === null){
	vErrors = [err24];
	}
	else {
	vErrors.push(err24);
	}
	errors++;
	}
	}
	if(data3.configurations !== undefined){
	let data8 = data3.configurations;
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	for(const key3 in data8){
	if(!(validate23(data8[key3], {instancePath:instancePath+"/maturity/configurations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err25 = {instancePath:instancePath+"/maturity/configurations",schemaPath:"#/properties/maturity/properties/configurations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.maturity.properties.configurations.type,parentSchema:schema50.properties.maturity.properties.configurations,data:data8};
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
	const err26 = {instancePath:instancePath+"/maturity",schemaPath:"#/properties/maturity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.maturity.type,parentSchema:schema50.properties.maturity,data:data3};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	if(data.controls !== undefined){
	let data10 = data.controls;
	if(Array.isArray(data10)){
	const len0 = data10.length;
	for(let i0=0; i0<len0; i0++){
	let data11 = data10[i0];
	if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
	if(data11.id === undefined){
	const err27 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err27];
	}
	else {
	vErrors.push(err27);
	}
	errors++;
	}
	if(data11.result === undefined){
	const err28 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	if(data11.level === undefined){
	const err29 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err29];
	}
	else {
	vErrors.push(err29);
	}
	errors++;
	}
	if(data11.required === undefined){
	const err30 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema50.properties.controls.items.required,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err30];
	}
	else {
	vErrors.push(err30);
	}
	errors++;
	}
	for(const key4 in data11){
	if(!(((((key4 === "id") || (key4 === "result")) || (key4 === "level")) || (key4 === "required")) || (key4 === "questions"))){
	const err31 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.controls.items,data:data11};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data11.id !== undefined){
	let data12 = data11.id;
	if(typeof data12 === "string"){
	if(func2(data12) < 1){
	const err32 = {instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/properties/controls/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.controls.items.properties.id,data:data12};
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
	const err33 = {instancePath:instancePath+"/controls/" + i0+"/id",schemaPath:"#/properties/controls/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.controls.items.properties.id.type,parentSchema:schema50.properties.controls.items.properties.id,data:data12};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	}
	if(data11.result !== undefined){
	let data13 = data11.result;
	if(!(((data13 === "pass") || (data13 === "fail")) || (data13 === "gap"))){
	const err34 = {instancePath:instancePath+"/controls/" + i0+"/result",schemaPath:"#/properties/controls/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema50.properties.controls.items.properties.result.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.controls.items.properties.result.enum,parentSchema:schema50.properties.controls.items.properties.result,data:data13};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data11.level !== undefined){
	let data14 = data11.level;
	const _errs31 = errors;
	let valid8 = false;
	let passing0 = null;
	const _errs32 = errors;
	if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
	const err35 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.type,parentSchema:schema51,data:data14};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	if((typeof data14 == "number") && (isFinite(data14))){
	if(data14 > 5 || isNaN(data14)){
	const err36 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema51,data:data14};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	if(data14 < 1 || isNaN(data14)){
	const err37 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/$defs/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data14};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	var _valid0 = _errs32 === errors;
	if(_valid0){
	valid8 = true;
	passing0 = 0;
	}
	const _errs35 = errors;
	if(data14 !== null){
	const err38 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/properties/controls/items/properties/level/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.controls.items.properties.level.oneOf[1].type,parentSchema:schema50.properties.controls.items.properties.level.oneOf[1],data:data14};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	var _valid0 = _errs35 === errors;
	if(_valid0 && valid8){
	valid8 = false;
	passing0 = [passing0, 1];
	}
	else {
	if(_valid0){
	valid8 = true;
	passing0 = 1;
	}
	}
	if(!valid8){
	const err39 = {instancePath:instancePath+"/controls/" + i0+"/level",schemaPath:"#/properties/controls/items/properties/level/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema50.properties.controls.items.properties.level.oneOf,parentSchema:schema50.properties.controls.items.properties.level,data:data14};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
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
	if(data11.required !== undefined){
	let data15 = data11.required;
	if(typeof data15 !== "boolean"){
	const err40 = {instancePath:instancePath+"/controls/" + i0+"/required",schemaPath:"#/properties/controls/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.controls.items.properties.required.type,parentSchema:schema50.properties.controls.items.properties.required,data:data15};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	}
	if(data11.questions !== undefined){
	let data16 = data11.questions;
	if(Array.isArray(data16)){
	const len1 = data16.length;
	for(let i1=0; i1<len1; i1++){
	let data17 = data16[i1];
	if(typeof data17 !== "string"){
	const err41 = {instancePath:instancePath+"/controls/" + i0+"/questions/" + i1,schemaPath:"#/properties/controls/items/properties/questions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.controls.items.properties.questions.items.type,parentSchema:schema50.properties.controls.items.properties.questions.items,data:data17};
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
	const err42 = {instancePath:instancePath+"/controls/" + i0+"/questions",schemaPath:"#/properties/controls/items/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.controls.items.properties.questions.type,parentSchema:schema50.properties.controls.items.properties.questions,data:data16};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	}
	}
	else {
	const err43 = {instancePath:instancePath+"/controls/" + i0,schemaPath:"#/properties/controls/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.controls.items.type,parentSchema:schema50.properties.controls.items,data:data11};
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
	const err44 = {instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.controls.type,parentSchema:schema50.properties.controls,data:data10};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	}
	if(data.configurations !== undefined){
	let data18 = data.configurations;
	if(Array.isArray(data18)){
	const len2 = data18.length;
	for(let i2=0; i2<len2; i2++){
	let data19 = data18[i2];
	if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
	if(data19.id === undefined){
	const err45 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	if(data19.result === undefined){
	const err46 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	if(data19.reasons === undefined){
	const err47 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	if(data19.exception === undefined){
	const err48 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/required",keyword:"required",params:{missingProperty: "exception"},message:"must have required property '"+"exception"+"'",schema:schema50.properties.configurations.items.required,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	for(const key5 in data19){
	if(!(((((key5 === "id") || (key5 === "result")) || (key5 === "reasons")) || (key5 === "exception")) || (key5 === "waivers"))){
	const err49 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items,data:data19};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	if(data19.id !== undefined){
	let data20 = data19.id;
	if(typeof data20 === "string"){
	if(func2(data20) < 1){
	const err50 = {instancePath:instancePath+"/configurations/" + i2+"/id",schemaPath:"#/properties/configurations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.id,data:data20};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	else {
	const err51 = {instancePath:instancePath+"/configurations/" + i2+"/id",schemaPath:"#/properties/configurations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.id.type,parentSchema:schema50.properties.configurations.items.properties.id,data:data20};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	}
	if(data19.result !== undefined){
	let data21 = data19.result;
	if(!(((data21 === "approved") || (data21 === "excluded")) || (data21 === "rejected"))){
	const err52 = {instancePath:instancePath+"/configurations/" + i2+"/result",schemaPath:"#/properties/configurations/items/properties/result/enum",keyword:"enum",params:{allowedValues: schema50.properties.configurations.items.properties.result.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.configurations.items.properties.result.enum,parentSchema:schema50.properties.configurations.items.properties.result,data:data21};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	}
	if(data19.reasons !== undefined){
	let data22 = data19.reasons;
	if(Array.isArray(data22)){
	const len3 = data22.length;
	for(let i3=0; i3<len3; i3++){
	let data23 = data22[i3];
	if(typeof data23 !== "string"){
	const err53 = {instancePath:instancePath+"/configurations/" + i2+"/reasons/" + i3,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data23};
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
	const err54 = {instancePath:instancePath+"/configurations/" + i2+"/reasons",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data22};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	}
	if(data19.exception !== undefined){
	let data24 = data19.exception;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err55 = {instancePath:instancePath+"/configurations/" + i2+"/exception",schemaPath:"#/properties/configurations/items/properties/exception/type",keyword:"type",params:{type: schema50.properties.configurations.items.properties.exception.type},message:"must be string,null",schema:schema50.properties.configurations.items.properties.exception.type,parentSchema:schema50.properties.configurations.items.properties.exception,data:data24};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	}
	if(data19.waivers !== undefined){
	let data25 = data19.waivers;
	if(Array.isArray(data25)){
	const len4 = data25.length;
	for(let i4=0; i4<len4; i4++){
	let data26 = data25[i4];
	if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
	if(data26.exception === undefined){
	const err56 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: "exception"},message:"must have required property '"+"exception"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	if(data26.waived === undefined){
	const err57 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: "waived"},message:"must have required property '"+"waived"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	if(data26.notWaived === undefined){
	const err58 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/required",keyword:"required",params:{missingProperty: "notWaived"},message:"must have required property '"+"notWaived"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	for(const key6 in data26){
	if(!(((key6 === "exception") || (key6 === "waived")) || (key6 === "notWaived"))){
	const err59 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data26.exception !== undefined){
	let data27 = data26.exception;
	if(typeof data27 === "string"){
	if(func2(data27) < 1){
	const err60 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/exception",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/exception/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.exception,data:data27};
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
	const err61 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/exception",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/exception/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.exception.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.exception,data:data27};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	if(data26.waived !== undefined){
	let data28 = data26.waived;
	if(Array.isArray(data28)){
	const len5 = data28.length;
	for(let i5=0; i5<len5; i5++){
	let data29 = data28[i5];
	if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
	if(data29.rule === undefined){
	const err62 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	if(data29.message === undefined){
	const err63 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	for(const key7 in data29){
	if(!((key7 === "rule") || (key7 === "message"))){
	const err64 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	if(data29.rule !== undefined){
	let data30 = data29.rule;
	if(typeof data30 === "string"){
	if(func2(data30) < 1){
	const err65 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.rule,data:data30};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	else {
	const err66 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.rule.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.rule,data:data30};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	}
	if(data29.message !== undefined){
	let data31 = data29.message;
	if(typeof data31 === "string"){
	if(func2(data31) < 1){
	const err67 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.message,data:data31};
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
	const err68 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.message.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.properties.message,data:data31};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	}
	}
	else {
	const err69 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived/" + i5,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.items,data:data29};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	}
	}
	else {
	const err70 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/waived",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/waived/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.items.properties.waivers.items.properties.waived.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.waived,data:data28};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	}
	if(data26.notWaived !== undefined){
	let data32 = data26.notWaived;
	if(Array.isArray(data32)){
	const len6 = data32.length;
	for(let i6=0; i6<len6; i6++){
	let data33 = data32[i6];
	if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
	if(data33.rule === undefined){
	const err71 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	if(data33.message === undefined){
	const err72 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err72];
	}
	else {
	vErrors.push(err72);
	}
	errors++;
	}
	if(data33.why === undefined){
	const err73 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.required,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err73];
	}
	else {
	vErrors.push(err73);
	}
	errors++;
	}
	for(const key8 in data33){
	if(!(((key8 === "rule") || (key8 === "message")) || (key8 === "why"))){
	const err74 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	if(data33.rule !== undefined){
	let data34 = data33.rule;
	if(typeof data34 === "string"){
	if(func2(data34) < 1){
	const err75 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.rule,data:data34};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	else {
	const err76 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/rule",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.rule.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.rule,data:data34};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	}
	if(data33.message !== undefined){
	let data35 = data33.message;
	if(typeof data35 === "string"){
	if(func2(data35) < 1){
	const err77 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.message,data:data35};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	}
	else {
	const err78 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/message",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.message.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.message,data:data35};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	}
	if(data33.why !== undefined){
	let data36 = data33.why;
	if(!((data36 === "not-in-waives") || (data36 === "not-waivable"))){
	const err79 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6+"/why",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/properties/why/enum",keyword:"enum",params:{allowedValues: schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why.enum,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.properties.why,data:data36};
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
	const err80 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived/" + i6,schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.items,data:data33};
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
	const err81 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4+"/notWaived",schemaPath:"#/properties/configurations/items/properties/waivers/items/properties/notWaived/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items.properties.notWaived,data:data32};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	}
	else {
	const err82 = {instancePath:instancePath+"/configurations/" + i2+"/waivers/" + i4,schemaPath:"#/properties/configurations/items/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.properties.waivers.items.type,parentSchema:schema50.properties.configurations.items.properties.waivers.items,data:data26};
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
	const err83 = {instancePath:instancePath+"/configurations/" + i2+"/waivers",schemaPath:"#/properties/configurations/items/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.items.properties.waivers.type,parentSchema:schema50.properties.configurations.items.properties.waivers,data:data25};
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
	const err84 = {instancePath:instancePath+"/configurations/" + i2,schemaPath:"#/properties/configurations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.configurations.items.type,parentSchema:schema50.properties.configurations.items,data:data19};
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
	const err85 = {instancePath:instancePath+"/configurations",schemaPath:"#/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.configurations.type,parentSchema:schema50.properties.configurations,data:data18};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	}
	if(data.questions !== undefined){
	let data37 = data.questions;
	if(Array.isArray(data37)){
	if(data37.length > 5){
	const err86 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items",schema:5,parentSchema:schema50.properties.questions,data:data37};
	if(vErrors === null){
	vErrors = [err86];
	}
	else {
	vErrors.push(err86);
	}
	errors++;
	}
	if(data37.length < 5){
	const err87 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/minItems",keyword:"minItems",params:{limit: 5},message:"must NOT have fewer than 5 items",schema:5,parentSchema:schema50.properties.questions,data:data37};
	if(vErrors === null){
	vErrors = [err87];
	}
	else {
	vErrors.push(err87);
	}
	errors++;
	}
	const len7 = data37.length;
	for(let i7=0; i7<len7; i7++){
	let data38 = data37[i7];
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	if(data38.id === undefined){
	const err88 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err88];
	}
	else {
	vErrors.push(err88);
	}
	errors++;
	}
	if(data38.question === undefined){
	const err89 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "question"},message:"must have required property '"+"question"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err89];
	}
	else {
	vErrors.push(err89);
	}
	errors++;
	}
	if(data38.answer === undefined){
	const err90 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "answer"},message:"must have required property '"+"answer"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err90];
	}
	else {
	vErrors.push(err90);
	}
	errors++;
	}
	if(data38.reasons === undefined){
	const err91 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err91];
	}
	else {
	vErrors.push(err91);
	}
	errors++;
	}
	if(data38.evidence === undefined){
	const err92 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema50.properties.questions.items.required,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err92];
	}
	else {
	vErrors.push(err92);
	}
	errors++;
	}
	for(const key9 in data38){
	if(!(((((key9 === "id") || (key9 === "question")) || (key9 === "answer")) || (key9 === "reasons")) || (key9 === "evidence"))){
	const err93 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err93];
	}
	else {
	vErrors.push(err93);
	}
	errors++;
	}
	}
	if(data38.id !== undefined){
	let data39 = data38.id;
	if(!(((((data39 === "approved-before-signing") || (data39 === "signed-by-authorized-key")) || (data39 === "affected-versions-mapped")) || (data39 === "rollback-recovery-tested")) || (data39 === "decisions-retained"))){
	const err94 = {instancePath:instancePath+"/questions/" + i7+"/id",schemaPath:"#/properties/questions/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema50.properties.questions.items.properties.id.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.questions.items.properties.id.enum,parentSchema:schema50.properties.questions.items.properties.id,data:data39};
	if(vErrors === null){
	vErrors = [err94];
	}
	else {
	vErrors.push(err94);
	}
	errors++;
	}
	}
	if(data38.question !== undefined){
	let data40 = data38.question;
	if(typeof data40 === "string"){
	if(func2(data40) < 1){
	const err95 = {instancePath:instancePath+"/questions/" + i7+"/question",schemaPath:"#/properties/questions/items/properties/question/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.questions.items.properties.question,data:data40};
	if(vErrors === null){
	vErrors = [err95];
	}
	else {
	vErrors.push(err95);
	}
	errors++;
	}
	}
	else {
	const err96 = {instancePath:instancePath+"/questions/" + i7+"/question",schemaPath:"#/properties/questions/items/properties/question/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.questions.items.properties.question.type,parentSchema:schema50.properties.questions.items.properties.question,data:data40};
	if(vErrors === null){
	vErrors = [err96];
	}
	else {
	vErrors.push(err96);
	}
	errors++;
	}
	}
	if(data38.answer !== undefined){
	let data41 = data38.answer;
	if(!(((data41 === "pass") || (data41 === "fail")) || (data41 === "gap"))){
	const err97 = {instancePath:instancePath+"/questions/" + i7+"/answer",schemaPath:"#/properties/questions/items/properties/answer/enum",keyword:"enum",params:{allowedValues: schema50.properties.questions.items.properties.answer.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.questions.items.properties.answer.enum,parentSchema:schema50.properties.questions.items.properties.answer,data:data41};
	if(vErrors === null){
	vErrors = [err97];
	}
	else {
	vErrors.push(err97);
	}
	errors++;
	}
	}
	if(data38.reasons !== undefined){
	let data42 = data38.reasons;
	if(Array.isArray(data42)){
	const len8 = data42.length;
	for(let i8=0; i8<len8; i8++){
	let data43 = data42[i8];
	if(typeof data43 !== "string"){
	const err98 = {instancePath:instancePath+"/questions/" + i7+"/reasons/" + i8,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data43};
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
	const err99 = {instancePath:instancePath+"/questions/" + i7+"/reasons",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data42};
	if(vErrors === null){
	vErrors = [err99];
	}
	else {
	vErrors.push(err99);
	}
	errors++;
	}
	}
	if(data38.evidence !== undefined){
	let data44 = data38.evidence;
	if(Array.isArray(data44)){
	const len9 = data44.length;
	for(let i9=0; i9<len9; i9++){
	let data45 = data44[i9];
	if(typeof data45 !== "string"){
	const err100 = {instancePath:instancePath+"/questions/" + i7+"/evidence/" + i9,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data45};
	if(vErrors === null){
	vErrors = [err100];
	}
	else {
	vErrors.push(err100);
	}
	errors++;
	}
	}
	}
	else {
	const err101 = {instancePath:instancePath+"/questions/" + i7+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data44};
	if(vErrors === null){
	vErrors = [err101];
	}
	else {
	vErrors.push(err101);
	}
	errors++;
	}
	}
	}
	else {
	const err102 = {instancePath:instancePath+"/questions/" + i7,schemaPath:"#/properties/questions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.questions.items.type,parentSchema:schema50.properties.questions.items,data:data38};
	if(vErrors === null){
	vErrors = [err102];
	}
	else {
	vErrors.push(err102);
	}
	errors++;
	}
	}
	}
	else {
	const err103 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.questions.type,parentSchema:schema50.properties.questions,data:data37};
	if(vErrors === null){
	vErrors = [err103];
	}
	else {
	vErrors.push(err103);
	}
	errors++;
	}
	}
	if(data.conditions !== undefined){
	let data46 = data.conditions;
	if(Array.isArray(data46)){
	const len10 = data46.length;
	for(let i10=0; i10<len10; i10++){
	let data47 = data46[i10];
	if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
	if(data47.id === undefined){
	const err104 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err104];
	}
	else {
	vErrors.push(err104);
	}
	errors++;
	}
	if(data47.configuration === undefined){
	const err105 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "configuration"},message:"must have required property '"+"configuration"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err105];
	}
	else {
	vErrors.push(err105);
	}
	errors++;
	}
	if(data47.text === undefined){
	const err106 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err106];
	}
	else {
	vErrors.push(err106);
	}
	errors++;
	}
	if(data47.followUpBy === undefined){
	const err107 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/required",keyword:"required",params:{missingProperty: "followUpBy"},message:"must have required property '"+"followUpBy"+"'",schema:schema50.properties.conditions.items.required,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err107];
	}
	else {
	vErrors.push(err107);
	}
	errors++;
	}
	for(const key10 in data47){
	if(!(((((((key10 === "id") || (key10 === "configuration")) || (key10 === "text")) || (key10 === "followUpBy")) || (key10 === "remainOn")) || (key10 === "mitigation")) || (key10 === "acceptedBy"))){
	const err108 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.conditions.items,data:data47};
	if(vErrors === null){
	vErrors = [err108];
	}
	else {
	vErrors.push(err108);
	}
	errors++;
	}
	}
	if(data47.id !== undefined){
	let data48 = data47.id;
	if(typeof data48 === "string"){
	if(func2(data48) < 1){
	const err109 = {instancePath:instancePath+"/conditions/" + i10+"/id",schemaPath:"#/properties/conditions/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.conditions.items.properties.id,data:data48};
	if(vErrors === null){
	vErrors = [err109];
	}
	else {
	vErrors.push(err109);
	}
	errors++;
	}
	}
	else {
	const err110 = {instancePath:instancePath+"/conditions/" + i10+"/id",schemaPath:"#/properties/conditions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.id.type,parentSchema:schema50.properties.conditions.items.properties.id,data:data48};
	if(vErrors === null){
	vErrors = [err110];
	}
	else {
	vErrors.push(err110);
	}
	errors++;
	}
	}
	if(data47.configuration !== undefined){
	let data49 = data47.configuration;
	if((typeof data49 !== "string") && (data49 !== null)){
	const err111 = {instancePath:instancePath+"/conditions/" + i10+"/configuration",schemaPath:"#/properties/conditions/items/properties/configuration/type",keyword:"type",params:{type: schema50.properties.conditions.items.properties.configuration.type},message:"must be string,null",schema:schema50.properties.conditions.items.properties.configuration.type,parentSchema:schema50.properties.conditions.items.properties.configuration,data:data49};
	if(vErrors === null){
	vErrors = [err111];
	}
	else {
	vErrors.push(err111);
	}
	errors++;
	}
	}
	if(data47.text !== undefined){
	let data50 = data47.text;
	if(typeof data50 === "string"){
	if(func2(data50) < 1){
	const err112 = {instancePath:instancePath+"/conditions/" + i10+"/text",schemaPath:"#/properties/conditions/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.conditions.items.properties.text,data:data50};
	if(vErrors === null){
	vErrors = [err112];
	}
	else {
	vErrors.push(err112);
	}
	errors++;
	}
	}
	else {
	const err113 = {instancePath:instancePath+"/conditions/" + i10+"/text",schemaPath:"#/properties/conditions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.text.type,parentSchema:schema50.properties.conditions.items.properties.text,data:data50};
	if(vErrors === null){
	vErrors = [err113];
	}
	else {
	vErrors.push(err113);
	}
	errors++;
	}
	}
	if(data47.followUpBy !== undefined){
	let data51 = data47.followUpBy;
	if((typeof data51 !== "string") && (data51 !== null)){
	const err114 = {instancePath:instancePath+"/conditions/" + i10+"/followUpBy",schemaPath:"#/properties/conditions/items/properties/followUpBy/type",keyword:"type",params:{type: schema50.properties.conditions.items.properties.followUpBy.type},message:"must be string,null",schema:schema50.properties.conditions.items.properties.followUpBy.type,parentSchema:schema50.properties.conditions.items.properties.followUpBy,data:data51};
	if(vErrors === null){
	vErrors = [err114];
	}
	else {
	vErrors.push(err114);
	}
	errors++;
	}
	}
	if(data47.remainOn !== undefined){
	let data52 = data47.remainOn;
	if(typeof data52 !== "string"){
	const err115 = {instancePath:instancePath+"/conditions/" + i10+"/remainOn",schemaPath:"#/properties/conditions/items/properties/remainOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.remainOn.type,parentSchema:schema50.properties.conditions.items.properties.remainOn,data:data52};
	if(vErrors === null){
	vErrors = [err115];
	}
	else {
	vErrors.push(err115);
	}
	errors++;
	}
	}
	if(data47.mitigation !== undefined){
	let data53 = data47.mitigation;
	if(typeof data53 !== "string"){
	const err116 = {instancePath:instancePath+"/conditions/" + i10+"/mitigation",schemaPath:"#/properties/conditions/items/properties/mitigation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.mitigation.type,parentSchema:schema50.properties.conditions.items.properties.mitigation,data:data53};
	if(vErrors === null){
	vErrors = [err116];
	}
	else {
	vErrors.push(err116);
	}
	errors++;
	}
	}
	if(data47.acceptedBy !== undefined){
	let data54 = data47.acceptedBy;
	if(typeof data54 !== "string"){
	const err117 = {instancePath:instancePath+"/conditions/" + i10+"/acceptedBy",schemaPath:"#/properties/conditions/items/properties/acceptedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.conditions.items.properties.acceptedBy.type,parentSchema:schema50.properties.conditions.items.properties.acceptedBy,data:data54};
	if(vErrors === null){
	vErrors = [err117];
	}
	else {
	vErrors.push(err117);
	}
	errors++;
	}
	}
	}
	else {
	const err118 = {instancePath:instancePath+"/conditions/" + i10,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.conditions.items.type,parentSchema:schema50.properties.conditions.items,data:data47};
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
	const err119 = {instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.conditions.type,parentSchema:schema50.properties.conditions,data:data46};
	if(vErrors === null){
	vErrors = [err119];
	}
	else {
	vErrors.push(err119);
	}
	errors++;
	}
	}
	if(data.findings !== undefined){
	let data55 = data.findings;
	if(Array.isArray(data55)){
	const len11 = data55.length;
	for(let i11=0; i11<len11; i11++){
	let data56 = data55[i11];
	if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
	if(data56.rule === undefined){
	const err120 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err120];
	}
	else {
	vErrors.push(err120);
	}
	errors++;
	}
	if(data56.control === undefined){
	const err121 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "control"},message:"must have required property '"+"control"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err121];
	}
	else {
	vErrors.push(err121);
	}
	errors++;
	}
	if(data56.severity === undefined){
	const err122 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err122];
	}
	else {
	vErrors.push(err122);
	}
	errors++;
	}
	if(data56.message === undefined){
	const err123 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err123];
	}
	else {
	vErrors.push(err123);
	}
	errors++;
	}
	if(data56.evidence === undefined){
	const err124 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema50.properties.findings.items.required,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err124];
	}
	else {
	vErrors.push(err124);
	}
	errors++;
	}
	for(const key11 in data56){
	if(!(((((((key11 === "rule") || (key11 === "control")) || (key11 === "severity")) || (key11 === "message")) || (key11 === "evidence")) || (key11 === "configuration")) || (key11 === "waivable"))){
	const err125 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err125];
	}
	else {
	vErrors.push(err125);
	}
	errors++;
	}
	}
	if(data56.rule !== undefined){
	let data57 = data56.rule;
	if(typeof data57 === "string"){
	if(func2(data57) < 1){
	const err126 = {instancePath:instancePath+"/findings/" + i11+"/rule",schemaPath:"#/properties/findings/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.findings.items.properties.rule,data:data57};
	if(vErrors === null){
	vErrors = [err126];
	}
	else {
	vErrors.push(err126);
	}
	errors++;
	}
	}
	else {
	const err127 = {instancePath:instancePath+"/findings/" + i11+"/rule",schemaPath:"#/properties/findings/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.rule.type,parentSchema:schema50.properties.findings.items.properties.rule,data:data57};
	if(vErrors === null){
	vErrors = [err127];
	}
	else {
	vErrors.push(err127);
	}
	errors++;
	}
	}
	if(data56.control !== undefined){
	let data58 = data56.control;
	if(typeof data58 === "string"){
	if(func2(data58) < 1){
	const err128 = {instancePath:instancePath+"/findings/" + i11+"/control",schemaPath:"#/properties/findings/items/properties/control/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.findings.items.properties.control,data:data58};
	if(vErrors === null){
	vErrors = [err128];
	}
	else {
	vErrors.push(err128);
	}
	errors++;
	}
	}
	else {
	const err129 = {instancePath:instancePath+"/findings/" + i11+"/control",schemaPath:"#/properties/findings/items/properties/control/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.control.type,parentSchema:schema50.properties.findings.items.properties.control,data:data58};
	if(vErrors === null){
	vErrors = [err129];
	}
	else {
	vErrors.push(err129);
	}
	errors++;
	}
	}
	if(data56.severity !== undefined){
	let data59 = data56.severity;
	if(!((((data59 === "violation") || (data59 === "gap")) || (data59 === "warning")) || (data59 === "info"))){
	const err130 = {instancePath:instancePath+"/findings/" + i11+"/severity",schemaPath:"#/properties/findings/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema50.properties.findings.items.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.findings.items.properties.severity.enum,parentSchema:schema50.properties.findings.items.properties.severity,data:data59};
	if(vErrors === null){
	vErrors = [err130];
	}
	else {
	vErrors.push(err130);
	}
	errors++;
	}
	}
	if(data56.message !== undefined){
	let data60 = data56.message;
	if(typeof data60 === "string"){
	if(func2(data60) < 1){
	const err131 = {instancePath:instancePath+"/findings/" + i11+"/message",schemaPath:"#/properties/findings/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.findings.items.properties.message,data:data60};
	if(vErrors === null){
	vErrors = [err131];
	}
	else {
	vErrors.push(err131);
	}
	errors++;
	}
	}
	else {
	const err132 = {instancePath:instancePath+"/findings/" + i11+"/message",schemaPath:"#/properties/findings/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.message.type,parentSchema:schema50.properties.findings.items.properties.message,data:data60};
	if(vErrors === null){
	vErrors = [err132];
	}
	else {
	vErrors.push(err132);
	}
	errors++;
	}
	}
	if(data56.evidence !== undefined){
	let data61 = data56.evidence;
	if(Array.isArray(data61)){
	const len12 = data61.length;
	for(let i12=0; i12<len12; i12++){
	let data62 = data61[i12];
	if(typeof data62 !== "string"){
	const err133 = {instancePath:instancePath+"/findings/" + i11+"/evidence/" + i12,schemaPath:"#/$defs/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.items.type,parentSchema:schema55.items,data:data62};
	if(vErrors === null){
	vErrors = [err133];
	}
	else {
	vErrors.push(err133);
	}
	errors++;
	}
	}
	}
	else {
	const err134 = {instancePath:instancePath+"/findings/" + i11+"/evidence",schemaPath:"#/$defs/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.type,parentSchema:schema55,data:data61};
	if(vErrors === null){
	vErrors = [err134];
	}
	else {
	vErrors.push(err134);
	}
	errors++;
	}
	}
	if(data56.configuration !== undefined){
	let data63 = data56.configuration;
	if(typeof data63 !== "string"){
	const err135 = {instancePath:instancePath+"/findings/" + i11+"/configuration",schemaPath:"#/properties/findings/items/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.findings.items.properties.configuration.type,parentSchema:schema50.properties.findings.items.properties.configuration,data:data63};
	if(vErrors === null){
	vErrors = [err135];
	}
	else {
	vErrors.push(err135);
	}
	errors++;
	}
	}
	if(data56.waivable !== undefined){
	let data64 = data56.waivable;
	if(typeof data64 !== "boolean"){
	const err136 = {instancePath:instancePath+"/findings/" + i11+"/waivable",schemaPath:"#/properties/findings/items/properties/waivable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.findings.items.properties.waivable.type,parentSchema:schema50.properties.findings.items.properties.waivable,data:data64};
	if(vErrors === null){
	vErrors = [err136];
	}
	else {
	vErrors.push(err136);
	}
	errors++;
	}
	}
	}
	else {
	const err137 = {instancePath:instancePath+"/findings/" + i11,schemaPath:"#/properties/findings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.findings.items.type,parentSchema:schema50.properties.findings.items,data:data56};
	if(vErrors === null){
	vErrors = [err137];
	}
	else {
	vErrors.push(err137);
	}
	errors++;
	}
	}
	}
	else {
	const err138 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.findings.type,parentSchema:schema50.properties.findings,data:data55};
	if(vErrors === null){
	vErrors = [err138];
	}
	else {
	vErrors.push(err138);
	}
	errors++;
	}
	}
	if(data.fleet !== undefined){
	let data65 = data.fleet;
	if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
	if(data65.inventory === undefined){
	const err139 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "inventory"},message:"must have required property '"+"inventory"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err139];
	}
	else {
	vErrors.push(err139);
	}
	errors++;
	}
	if(data65.cohort === undefined){
	const err140 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err140];
	}
	else {
	vErrors.push(err140);
	}
	errors++;
	}
	if(data65.covered === undefined){
	const err141 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "covered"},message:"must have required property '"+"covered"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err141];
	}
	else {
	vErrors.push(err141);
	}
	errors++;
	}
	if(data65.notCovered === undefined){
	const err142 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "notCovered"},message:"must have required property '"+"notCovered"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err142];
	}
	else {
	vErrors.push(err142);
	}
	errors++;
	}
	if(data65.unknown === undefined){
	const err143 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "unknown"},message:"must have required property '"+"unknown"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err143];
	}
	else {
	vErrors.push(err143);
	}
	errors++;
	}
	if(data65.note === undefined){
	const err144 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'",schema:schema50.properties.fleet.required,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err144];
	}
	else {
	vErrors.push(err144);
	}
	errors++;
	}
	for(const key12 in data65){
	if(!((((((key12 === "inventory") || (key12 === "cohort")) || (key12 === "covered")) || (key12 === "notCovered")) || (key12 === "unknown")) || (key12 === "note"))){
	const err145 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err145];
	}
	else {
	vErrors.push(err145);
	}
	errors++;
	}
	}
	if(data65.inventory !== undefined){
	let data66 = data65.inventory;
	if(typeof data66 !== "boolean"){
	const err146 = {instancePath:instancePath+"/fleet/inventory",schemaPath:"#/properties/fleet/properties/inventory/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.fleet.properties.inventory.type,parentSchema:schema50.properties.fleet.properties.inventory,data:data66};
	if(vErrors === null){
	vErrors = [err146];
	}
	else {
	vErrors.push(err146);
	}
	errors++;
	}
	}
	if(data65.cohort !== undefined){
	let data67 = data65.cohort;
	if(typeof data67 !== "string"){
	const err147 = {instancePath:instancePath+"/fleet/cohort",schemaPath:"#/properties/fleet/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.cohort.type,parentSchema:schema50.properties.fleet.properties.cohort,data:data67};
	if(vErrors === null){
	vErrors = [err147];
	}
	else {
	vErrors.push(err147);
	}
	errors++;
	}
	}
	if(data65.covered !== undefined){
	let data68 = data65.covered;
	if(Array.isArray(data68)){
	const len13 = data68.length;
	for(let i13=0; i13<len13; i13++){
	let data69 = data68[i13];
	if(typeof data69 !== "string"){
	const err148 = {instancePath:instancePath+"/fleet/covered/" + i13,schemaPath:"#/properties/fleet/properties/covered/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.covered.items.type,parentSchema:schema50.properties.fleet.properties.covered.items,data:data69};
	if(vErrors === null){
	vErrors = [err148];
	}
	else {
	vErrors.push(err148);
	}
	errors++;
	}
	}
	}
	else {
	const err149 = {instancePath:instancePath+"/fleet/covered",schemaPath:"#/properties/fleet/properties/covered/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.fleet.properties.covered.type,parentSchema:schema50.properties.fleet.properties.covered,data:data68};
	if(vErrors === null){
	vErrors = [err149];
	}
	else {
	vErrors.push(err149);
	}
	errors++;
	}
	}
	if(data65.notCovered !== undefined){
	let data70 = data65.notCovered;
	if(Array.isArray(data70)){
	const len14 = data70.length;
	for(let i14=0; i14<len14; i14++){
	let data71 = data70[i14];
	if(typeof data71 !== "string"){
	const err150 = {instancePath:instancePath+"/fleet/notCovered/" + i14,schemaPath:"#/properties/fleet/properties/notCovered/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.notCovered.items.type,parentSchema:schema50.properties.fleet.properties.notCovered.items,data:data71};
	if(vErrors === null){
	vErrors = [err150];
	}
	else {
	vErrors.push(err150);
	}
	errors++;
	}
	}
	}
	else {
	const err151 = {instancePath:instancePath+"/fleet/notCovered",schemaPath:"#/properties/fleet/properties/notCovered/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.fleet.properties.notCovered.type,parentSchema:schema50.properties.fleet.properties.notCovered,data:data70};
	if(vErrors === null){
	vErrors = [err151];
	}
	else {
	vErrors.push(err151);
	}
	errors++;
	}
	}
	if(data65.unknown !== undefined){
	let data72 = data65.unknown;
	if(Array.isArray(data72)){
	const len15 = data72.length;
	for(let i15=0; i15<len15; i15++){
	let data73 = data72[i15];
	if(typeof data73 !== "string"){
	const err152 = {instancePath:instancePath+"/fleet/unknown/" + i15,schemaPath:"#/properties/fleet/properties/unknown/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.unknown.items.type,parentSchema:schema50.properties.fleet.properties.unknown.items,data:data73};
	if(vErrors === null){
	vErrors = [err152];
	}
	else {
	vErrors.push(err152);
	}
	errors++;
	}
	}
	}
	else {
	const err153 = {instancePath:instancePath+"/fleet/unknown",schemaPath:"#/properties/fleet/properties/unknown/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.fleet.properties.unknown.type,parentSchema:schema50.properties.fleet.properties.unknown,data:data72};
	if(vErrors === null){
	vErrors = [err153];
	}
	else {
	vErrors.push(err153);
	}
	errors++;
	}
	}
	if(data65.note !== undefined){
	let data74 = data65.note;
	if(typeof data74 === "string"){
	if(func2(data74) < 1){
	const err154 = {instancePath:instancePath+"/fleet/note",schemaPath:"#/properties/fleet/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.fleet.properties.note,data:data74};
	if(vErrors === null){
	vErrors = [err154];
	}
	else {
	vErrors.push(err154);
	}
	errors++;
	}
	}
	else {
	const err155 = {instancePath:instancePath+"/fleet/note",schemaPath:"#/properties/fleet/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.fleet.properties.note.type,parentSchema:schema50.properties.fleet.properties.note,data:data74};
	if(vErrors === null){
	vErrors = [err155];
	}
	else {
	vErrors.push(err155);
	}
	errors++;
	}
	}
	}
	else {
	const err156 = {instancePath:instancePath+"/fleet",schemaPath:"#/properties/fleet/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.fleet.type,parentSchema:schema50.properties.fleet,data:data65};
	if(vErrors === null){
	vErrors = [err156];
	}
	else {
	vErrors.push(err156);
	}
	errors++;
	}
	}
	}
	else {
	const err157 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
	if(vErrors === null){
	vErrors = [err157];
	}
	else {
	vErrors.push(err157);
	}
	errors++;
	}
	validate22.errors = vErrors;
	return errors === 0;
	}
	validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


	function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate82.evaluated;
	if(evaluated0.dynamicProps){
	evaluated0.props = undefined;
	}
	if(evaluated0.dynamicItems){
	evaluated0.items = undefined;
	}
	if(data && typeof data == "object" && !Array.isArray(data)){
	if(data.apiVersion === undefined){
	const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err0];
	}
	else {
	vErrors.push(err0);
	}
	errors++;
	}
	if(data.evaluationTime === undefined){
	const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evaluationTime"},message:"must have required property '"+"evaluationTime"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err1];
	}
	else {
	vErrors.push(err1);
	}
	errors++;
	}
	if(data.package === undefined){
	const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err2];
	}
	else {
	vErrors.push(err2);
	}
	errors++;
	}
	if(data.inputDigests === undefined){
	const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputDigests"},message:"must have required property '"+"inputDigests"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err3];
	}
	else {
	vErrors.push(err3);
	}
	errors++;
	}
	if(data.policy === undefined){
	const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err4];
	}
	else {
	vErrors.push(err4);
	}
	errors++;
	}
	if(data.evidence === undefined){
	const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err5];
	}
	else {
	vErrors.push(err5);
	}
	errors++;
	}
	if(data.artifacts === undefined){
	const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "artifacts"},message:"must have required property '"+"artifacts"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err6];
	}
	else {
	vErrors.push(err6);
	}
	errors++;
	}
	if(data.result === undefined){
	const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema178.required,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err7];
	}
	else {
	vErrors.push(err7);
	}
	errors++;
	}
	for(const key0 in data){
	if(!((((((((key0 === "apiVersion") || (key0 === "evaluationTime")) || (key0 === "package")) || (key0 === "inputDigests")) || (key0 === "policy")) || (key0 === "evidence")) || (key0 === "artifacts")) || (key0 === "result"))){
	const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err8];
	}
	else {
	vErrors.push(err8);
	}
	errors++;
	}
	}
	if(data.apiVersion !== undefined){
	let data0 = data.apiVersion;
	if("update-gate.dev/report/v1" !== data0){
	const err9 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "update-gate.dev/report/v1"},message:"must be equal to constant",schema:"update-gate.dev/report/v1",parentSchema:schema178.properties.apiVersion,data:data0};
	if(vErrors === null){
	vErrors = [err9];
	}
	else {
	vErrors.push(err9);
	}
	errors++;
	}
	}
	if(data.evaluationTime !== undefined){
	let data1 = data.evaluationTime;
	if(typeof data1 === "string"){
	if(func2(data1) > 64){
	const err10 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/properties/evaluationTime/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema178.properties.evaluationTime,data:data1};
	if(vErrors === null){
	vErrors = [err10];
	}
	else {
	vErrors.push(err10);
	}
	errors++;
	}
	if(!(formats0.validate(data1))){
	const err11 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/properties/evaluationTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema178.properties.evaluationTime,data:data1};
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
	const err12 = {instancePath:instancePath+"/evaluationTime",schemaPath:"#/properties/evaluationTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evaluationTime.type,parentSchema:schema178.properties.evaluationTime,data:data1};
	if(vErrors === null){
	vErrors = [err12];
	}
	else {
	vErrors.push(err12);
	}
	errors++;
	}
	}
	if(data.package !== undefined){
	let data2 = data.package;
	if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
	if(data2.dir === undefined){
	const err13 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "dir"},message:"must have required property '"+"dir"+"'",schema:schema178.properties.package.required,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err13];
	}
	else {
	vErrors.push(err13);
	}
	errors++;
	}
	if(data2.product === undefined){
	const err14 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema178.properties.package.required,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err14];
	}
	else {
	vErrors.push(err14);
	}
	errors++;
	}
	if(data2.fromVersion === undefined){
	const err15 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "fromVersion"},message:"must have required property '"+"fromVersion"+"'",schema:schema178.properties.package.required,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err15];
	}
	else {
	vErrors.push(err15);
	}
	errors++;
	}
	if(data2.toVersion === undefined){
	const err16 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "toVersion"},message:"must have required property '"+"toVersion"+"'",schema:schema178.properties.package.required,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err16];
	}
	else {
	vErrors.push(err16);
	}
	errors++;
	}
	if(data2.cohort === undefined){
	const err17 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "cohort"},message:"must have required property '"+"cohort"+"'",schema:schema178.properties.package.required,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err17];
	}
	else {
	vErrors.push(err17);
	}
	errors++;
	}
	for(const key1 in data2){
	if(!(((((key1 === "dir") || (key1 === "product")) || (key1 === "fromVersion")) || (key1 === "toVersion")) || (key1 === "cohort"))){
	const err18 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err18];
	}
	else {
	vErrors.push(err18);
	}
	errors++;
	}
	}
	if(data2.dir !== undefined){
	let data3 = data2.dir;
	if(typeof data3 !== "string"){
	const err19 = {instancePath:instancePath+"/package/dir",schemaPath:"#/properties/package/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.package.properties.dir.type,parentSchema:schema178.properties.package.properties.dir,data:data3};
	if(vErrors === null){
	vErrors = [err19];
	}
	else {
	vErrors.push(err19);
	}
	errors++;
	}
	}
	if(data2.product !== undefined){
	let data4 = data2.product;
	if(typeof data4 === "string"){
	if(func2(data4) < 1){
	const err20 = {instancePath:instancePath+"/package/product",schemaPath:"#/properties/package/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema178.properties.package.properties.product,data:data4};
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
	const err21 = {instancePath:instancePath+"/package/product",schemaPath:"#/properties/package/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.package.properties.product.type,parentSchema:schema178.properties.package.properties.product,data:data4};
	if(vErrors === null){
	vErrors = [err21];
	}
	else {
	vErrors.push(err21);
	}
	errors++;
	}
	}
	if(data2.fromVersion !== undefined){
	let data5 = data2.fromVersion;
	if(typeof data5 === "string"){
	if(func2(data5) < 1){
	const err22 = {instancePath:instancePath+"/package/fromVersion",schemaPath:"#/properties/package/properties/fromVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema178.properties.package.properties.fromVersion,data:data5};
	if(vErrors === null){
	vErrors = [err22];
	}
	else {
	vErrors.push(err22);
	}
	errors++;
	}
	}
	else {
	const err23 = {instancePath:instancePath+"/package/fromVersion",schemaPath:"#/properties/package/properties/fromVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.package.properties.fromVersion.type,parentSchema:schema178.properties.package.properties.fromVersion,data:data5};
	if(vErrors === null){
	vErrors = [err23];
	}
	else {
	vErrors.push(err23);
	}
	errors++;
	}
	}
	if(data2.toVersion !== undefined){
	let data6 = data2.toVersion;
	if(typeof data6 === "string"){
	if(func2(data6) < 1){
	const err24 = {instancePath:instancePath+"/package/toVersion",schemaPath:"#/properties/package/properties/toVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema178.properties.package.properties.toVersion,data:data6};
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
	const err25 = {instancePath:instancePath+"/package/toVersion",schemaPath:"#/properties/package/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.package.properties.toVersion.type,parentSchema:schema178.properties.package.properties.toVersion,data:data6};
	if(vErrors === null){
	vErrors = [err25];
	}
	else {
	vErrors.push(err25);
	}
	errors++;
	}
	}
	if(data2.cohort !== undefined){
	let data7 = data2.cohort;
	if(typeof data7 === "string"){
	if(func2(data7) < 1){
	const err26 = {instancePath:instancePath+"/package/cohort",schemaPath:"#/properties/package/properties/cohort/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema178.properties.package.properties.cohort,data:data7};
	if(vErrors === null){
	vErrors = [err26];
	}
	else {
	vErrors.push(err26);
	}
	errors++;
	}
	}
	else {
	const err27 = {instancePath:instancePath+"/package/cohort",schemaPath:"#/properties/package/properties/cohort/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.package.properties.cohort.type,parentSchema:schema178.properties.package.properties.cohort,data:data7};
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
	const err28 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.package.type,parentSchema:schema178.properties.package,data:data2};
	if(vErrors === null){
	vErrors = [err28];
	}
	else {
	vErrors.push(err28);
	}
	errors++;
	}
	}
	if(data.inputDigests !== undefined){
	let data8 = data.inputDigests;
	if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
	for(const key2 in data8){
	let data9 = data8[key2];
	if(typeof data9 === "string"){
	if(!pattern18.test(data9)){
	const err29 = {instancePath:instancePath+"/inputDigests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputDigests/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema178.properties.inputDigests.additionalProperties,data:data9};
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
	const err30 = {instancePath:instancePath+"/inputDigests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputDigests/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.inputDigests.additionalProperties.type,parentSchema:schema178.properties.inputDigests.additionalProperties,data:data9};
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
	const err31 = {instancePath:instancePath+"/inputDigests",schemaPath:"#/properties/inputDigests/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.inputDigests.type,parentSchema:schema178.properties.inputDigests,data:data8};
	if(vErrors === null){
	vErrors = [err31];
	}
	else {
	vErrors.push(err31);
	}
	errors++;
	}
	}
	if(data.policy !== undefined){
	let data10 = data.policy;
	if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
	if(data10.name === undefined){
	const err32 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema178.properties.policy.required,parentSchema:schema178.properties.policy,data:data10};
	if(vErrors === null){
	vErrors = [err32];
	}
	else {
	vErrors.push(err32);
	}
	errors++;
	}
	if(data10.sha256 === undefined){
	const err33 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema178.properties.policy.required,parentSchema:schema178.properties.policy,data:data10};
	if(vErrors === null){
	vErrors = [err33];
	}
	else {
	vErrors.push(err33);
	}
	errors++;
	}
	for(const key3 in data10){
	if(!((key3 === "name") || (key3 === "sha256"))){
	const err34 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema178.properties.policy,data:data10};
	if(vErrors === null){
	vErrors = [err34];
	}
	else {
	vErrors.push(err34);
	}
	errors++;
	}
	}
	if(data10.name !== undefined){
	let data11 = data10.name;
	if(typeof data11 !== "string"){
	const err35 = {instancePath:instancePath+"/policy/name",schemaPath:"#/properties/policy/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.policy.properties.name.type,parentSchema:schema178.properties.policy.properties.name,data:data11};
	if(vErrors === null){
	vErrors = [err35];
	}
	else {
	vErrors.push(err35);
	}
	errors++;
	}
	}
	if(data10.sha256 !== undefined){
	let data12 = data10.sha256;
	if(typeof data12 === "string"){
	if(!pattern18.test(data12)){
	const err36 = {instancePath:instancePath+"/policy/sha256",schemaPath:"#/properties/policy/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema178.properties.policy.properties.sha256,data:data12};
	if(vErrors === null){
	vErrors = [err36];
	}
	else {
	vErrors.push(err36);
	}
	errors++;
	}
	}
	else {
	const err37 = {instancePath:instancePath+"/policy/sha256",schemaPath:"#/properties/policy/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.policy.properties.sha256.type,parentSchema:schema178.properties.policy.properties.sha256,data:data12};
	if(vErrors === null){
	vErrors = [err37];
	}
	else {
	vErrors.push(err37);
	}
	errors++;
	}
	}
	}
	else {
	const err38 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.policy.type,parentSchema:schema178.properties.policy,data:data10};
	if(vErrors === null){
	vErrors = [err38];
	}
	else {
	vErrors.push(err38);
	}
	errors++;
	}
	}
	if(data.evidence !== undefined){
	let data13 = data.evidence;
	if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
	if(data13.missing === undefined){
	const err39 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "missing"},message:"must have required property '"+"missing"+"'",schema:schema178.properties.evidence.required,parentSchema:schema178.properties.evidence,data:data13};
	if(vErrors === null){
	vErrors = [err39];
	}
	else {
	vErrors.push(err39);
	}
	errors++;
	}
	if(data13.signatures === undefined){
	const err40 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: "signatures"},message:"must have required property '"+"signatures"+"'",schema:schema178.properties.evidence.required,parentSchema:schema178.properties.evidence,data:data13};
	if(vErrors === null){
	vErrors = [err40];
	}
	else {
	vErrors.push(err40);
	}
	errors++;
	}
	for(const key4 in data13){
	if(!((key4 === "missing") || (key4 === "signatures"))){
	const err41 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema178.properties.evidence,data:data13};
	if(vErrors === null){
	vErrors = [err41];
	}
	else {
	vErrors.push(err41);
	}
	errors++;
	}
	}
	if(data13.missing !== undefined){
	let data14 = data13.missing;
	if(Array.isArray(data14)){
	const len0 = data14.length;
	for(let i0=0; i0<len0; i0++){
	let data15 = data14[i0];
	if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
	if(data15.id === undefined){
	const err42 = {instancePath:instancePath+"/evidence/missing/" + i0,schemaPath:"#/properties/evidence/properties/missing/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema178.properties.evidence.properties.missing.items.required,parentSchema:schema178.properties.evidence.properties.missing.items,data:data15};
	if(vErrors === null){
	vErrors = [err42];
	}
	else {
	vErrors.push(err42);
	}
	errors++;
	}
	if(data15.kind === undefined){
	const err43 = {instancePath:instancePath+"/evidence/missing/" + i0,schemaPath:"#/properties/evidence/properties/missing/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema178.properties.evidence.properties.missing.items.required,parentSchema:schema178.properties.evidence.properties.missing.items,data:data15};
	if(vErrors === null){
	vErrors = [err43];
	}
	else {
	vErrors.push(err43);
	}
	errors++;
	}
	if(data15.file === undefined){
	const err44 = {instancePath:instancePath+"/evidence/missing/" + i0,schemaPath:"#/properties/evidence/properties/missing/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema178.properties.evidence.properties.missing.items.required,parentSchema:schema178.properties.evidence.properties.missing.items,data:data15};
	if(vErrors === null){
	vErrors = [err44];
	}
	else {
	vErrors.push(err44);
	}
	errors++;
	}
	for(const key5 in data15){
	if(!(((key5 === "id") || (key5 === "kind")) || (key5 === "file"))){
	const err45 = {instancePath:instancePath+"/evidence/missing/" + i0,schemaPath:"#/properties/evidence/properties/missing/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema178.properties.evidence.properties.missing.items,data:data15};
	if(vErrors === null){
	vErrors = [err45];
	}
	else {
	vErrors.push(err45);
	}
	errors++;
	}
	}
	if(data15.id !== undefined){
	let data16 = data15.id;
	if(typeof data16 !== "string"){
	const err46 = {instancePath:instancePath+"/evidence/missing/" + i0+"/id",schemaPath:"#/properties/evidence/properties/missing/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.missing.items.properties.id.type,parentSchema:schema178.properties.evidence.properties.missing.items.properties.id,data:data16};
	if(vErrors === null){
	vErrors = [err46];
	}
	else {
	vErrors.push(err46);
	}
	errors++;
	}
	}
	if(data15.kind !== undefined){
	let data17 = data15.kind;
	if(typeof data17 !== "string"){
	const err47 = {instancePath:instancePath+"/evidence/missing/" + i0+"/kind",schemaPath:"#/properties/evidence/properties/missing/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.missing.items.properties.kind.type,parentSchema:schema178.properties.evidence.properties.missing.items.properties.kind,data:data17};
	if(vErrors === null){
	vErrors = [err47];
	}
	else {
	vErrors.push(err47);
	}
	errors++;
	}
	}
	if(data15.file !== undefined){
	let data18 = data15.file;
	if(typeof data18 !== "string"){
	const err48 = {instancePath:instancePath+"/evidence/missing/" + i0+"/file",schemaPath:"#/properties/evidence/properties/missing/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.missing.items.properties.file.type,parentSchema:schema178.properties.evidence.properties.missing.items.properties.file,data:data18};
	if(vErrors === null){
	vErrors = [err48];
	}
	else {
	vErrors.push(err48);
	}
	errors++;
	}
	}
	}
	else {
	const err49 = {instancePath:instancePath+"/evidence/missing/" + i0,schemaPath:"#/properties/evidence/properties/missing/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.evidence.properties.missing.items.type,parentSchema:schema178.properties.evidence.properties.missing.items,data:data15};
	if(vErrors === null){
	vErrors = [err49];
	}
	else {
	vErrors.push(err49);
	}
	errors++;
	}
	}
	}
	else {
	const err50 = {instancePath:instancePath+"/evidence/missing",schemaPath:"#/properties/evidence/properties/missing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema178.properties.evidence.properties.missing.type,parentSchema:schema178.properties.evidence.properties.missing,data:data14};
	if(vErrors === null){
	vErrors = [err50];
	}
	else {
	vErrors.push(err50);
	}
	errors++;
	}
	}
	if(data13.signatures !== undefined){
	let data19 = data13.signatures;
	if(Array.isArray(data19)){
	const len1 = data19.length;
	for(let i1=0; i1<len1; i1++){
	let data20 = data19[i1];
	if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
	if(data20.evidence === undefined){
	const err51 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema178.properties.evidence.properties.signatures.items.required,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
	if(vErrors === null){
	vErrors = [err51];
	}
	else {
	vErrors.push(err51);
	}
	errors++;
	}
	if(data20.source === undefined){
	const err52 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema178.properties.evidence.properties.signatures.items.required,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
	if(vErrors === null){
	vErrors = [err52];
	}
	else {
	vErrors.push(err52);
	}
	errors++;
	}
	if(data20.verified === undefined){
	const err53 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/required",keyword:"required",params:{missingProperty: "verified"},message:"must have required property '"+"verified"+"'",schema:schema178.properties.evidence.properties.signatures.items.required,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
	if(vErrors === null){
	vErrors = [err53];
	}
	else {
	vErrors.push(err53);
	}
	errors++;
	}
	if(data20.keyId === undefined){
	const err54 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/required",keyword:"required",params:{missingProperty: "keyId"},message:"must have required property '"+"keyId"+"'",schema:schema178.properties.evidence.properties.signatures.items.required,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
	if(vErrors === null){
	vErrors = [err54];
	}
	else {
	vErrors.push(err54);
	}
	errors++;
	}
	if(data20.reason === undefined){
	const err55 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema178.properties.evidence.properties.signatures.items.required,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
	if(vErrors === null){
	vErrors = [err55];
	}
	else {
	vErrors.push(err55);
	}
	errors++;
	}
	for(const key6 in data20){
	if(!(func1.call(schema178.properties.evidence.properties.signatures.items.properties, key6))){
	const err56 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
	if(vErrors === null){
	vErrors = [err56];
	}
	else {
	vErrors.push(err56);
	}
	errors++;
	}
	}
	if(data20.evidence !== undefined){
	let data21 = data20.evidence;
	if(typeof data21 !== "string"){
	const err57 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/evidence",schemaPath:"#/properties/evidence/properties/signatures/items/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.signatures.items.properties.evidence.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.evidence,data:data21};
	if(vErrors === null){
	vErrors = [err57];
	}
	else {
	vErrors.push(err57);
	}
	errors++;
	}
	}
	if(data20.source !== undefined){
	let data22 = data20.source;
	if(typeof data22 !== "string"){
	const err58 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/source",schemaPath:"#/properties/evidence/properties/signatures/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.signatures.items.properties.source.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.source,data:data22};
	if(vErrors === null){
	vErrors = [err58];
	}
	else {
	vErrors.push(err58);
	}
	errors++;
	}
	}
	if(data20.verified !== undefined){
	let data23 = data20.verified;
	if(typeof data23 !== "boolean"){
	const err59 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/verified",schemaPath:"#/properties/evidence/properties/signatures/items/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema178.properties.evidence.properties.signatures.items.properties.verified.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.verified,data:data23};
	if(vErrors === null){
	vErrors = [err59];
	}
	else {
	vErrors.push(err59);
	}
	errors++;
	}
	}
	if(data20.keyId !== undefined){
	let data24 = data20.keyId;
	if((typeof data24 !== "string") && (data24 !== null)){
	const err60 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/keyId",schemaPath:"#/properties/evidence/properties/signatures/items/properties/keyId/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.keyId.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.keyId.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.keyId,data:data24};
	if(vErrors === null){
	vErrors = [err60];
	}
	else {
	vErrors.push(err60);
	}
	errors++;
	}
	}
	if(data20.reason !== undefined){
	let data25 = data20.reason;
	if((typeof data25 !== "string") && (data25 !== null)){
	const err61 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/reason",schemaPath:"#/properties/evidence/properties/signatures/items/properties/reason/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.reason.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.reason.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.reason,data:data25};
	if(vErrors === null){
	vErrors = [err61];
	}
	else {
	vErrors.push(err61);
	}
	errors++;
	}
	}
	if(data20.issuer !== undefined){
	let data26 = data20.issuer;
	if((typeof data26 !== "string") && (data26 !== null)){
	const err62 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/issuer",schemaPath:"#/properties/evidence/properties/signatures/items/properties/issuer/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.issuer.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.issuer.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.issuer,data:data26};
	if(vErrors === null){
	vErrors = [err62];
	}
	else {
	vErrors.push(err62);
	}
	errors++;
	}
	}
	if(data20.subject !== undefined){
	let data27 = data20.subject;
	if((typeof data27 !== "string") && (data27 !== null)){
	const err63 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/subject",schemaPath:"#/properties/evidence/properties/signatures/items/properties/subject/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.subject.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.subject.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.subject,data:data27};
	if(vErrors === null){
	vErrors = [err63];
	}
	else {
	vErrors.push(err63);
	}
	errors++;
	}
	}
	if(data20.sourceRepository !== undefined){
	let data28 = data20.sourceRepository;
	if((typeof data28 !== "string") && (data28 !== null)){
	const err64 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/sourceRepository",schemaPath:"#/properties/evidence/properties/signatures/items/properties/sourceRepository/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.sourceRepository.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.sourceRepository.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.sourceRepository,data:data28};
	if(vErrors === null){
	vErrors = [err64];
	}
	else {
	vErrors.push(err64);
	}
	errors++;
	}
	}
	if(data20.sourceRef !== undefined){
	let data29 = data20.sourceRef;
	if((typeof data29 !== "string") && (data29 !== null)){
	const err65 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/sourceRef",schemaPath:"#/properties/evidence/properties/signatures/items/properties/sourceRef/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.sourceRef.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.sourceRef.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.sourceRef,data:data29};
	if(vErrors === null){
	vErrors = [err65];
	}
	else {
	vErrors.push(err65);
	}
	errors++;
	}
	}
	if(data20.sourceCommit !== undefined){
	let data30 = data20.sourceCommit;
	if((typeof data30 !== "string") && (data30 !== null)){
	const err66 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/sourceCommit",schemaPath:"#/properties/evidence/properties/signatures/items/properties/sourceCommit/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.sourceCommit.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.sourceCommit.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.sourceCommit,data:data30};
	if(vErrors === null){
	vErrors = [err66];
	}
	else {
	vErrors.push(err66);
	}
	errors++;
	}
	}
	if(data20.buildSignerUri !== undefined){
	let data31 = data20.buildSignerUri;
	if((typeof data31 !== "string") && (data31 !== null)){
	const err67 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/buildSignerUri",schemaPath:"#/properties/evidence/properties/signatures/items/properties/buildSignerUri/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.buildSignerUri.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.buildSignerUri.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.buildSignerUri,data:data31};
	if(vErrors === null){
	vErrors = [err67];
	}
	else {
	vErrors.push(err67);
	}
	errors++;
	}
	}
	if(data20.runnerEnvironment !== undefined){
	let data32 = data20.runnerEnvironment;
	if((typeof data32 !== "string") && (data32 !== null)){
	const err68 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/runnerEnvironment",schemaPath:"#/properties/evidence/properties/signatures/items/properties/runnerEnvironment/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.runnerEnvironment.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.runnerEnvironment.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.runnerEnvironment,data:data32};
	if(vErrors === null){
	vErrors = [err68];
	}
	else {
	vErrors.push(err68);
	}
	errors++;
	}
	}
	if(data20.logIndexes !== undefined){
	let data33 = data20.logIndexes;
	if(Array.isArray(data33)){
	const len2 = data33.length;
	for(let i2=0; i2<len2; i2++){
	let data34 = data33[i2];
	if(typeof data34 !== "string"){
	const err69 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/logIndexes/" + i2,schemaPath:"#/properties/evidence/properties/signatures/items/properties/logIndexes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.signatures.items.properties.logIndexes.items.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.logIndexes.items,data:data34};
	if(vErrors === null){
	vErrors = [err69];
	}
	else {
	vErrors.push(err69);
	}
	errors++;
	}
	}
	}
	else {
	const err70 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/logIndexes",schemaPath:"#/properties/evidence/properties/signatures/items/properties/logIndexes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema178.properties.evidence.properties.signatures.items.properties.logIndexes.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.logIndexes,data:data33};
	if(vErrors === null){
	vErrors = [err70];
	}
	else {
	vErrors.push(err70);
	}
	errors++;
	}
	}
	if(data20.signedAt !== undefined){
	let data35 = data20.signedAt;
	if((typeof data35 !== "string") && (data35 !== null)){
	const err71 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/signedAt",schemaPath:"#/properties/evidence/properties/signatures/items/properties/signedAt/type",keyword:"type",params:{type: schema178.properties.evidence.properties.signatures.items.properties.signedAt.type},message:"must be string,null",schema:schema178.properties.evidence.properties.signatures.items.properties.signedAt.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.signedAt,data:data35};
	if(vErrors === null){
	vErrors = [err71];
	}
	else {
	vErrors.push(err71);
	}
	errors++;
	}
	}
	if(data20.origin !== undefined){
	let data36 = data20.origin;
	if(typeof data36 !== "string"){
	const err72 = {instancePath:instancePath+"/evidence/signatures/" + i1+"/origin",schemaPath:"#/properties/evidence/properties/signatures/items/properties/origin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.evidence.properties.signatures.items.properties.origin.type,parentSchema:schema178.properties.evidence.properties.signatures.items.properties.origin,data:data36};
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
	const err73 = {instancePath:instancePath+"/evidence/signatures/" + i1,schemaPath:"#/properties/evidence/properties/signatures/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.evidence.properties.signatures.items.type,parentSchema:schema178.properties.evidence.properties.signatures.items,data:data20};
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
	const err74 = {instancePath:instancePath+"/evidence/signatures",schemaPath:"#/properties/evidence/properties/signatures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema178.properties.evidence.properties.signatures.type,parentSchema:schema178.properties.evidence.properties.signatures,data:data19};
	if(vErrors === null){
	vErrors = [err74];
	}
	else {
	vErrors.push(err74);
	}
	errors++;
	}
	}
	}
	else {
	const err75 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.evidence.type,parentSchema:schema178.properties.evidence,data:data13};
	if(vErrors === null){
	vErrors = [err75];
	}
	else {
	vErrors.push(err75);
	}
	errors++;
	}
	}
	if(data.artifacts !== undefined){
	let data37 = data.artifacts;
	if(Array.isArray(data37)){
	const len3 = data37.length;
	for(let i3=0; i3<len3; i3++){
	let data38 = data37[i3];
	if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
	if(data38.name === undefined){
	const err76 = {instancePath:instancePath+"/artifacts/" + i3,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema178.properties.artifacts.items.required,parentSchema:schema178.properties.artifacts.items,data:data38};
	if(vErrors === null){
	vErrors = [err76];
	}
	else {
	vErrors.push(err76);
	}
	errors++;
	}
	if(data38.sha256 === undefined){
	const err77 = {instancePath:instancePath+"/artifacts/" + i3,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema178.properties.artifacts.items.required,parentSchema:schema178.properties.artifacts.items,data:data38};
	if(vErrors === null){
	vErrors = [err77];
	}
	else {
	vErrors.push(err77);
	}
	errors++;
	}
	if(data38.matches === undefined){
	const err78 = {instancePath:instancePath+"/artifacts/" + i3,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: "matches"},message:"must have required property '"+"matches"+"'",schema:schema178.properties.artifacts.items.required,parentSchema:schema178.properties.artifacts.items,data:data38};
	if(vErrors === null){
	vErrors = [err78];
	}
	else {
	vErrors.push(err78);
	}
	errors++;
	}
	for(const key7 in data38){
	if(!(((key7 === "name") || (key7 === "sha256")) || (key7 === "matches"))){
	const err79 = {instancePath:instancePath+"/artifacts/" + i3,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema178.properties.artifacts.items,data:data38};
	if(vErrors === null){
	vErrors = [err79];
	}
	else {
	vErrors.push(err79);
	}
	errors++;
	}
	}
	if(data38.name !== undefined){
	let data39 = data38.name;
	if(typeof data39 !== "string"){
	const err80 = {instancePath:instancePath+"/artifacts/" + i3+"/name",schemaPath:"#/properties/artifacts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema178.properties.artifacts.items.properties.name.type,parentSchema:schema178.properties.artifacts.items.properties.name,data:data39};
	if(vErrors === null){
	vErrors = [err80];
	}
	else {
	vErrors.push(err80);
	}
	errors++;
	}
	}
	if(data38.sha256 !== undefined){
	let data40 = data38.sha256;
	if((typeof data40 !== "string") && (data40 !== null)){
	const err81 = {instancePath:instancePath+"/artifacts/" + i3+"/sha256",schemaPath:"#/properties/artifacts/items/properties/sha256/type",keyword:"type",params:{type: schema178.properties.artifacts.items.properties.sha256.type},message:"must be string,null",schema:schema178.properties.artifacts.items.properties.sha256.type,parentSchema:schema178.properties.artifacts.items.properties.sha256,data:data40};
	if(vErrors === null){
	vErrors = [err81];
	}
	else {
	vErrors.push(err81);
	}
	errors++;
	}
	}
	if(data38.matches !== undefined){
	let data41 = data38.matches;
	if(typeof data41 !== "boolean"){
	const err82 = {instancePath:instancePath+"/artifacts/" + i3+"/matches",schemaPath:"#/properties/artifacts/items/properties/matches/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema178.properties.artifacts.items.properties.matches.type,parentSchema:schema178.properties.artifacts.items.properties.matches,data:data41};
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
	const err83 = {instancePath:instancePath+"/artifacts/" + i3,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.properties.artifacts.items.type,parentSchema:schema178.properties.artifacts.items,data:data38};
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
	const err84 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema178.properties.artifacts.type,parentSchema:schema178.properties.artifacts,data:data37};
	if(vErrors === null){
	vErrors = [err84];
	}
	else {
	vErrors.push(err84);
	}
	errors++;
	}
	}
	if(data.result !== undefined){
	if(!(validate22(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
	vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
	errors = vErrors.length;
	}
	}
	}
	else {
	const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema178.type,parentSchema:schema178,data};
	if(vErrors === null){
	vErrors = [err85];
	}
	else {
	vErrors.push(err85);
	}
	errors++;
	}
	validate82.errors = vErrors;
	return errors === 0;
	}
	validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

	  return exports.report;
	};
	return validatorsReportErrors;
}

var validatorsReportErrorsExports = requireValidatorsReportErrors();

module.exports = validatorsReportErrorsExports;
})
