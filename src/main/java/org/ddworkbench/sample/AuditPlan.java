package org.ddworkbench.sample;

import java.time.LocalDate;

/**
 * One fictional social audit of a sample supplier.
 *
 * @param type announced, semi-announced or unannounced
 * @param seesTruth whether the auditors saw the real practices; when false they saw what the supplier declares
 */
record AuditPlan(LocalDate date, String scheme, String auditorFirm, String type, boolean seesTruth) {
}
