package org.ddworkbench.report.packet;

/** A rule a packet file breaks while it is read, with the place in the file; the reader adds the file's name. */
final class PacketProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String place;

    /**
     * @param place where in the packet, such as {@code table 2 ("Suppliers by country")}; empty for the top level
     * @param problem what is wrong, as a sentence fragment
     */
    PacketProblem(String place, String problem) {
        super(problem);
        this.place = place;
    }

    String place() {
        return place;
    }
}
