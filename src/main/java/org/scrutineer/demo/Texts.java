package org.scrutineer.demo;

import java.util.List;

import org.scrutineer.recommendations.ResponseDecision;

/**
 * The words of generated scrutiny reports and meetings: English local government topics and what committees say
 * about them.
 */
final class Texts {

    static final List<String> TOPICS = List.of("Adult social care charging", "Air quality near schools",
            "Allotments", "Anti-social behaviour on council estates", "Apprenticeships", "Bus services",
            "Child poverty", "Children's centres", "The climate emergency action plan", "Community safety",
            "Council tax collection", "The customer contact centre", "Cycling and walking routes",
            "Dementia-friendly services", "Domestic abuse support", "Early help for families",
            "Elective home education", "Empty homes", "Holiday hunger", "Grass cutting and verges",
            "Homelessness prevention", "Potholes and highway maintenance", "Leisure centres", "Libraries",
            "Loneliness in older people", "Mental health crisis support", "Parking enforcement",
            "Planning enforcement", "Private rented housing standards", "Public toilets", "Recycling rates",
            "School place planning", "Social prescribing", "Street lighting", "Suicide prevention", "Tree planting",
            "Universal credit and rent arrears", "Youth services", "Staff wellbeing and sickness absence",
            "Digital inclusion", "Flood risk management", "Markets and the high street", "Care leavers",
            "Hospital discharge", "Home to school transport", "Fly-tipping", "Damp and mould in council homes",
            "Town centre regeneration");

    static final List<String> PARTNERS = List.of("Anytown and District NHS Foundation Trust",
            "Shire Constabulary", "Anytown Homes (housing association)", "Shire Fire and Rescue Service",
            "Anytown Integrated Care Board", "Anytown College");

    static final List<String> SLIP_REASONS = List.of("The contractor could not start until the new financial year.",
            "Two posts in the team were vacant for most of the period.", "The consultation took longer than planned.",
            "The Government's guidance, on which the action depends, was delayed.",
            "The budget for the work was reduced in year.", "A partner organisation withdrew from the project.",
            "The procurement had to be run again after no compliant bids were received.");

    static final List<String> IMPACTS = List.of("Complaints about the service fell by a third in a year.",
            "Residents' satisfaction with the service rose from 61% to 74%.",
            "The council now meets its target in eleven months out of twelve.",
            "The service saved £120,000 a year without reducing what residents receive.",
            "Waiting times halved within six months.", "The number of people helped doubled.",
            "The committee found the change had been made, but its effect will not be known for another year.");

    static final String EXEMPT_REASON = "The report includes the terms the council is prepared to offer in a "
            + "commercial negotiation. Disclosing them would prejudice the council's position, and the public interest "
            + "in withholding them until the contract is signed outweighs the public interest in disclosure.";

    private static final List<String> RECOMMENDATIONS = List.of(
            "Set a measurable target for %s and report progress to the committee every six months.",
            "Publish an action plan for %s, agreed with residents and partners, within six months.",
            "Review the budget for %s as part of next year's budget setting.",
            "Name a lead officer for %s as every councillor's single point of contact.",
            "Ask the people who use the service about %s and report what they said to the committee.",
            "Compare the council's performance on %s with its statistical neighbours each year.",
            "Agree with partners how they will share data about %s.",
            "Train front-line staff on %s within twelve months.",
            "Add a measure of %s to the council plan's performance indicators.",
            "Bid for external funding to do more about %s.",
            "Write to the Government asking for a change in the law on %s.",
            "Hold a briefing on %s for all councillors.");

    private static final List<String> ACTIONS = List.of(
            "A project team will deliver this, reporting to the portfolio holder monthly.",
            "The service plan for next year will include this.",
            "Officers will bring a plan to cabinet for decision.",
            "This will be done within existing budgets.");

    private static final List<String> PARTLY = List.of(
            "The council will do this where it can within its budget, but not in full.",
            "The council agrees with the aim but will do it in stages over two years.",
            "Part of this is for partners; the council will do its part.");

    private static final List<String> DEFERRED = List.of(
            "A decision will be made in the budget for next year.",
            "The council is waiting for the Government's review of this area before deciding.",
            "The cabinet member will decide once the consultation closes.");

    private static final List<String> REJECTED = List.of(
            "The cost cannot be met without cutting other services.",
            "The council does not have the legal power to do this.",
            "The evidence suggests the current approach works better.");

    // --- meetings -------------------------------------------------------------------------------------------------

    /** Kinds of substantive item: a title pattern and the purpose it implies. */
    static final List<String[]> ITEM_KINDS = List.of(
            new String[] {"%s", "To scrutinise the council's performance on %s and the cabinet member's plans."},
            new String[] {"%s: performance report", "To review the latest performance figures for %s."},
            new String[] {"%s: evidence session with partners", "To hear from partner organisations about %s."},
            new String[] {"%s: progress on the committee's recommendations",
                    "To review progress on the recommendations the executive accepted on %s."},
            new String[] {"%s: draft policy for comment", "To comment on the draft policy on %s before cabinet decides."},
            new String[] {"%s: budget proposals", "To comment on the budget proposals for %s."});

    static final List<String> FINDINGS = List.of(
            "Performance has improved over the year but remains below the average of similar councils.",
            "Members heard that demand has risen by about a fifth in two years while staffing has not.",
            "The service expects to meet its targets by the end of the year, subject to recruitment.",
            "Residents' complaints about the service have fallen since the changes made last year.",
            "The main risk reported was the uncertainty of Government funding beyond March.",
            "Members were concerned that data from partners is not shared in time to act on it.");

    static final List<String> RESOLUTIONS = List.of(
            "That the report be noted.",
            "That the report be noted and a further update be brought to the committee in six months.",
            "That the committee's comments be reported to cabinet before it decides.",
            "That the cabinet member be asked to provide the figures requested at the meeting within a month.",
            "That the topic be added to the committee's work programme for a fuller review.");

    static final List<String> CANCELLATIONS = List.of(
            "Cancelled by the Chair: there was not enough business to justify a meeting.",
            "Cancelled because the main item was deferred at the request of the NHS trust.",
            "Cancelled: the meeting would not have been quorate.",
            "Cancelled because of the pre-election period; the items move to the next meeting.");

    static final List<String> INTERESTS = List.of(
            "A governor of a school in the ward affected by %s.",
            "A close family member works in the service responsible for %s.",
            "A board member of a charity that receives council funding for %s.",
            "A member of the trade union representing staff working on %s.",
            "Owns property in the area affected by the proposals on %s; left the room for the item.");

    static final String EXEMPT_SUMMARY = "The committee considered commercial terms relating to %s. The report is "
            + "exempt under paragraph 3 of Schedule 12A.";

    private Texts() {
    }

    /** The lines of questioning for a substantive item on a topic. */
    static String questions(String topic) {
        String t = topic.toLowerCase();
        return "1. How does Anytown compare with similar councils on " + t + "?\n"
                + "2. What are the main risks, and how are they being managed?\n"
                + "3. What do residents who use the service say about it?\n"
                + "4. What will be different in a year's time?";
    }

    /** The aims of a substantive item on a topic. */
    static String aims(String topic) {
        return "To understand how well the council is doing on " + topic.toLowerCase() + ", what drives its "
                + "performance, and what the committee should recommend.";
    }

    static String body(String topic) {
        return "The committee took evidence from officers, the cabinet member, partners and residents about "
                + topic.toLowerCase() + ", visited the service, and compared Anytown with similar councils.";
    }

    static String recommendation(String topic, int pick) {
        return String.format(RECOMMENDATIONS.get(pick % RECOMMENDATIONS.size()), topic.toLowerCase());
    }

    static String action(int pick) {
        return ACTIONS.get(pick % ACTIONS.size());
    }

    static String reasons(ResponseDecision decision, int pick) {
        List<String> list = switch (decision) {
            case PARTIALLY_ACCEPTED -> PARTLY;
            case DEFERRED -> DEFERRED;
            default -> REJECTED;
        };
        return list.get(pick % list.size());
    }
}
