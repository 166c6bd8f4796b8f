package org.scrutineer.demo;

import java.util.List;

import org.scrutineer.recommendations.ResponseDecision;

/** The words of generated scrutiny reports: English local government topics and what committees say about them. */
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

    private Texts() {
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
