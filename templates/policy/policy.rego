# METADATA
# title: __TEAM__
# description: >-
#   A custom rule of team __TEAM__, compiled together with update-gate's built-in policy. Every
#   finding it contributes is aggregated by the built-in decision under control custom.__TEAM__:
#   a violation or gap rejects the update (or, with `configuration`, that configuration), a
#   warning or info is only reported. Contract: docs/policy-authoring.md (and schemas/ here).
# scope: package
package update_gate.custom.__TEAM__

# Parameters come from a data file passed with --data (the Action's `data` input):
#   update_gate:
#     parameters:
#       __TEAM__:
#         products: [IC-22]
params := data.update_gate.parameters.__TEAM__ if is_object(data.update_gate.parameters.__TEAM__)

else := {}

products := object.get(params, "products", ["IC-22"])

# METADATA
# title: Product not allowed
# description: The update is for a product this team does not operate.
findings contains {
	"rule": "__TEAM__.product_not_allowed",
	"severity": "violation",
	"message": concat("", ["product ", input.package.scope.product, " is not one of ", concat(", ", products)]),
	"evidence": [],
} if {
	not input.package.scope.product in products
}
