# The host's one read of a policy that extends the built-in one: the contributions it checks
# (contributions.rego) and the decision it reports, from one evaluation, so the team packages and
# the rules they share with the decision are evaluated once rather than once per entrypoint.
# (package update_gate.contract: its METADATA is in contributions.rego.)
package update_gate.contract

# METADATA
# title: Evaluation
# description: >-
#   {"contributions": team -> rule name -> entries, "result": the policy output}; each key is
#   present when its value is defined, so an undefined decision stays undefined.
# entrypoint: true
evaluation["contributions"] := contributions

evaluation["result"] := data.update_gate.decision.result
