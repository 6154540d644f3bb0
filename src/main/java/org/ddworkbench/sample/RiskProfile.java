package org.ddworkbench.sample;

/**
 * How likely a surveyed worker of a sample supplier is to report each problem; the two HIGH profiles
 * concentrate the sample's forced-labour signals in two suppliers, as real portfolios tend to.
 */
enum RiskProfile {
    LOW(0.02, 0.5, 0.01, 0.0, 0.01, 0.01, 0.04, 0.01, 0.04, 0.03, 0.01, 0.01, 0.02, 0.75),
    ELEVATED(0.15, 2.0, 0.12, 0.25, 0.20, 0.15, 0.18, 0.06, 0.20, 0.25, 0.08, 0.10, 0.15, 0.40),
    HIGH_FEES_AND_DOCUMENTS(0.62, 4.5, 0.55, 0.20, 0.30, 0.25, 0.50, 0.12, 0.35, 0.20, 0.15, 0.30, 0.05, 0.30),
    HIGH_HOURS(0.35, 3.0, 0.30, 0.65, 0.55, 0.40, 0.30, 0.15, 0.25, 0.30, 0.25, 0.35, 0.08, 0.25);

    final double paidFee;
    final double maxFeeMonths;
    final double documentsHeld;
    final double longHours;
    final double forcedOvertime;
    final double wageDelay;
    final double debt;
    final double threatened;
    final double contractNotUnderstood;
    final double noPayslip;
    final double notFreeToLeave;
    final double penaltyForResigning;
    final double noFamilyContact;
    final double knowsGrievanceChannel;

    RiskProfile(double paidFee, double maxFeeMonths, double documentsHeld, double longHours, double forcedOvertime,
            double wageDelay, double debt, double threatened, double contractNotUnderstood, double noPayslip,
            double notFreeToLeave, double penaltyForResigning, double noFamilyContact, double knowsGrievanceChannel) {
        this.paidFee = paidFee;
        this.maxFeeMonths = maxFeeMonths;
        this.documentsHeld = documentsHeld;
        this.longHours = longHours;
        this.forcedOvertime = forcedOvertime;
        this.wageDelay = wageDelay;
        this.debt = debt;
        this.threatened = threatened;
        this.contractNotUnderstood = contractNotUnderstood;
        this.noPayslip = noPayslip;
        this.notFreeToLeave = notFreeToLeave;
        this.penaltyForResigning = penaltyForResigning;
        this.noFamilyContact = noFamilyContact;
        this.knowsGrievanceChannel = knowsGrievanceChannel;
    }

    boolean isHigh() {
        return this == HIGH_FEES_AND_DOCUMENTS || this == HIGH_HOURS;
    }
}
