package org.scrutineer.recommendations.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutineer.platform.FieldProblem;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseDetails;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.UpdateDetails;

/**
 * The rules of the recommendations workflow that need no database: what a report, a recommendation, a response
 * and an update must contain, references and municipal years, and lateness. Each check returns every problem at
 * once, named by field, so a form can show them all in its error summary.
 */
public final class RecommendationRules {

    /** {@code SR(26/27)04}: a prefix, the municipal year and a number within it. */
    private static final Pattern REFERENCE = Pattern.compile("^([A-Z]{1,6})\\((\\d{2})/(\\d{2})\\)(\\d{1,4})$");

    private RecommendationRules() {
    }

    /** The year the municipal year containing a day starts in, for a council whose year starts in a month. */
    public static int municipalYear(LocalDate day, int startMonth) {
        return day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
    }

    /** A report's reference: {@code SR(26/27)04} for the fourth report of 2026/27. */
    public static String reference(String prefix, int municipalYear, int sequence) {
        return String.format("%s(%02d/%02d)%02d", prefix, municipalYear % 100, (municipalYear + 1) % 100, sequence);
    }

    /** The municipal year and number of a reference in the council's form, if it is in that form. */
    public static Optional<int[]> parseReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(reference.strip().toUpperCase());
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(2));
        int to = Integer.parseInt(m.group(3));
        if ((from + 1) % 100 != to) {
            return Optional.empty();
        }
        return Optional.of(new int[] {2000 + from, Integer.parseInt(m.group(4))});
    }

    /** How many days after the due date something was done (0 when on or before it). */
    public static int daysLate(LocalDate due, LocalDate done) {
        return due == null || done == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(due, done));
    }

    /** Problems with a report's written fields. */
    public static List<FieldProblem> checkReport(ReportDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.committeeId() == null) {
            problems.add(new FieldProblem("committeeId", "Select the committee or review the report is from"));
        }
        if (blank(d.title())) {
            problems.add(new FieldProblem("title", "Enter the report's title"));
        } else if (d.title().strip().length() > 300) {
            problems.add(new FieldProblem("title", "The title must be 300 characters or fewer"));
        }
        if (d.exemptParagraph() != null) {
            if (d.exemptParagraph() < 1 || d.exemptParagraph() > 7) {
                problems.add(new FieldProblem("exemptParagraph", "Select a Schedule 12A paragraph from 1 to 7"));
            }
            if (blank(d.exemptReason())) {
                problems.add(new FieldProblem("exemptReason",
                        "Enter why the public interest in withholding the information outweighs disclosing it"));
            }
            if (blank(d.publicSummary())) {
                problems.add(new FieldProblem("publicSummary",
                        "Enter a summary the public can read in place of the exempt information"));
            }
        }
        return problems;
    }

    /** Problems with a recommendation's written fields. */
    public static List<FieldProblem> checkRecommendation(RecommendationDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(d.text())) {
            problems.add(new FieldProblem("text", "Enter the recommendation"));
        }
        if (d.addressedTo() == null) {
            problems.add(new FieldProblem("addressedTo", "Select whom the recommendation is addressed to"));
        } else if (d.addressedTo() == Addressee.CABINET_MEMBER && d.addresseeId() == null) {
            problems.add(new FieldProblem("addresseeId", "Select the cabinet member it is addressed to"));
        } else if (d.addressedTo() == Addressee.PARTNER && blank(d.partnerBody())) {
            problems.add(new FieldProblem("partnerBody", "Enter the partner body it is addressed to"));
        }
        if (d.addressedTo() != null && d.addressedTo().executive() && d.portfolioId() == null) {
            problems.add(new FieldProblem("portfolioId", "Select the portfolio the recommendation falls under"));
        }
        if (d.exempt() && blank(d.publicSummary())) {
            problems.add(new FieldProblem("publicSummary",
                    "Enter a summary the public can read in place of the exempt recommendation"));
        }
        return problems;
    }

    /**
     * Problems with the response to one recommendation. A response still being drafted may leave the decision
     * open ({@code complete} false); once approved every recommendation to the executive needs a decision.
     * Reasons are mandatory unless it is accepted in full, and so is every field the committee required for a
     * recommendation accepted in whole or in part.
     *
     * @param prefix the field name prefix, e.g. {@code responses[2].}
     */
    public static List<FieldProblem> checkResponse(ResponseDetails r, int number, Set<ResponseField> required,
            boolean complete, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        String which = "Recommendation " + number + ": ";
        if (r.decision() == null) {
            if (complete) {
                problems.add(new FieldProblem(prefix + "decision",
                        which + "select whether it is accepted, partially accepted, rejected or deferred"));
            }
            return problems;
        }
        ResponseDecision decision = r.decision();
        if (decision.reasonsRequired() && blank(r.reasons())) {
            problems.add(new FieldProblem(prefix + "reasons", which + "enter the reasons it is "
                    + decision.label().toLowerCase() + " – reasons are mandatory unless it is accepted in full"));
        }
        if (decision.actionFollows()) {
            for (ResponseField f : required) {
                if (f == ResponseField.REASONS) {
                    if (!decision.reasonsRequired() && blank(r.reasons())) {
                        problems.add(new FieldProblem(prefix + f.property(), which + f.missing().toLowerCase()
                                + " (the committee asked for reasons)"));
                    }
                } else if (missing(r, f)) {
                    problems.add(new FieldProblem(prefix + f.property(),
                            which + lowerFirst(f.missing()) + " (the committee requires it)"));
                }
            }
        }
        if (r.targetDate() != null && (r.targetDate().getYear() < 2000 || r.targetDate().getYear() > 2100)) {
            problems.add(new FieldProblem(prefix + "targetDate", which + "the target date must be a real date"));
        }
        return problems;
    }

    private static boolean missing(ResponseDetails r, ResponseField f) {
        return switch (f) {
            case PROPOSED_ACTION -> blank(r.proposedAction());
            case CABINET_MEMBER -> r.cabinetMemberId() == null;
            case LEAD_OFFICER -> r.leadOfficerId() == null;
            case TARGET_DATE -> r.targetDate() == null;
            case SUCCESS_MEASURE -> blank(r.successMeasure());
            case REASONS -> blank(r.reasons());
        };
    }

    /**
     * Problems with an implementation update: a slipped action needs its new date and the reason, one not
     * achieved needs the reason, one achieved needs the evidence.
     */
    public static List<FieldProblem> checkUpdate(UpdateDetails u, LocalDate currentTarget, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (u.postedOn() == null) {
            problems.add(new FieldProblem("postedOn", "Enter the date of the update"));
        } else if (u.postedOn().isAfter(today)) {
            problems.add(new FieldProblem("postedOn", "The update's date cannot be in the future"));
        }
        if (u.status() == null) {
            problems.add(new FieldProblem("status", "Select whether the action is on track, slipped, not achieved or achieved"));
            return problems;
        }
        switch (u.status()) {
            case SLIPPED -> {
                if (u.newTarget() == null) {
                    problems.add(new FieldProblem("newTarget", "Enter the new target date for the slipped action"));
                } else if (currentTarget != null && !u.newTarget().isAfter(currentTarget)) {
                    problems.add(new FieldProblem("newTarget", "The new target date must be after the current one, "
                            + currentTarget));
                } else if (u.postedOn() != null && !u.newTarget().isAfter(u.postedOn())) {
                    problems.add(new FieldProblem("newTarget", "The new target date must be after the update's date"));
                }
                if (blank(u.reason())) {
                    problems.add(new FieldProblem("reason", "Enter why the action slipped"));
                }
            }
            case NOT_ACHIEVED -> {
                if (blank(u.reason())) {
                    problems.add(new FieldProblem("reason", "Enter why the action was not achieved"));
                }
            }
            case ACHIEVED -> {
                if (blank(u.evidence())) {
                    problems.add(new FieldProblem("evidence", "Enter the evidence that the action was achieved"));
                }
            }
            case ON_TRACK -> {
                if (blank(u.note())) {
                    problems.add(new FieldProblem("note", "Say what has been done since the last update"));
                }
            }
        }
        if (u.status() != Progress.SLIPPED && u.newTarget() != null) {
            problems.add(new FieldProblem("newTarget", "Only a slipped action has a new target date"));
        }
        return problems;
    }

    /** Whether a text is an absolute http or https address a browser can open. */
    public static boolean webAddress(String text) {
        if (text == null || text.strip().length() > 2000) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(text.strip());
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
