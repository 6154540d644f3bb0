/**
 * Statistical disclosure control for aggregate tables: build a {@link org.ddworkbench.report.disclosure.DisclosureTable},
 * take {@link org.ddworkbench.report.disclosure.DisclosureRules#fromPack} and call
 * {@link org.ddworkbench.report.disclosure.DisclosureControl#protect} to get a
 * {@link org.ddworkbench.report.disclosure.ProtectedTable} with a mark and reason for every cell and margin.
 */
package org.ddworkbench.report.disclosure;
