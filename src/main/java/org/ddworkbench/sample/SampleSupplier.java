package org.ddworkbench.sample;

import java.util.List;

/**
 * One invented supplier of the sample portfolio with everything the generator derives its files from.
 *
 * @param slug the file-name stem of its SAQ and audit workbooks
 * @param surveyName how the worker-survey team wrote the supplier's name (not always the official one)
 * @param countryAsWritten the country as the supplier list spells it (deliberately inconsistent)
 * @param iso2 the real ISO 3166-1 alpha-2 code, for the workforce's nationalities
 * @param osId an Open Supply Hub-style id, or empty when the site is not listed
 * @param surveyed how many of its workers answered the worker survey
 */
record SampleSupplier(
        String slug,
        String name,
        String surveyName,
        String countryAsWritten,
        String iso2,
        String province,
        String address,
        String sector,
        String activity,
        int tier,
        String osId,
        int workers,
        int surveyed,
        RiskProfile risk,
        Practices truth,
        Practices claimed,
        List<AuditPlan> audits) {

    SampleSupplier {
        audits = List.copyOf(audits);
    }

    boolean isFishingVessels() {
        return truth.maxDaysAtSea() != null;
    }

    boolean isSeafood() {
        return "Seafood".equals(sector);
    }
}
