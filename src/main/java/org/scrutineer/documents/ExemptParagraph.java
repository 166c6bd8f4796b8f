package org.scrutineer.documents;

/** The descriptions of exempt information in Local Government Act 1972 Schedule 12A, Part 1 (England). */
public enum ExemptParagraph {
    P1(1, "Information relating to any individual"),
    P2(2, "Information which is likely to reveal the identity of an individual"),
    P3(3, "Information relating to the financial or business affairs of any particular person (including the "
            + "authority holding that information)"),
    P4(4, "Information relating to any consultations or negotiations, or contemplated consultations or "
            + "negotiations, in connection with any labour relations matter arising between the authority or a "
            + "Minister of the Crown and employees of, or office holders under, the authority"),
    P5(5, "Information in respect of which a claim to legal professional privilege could be maintained in legal "
            + "proceedings"),
    P6(6, "Information which reveals that the authority proposes to give under any enactment a notice under or by "
            + "virtue of which requirements are imposed on a person, or to make an order or direction under any "
            + "enactment"),
    P7(7, "Information relating to any action taken or to be taken in connection with the prevention, investigation "
            + "or prosecution of crime");

    private final int number;
    private final String label;

    ExemptParagraph(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The paragraph's number, 1 to 7. */
    public int number() {
        return number;
    }

    /** The paragraph's description of the information, as the Schedule words it. */
    public String label() {
        return label;
    }

    /** The paragraph with the given number. */
    public static ExemptParagraph of(int number) {
        if (number < 1 || number > 7) {
            throw new IllegalArgumentException("Schedule 12A has paragraphs 1 to 7, not " + number);
        }
        return values()[number - 1];
    }

    /** Whether a number names a paragraph. */
    public static boolean valid(Integer number) {
        return number != null && number >= 1 && number <= 7;
    }
}
