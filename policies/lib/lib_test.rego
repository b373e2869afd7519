package update_gate.lib_test

import data.update_gate.lib

test_versions if {
	lib.version_lt("5.4.2", "5.4.10")
	not lib.version_lt("5.4.10", "5.4.2")
	lib.version_lte("5.4.2", "5.4.2")
	not lib.version_lt("x", "5.4.2")
	lib.valid_version("1.2.3")
	not lib.valid_version(123)
}

generic := {"package": {"scope": {"versionScheme": "generic"}}}

test_generic_versions if {
	lib.version_lt("2.4", "2.6") with input as generic
	lib.version_lt("2.9", "2.10") with input as generic
	lib.version_lt("2.4", "2.4.1") with input as generic
	lib.version_cmp("2.4", "2.4") == 0 with input as generic
	lib.version_cmp("4.2-rc1", "4.2") == 1 with input as generic
	lib.version_cmp("4.2a", "4.2.1") == -1 with input as generic
	lib.version_cmp("1.b", "1.a") == 1 with input as generic
	lib.valid_version("2.4") with input as generic
	not lib.valid_version("2.4") with input as {"package": {"scope": {"versionScheme": "semver"}}}
	not lib.valid_version(" 2.4") with input as generic
}

test_time if {
	lib.ns("2026-10-01T11:00:00+02:00") == lib.ns("2026-10-01T09:00:00Z")
}

test_evidence_reason_none if {
	lib.evidence_reason("signing") == "level 1: no evidence" with input as {"evidence": []}
}
