package org.scrutineer.meetings.web;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.RegisterLine;

/**
 * The register: one line for each member of the committee on the day (present, apologies or absent), then rows
 * for substitutes, each a councillor standing in for a member who sent apologies. Blank substitute rows are left out.
 */
public class RegisterForm {

    /** Substitute rows offered beyond those already recorded. */
    static final int SPARE_SUBSTITUTE_ROWS = 3;

    private List<Line> lines = new ArrayList<>();
    private List<Line> substitutes = new ArrayList<>();

    /** The lines to record, members first, and for each its name on this form (to put problems on the right row). */
    List<RegisterLine> registerLines(List<String> formFields) {
        List<RegisterLine> given = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            given.add(new RegisterLine(l.personId, l.attendance, null));
            formFields.add("lines[" + i + "]");
        }
        for (int i = 0; i < substitutes.size(); i++) {
            Line l = substitutes.get(i);
            if (l.personId == null && l.substituteForId == null) {
                continue;
            }
            given.add(new RegisterLine(l.personId, Attendance.SUBSTITUTE, l.substituteForId));
            formFields.add("substitutes[" + i + "]");
        }
        return given;
    }

    /** Pads the substitute rows with blank ones. */
    void spareRows() {
        for (int i = 0; i < SPARE_SUBSTITUTE_ROWS; i++) {
            substitutes.add(new Line());
        }
    }

    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
    public List<Line> getSubstitutes() { return substitutes; }
    public void setSubstitutes(List<Line> substitutes) { this.substitutes = substitutes; }

    /** One person on the register. */
    public static class Line {

        private Long personId;
        private Attendance attendance;
        private Long substituteForId;

        static Line of(Long personId, Attendance attendance, Long substituteForId) {
            Line l = new Line();
            l.personId = personId;
            l.attendance = attendance;
            l.substituteForId = substituteForId;
            return l;
        }

        public Long getPersonId() { return personId; }
        public void setPersonId(Long personId) { this.personId = personId; }
        public Attendance getAttendance() { return attendance; }
        public void setAttendance(Attendance attendance) { this.attendance = attendance; }
        public Long getSubstituteForId() { return substituteForId; }
        public void setSubstituteForId(Long substituteForId) { this.substituteForId = substituteForId; }
    }
}
