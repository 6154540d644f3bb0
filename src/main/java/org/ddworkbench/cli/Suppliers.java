package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ddworkbench.App;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;

/** Looks up suppliers named on the command line by id, so an unknown id is refused with a clear line. */
final class Suppliers {
    private Suppliers() {
    }

    /** Supplier id → name, for commands that print actions or scores. */
    static Map<Long, String> names(App app, Project project) throws ProblemException {
        Map<Long, String> names = new HashMap<>();
        for (SupplierSummary supplier : app.imports().suppliers(project)) {
            names.put(supplier.id(), supplier.name());
        }
        return names;
    }

    static void require(App app, Project project, long supplierId, Path folder) throws ProblemException {
        if (!names(app, project).containsKey(supplierId)) {
            throw new CliProblem("--supplier: there is no supplier #" + supplierId + " in " + folder
                    + "; `ddw risk` lists the suppliers with their ids.");
        }
    }
}
