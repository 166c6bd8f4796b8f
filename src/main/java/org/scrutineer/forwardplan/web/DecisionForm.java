package org.scrutineer.forwardplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.DecisionDetails;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.platform.FieldProblem;
import org.springframework.format.annotation.DateTimeFormat;

/** The forward plan entry of a decision: every field of {@link DecisionDetails}, as typed. */
public class DecisionForm {

    private String matter;
    private String summary;
    private DecisionMaker maker;
    private Long makerId;
    private Long portfolioId;
    private Long leadMemberId;
    private Long leadOfficerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedOn;
    private Boolean keyDecision;
    private Set<KeyReason> keyReasons = EnumSet.noneOf(KeyReason.class);
    private String financialEffect;
    private List<Long> wardIds = new ArrayList<>();
    private String documents;
    private String consultation;
    private boolean inPrivate;
    private Integer exemptParagraph;
    private String privateReason;
    private String plannedScrutiny;
    private int version;

    static DecisionForm of(ExecutiveDecision d) {
        DecisionForm f = new DecisionForm();
        f.matter = d.matter();
        f.summary = d.summary();
        f.maker = d.maker();
        f.makerId = d.makerPerson() == null ? null : d.makerPerson().id();
        f.portfolioId = d.portfolio() == null ? null : d.portfolio().id();
        f.leadMemberId = d.leadMember() == null ? null : d.leadMember().id();
        f.leadOfficerId = d.leadOfficer() == null ? null : d.leadOfficer().id();
        f.expectedOn = d.expectedOn();
        f.keyDecision = d.keyDecision();
        f.keyReasons = d.keyReasons().isEmpty() ? EnumSet.noneOf(KeyReason.class) : EnumSet.copyOf(d.keyReasons());
        f.financialEffect = d.financialEffect() == null ? null : d.financialEffect().stripTrailingZeros().toPlainString();
        f.wardIds = new ArrayList<>(d.wards().stream().map(Reference::id).toList());
        f.documents = d.documents();
        f.consultation = d.consultation();
        f.inPrivate = d.inPrivate();
        f.exemptParagraph = d.exemptParagraph();
        f.privateReason = d.privateReason();
        f.plannedScrutiny = d.plannedScrutiny();
        f.version = d.version();
        return f;
    }

    /** The key reasons ticked, by name, for the checkboxes. */
    public Set<String> chosenKeyReasons() {
        return keyReasons.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    /** The wards ticked, as text, for the checkboxes. */
    public Set<String> chosenWards() {
        return wardIds.stream().filter(java.util.Objects::nonNull).map(String::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** What cannot be read as typed: an amount that is not a number, the key decision question unanswered. */
    List<FieldProblem> mistyped() {
        List<FieldProblem> problems = new ArrayList<>();
        if (keyDecision == null) {
            problems.add(new FieldProblem("keyDecision", "Select whether the decision is a key decision"));
        }
        if (amount() == null && financialEffect != null && !financialEffect.isBlank()) {
            problems.add(new FieldProblem("financialEffect", "Enter the expenditure or saving in pounds, for example "
                    + "750000"));
        }
        return problems;
    }

    DecisionDetails details() {
        boolean key = Boolean.TRUE.equals(keyDecision);
        return new DecisionDetails(matter == null ? null : matter.strip(), summary, maker,
                maker == DecisionMaker.CABINET ? null : makerId, portfolioId, leadMemberId, leadOfficerId, expectedOn,
                key, key ? keyReasons : Set.of(), amount(), wardIds, documents, consultation, inPrivate,
                inPrivate ? exemptParagraph : null, inPrivate ? privateReason : null, plannedScrutiny);
    }

    /** The amount in pounds, read with or without a pound sign, commas and spaces; null when blank or unreadable. */
    private BigDecimal amount() {
        if (financialEffect == null || financialEffect.isBlank()) {
            return null;
        }
        String plain = financialEffect.strip().replace("£", "").replace(",", "").replace(" ", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getMatter() { return matter; }
    public void setMatter(String matter) { this.matter = matter; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public DecisionMaker getMaker() { return maker; }
    public void setMaker(DecisionMaker maker) { this.maker = maker; }
    public Long getMakerId() { return makerId; }
    public void setMakerId(Long makerId) { this.makerId = makerId; }
    public Long getPortfolioId() { return portfolioId; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public Long getLeadMemberId() { return leadMemberId; }
    public void setLeadMemberId(Long leadMemberId) { this.leadMemberId = leadMemberId; }
    public Long getLeadOfficerId() { return leadOfficerId; }
    public void setLeadOfficerId(Long leadOfficerId) { this.leadOfficerId = leadOfficerId; }
    public LocalDate getExpectedOn() { return expectedOn; }
    public void setExpectedOn(LocalDate expectedOn) { this.expectedOn = expectedOn; }
    public Boolean getKeyDecision() { return keyDecision; }
    public void setKeyDecision(Boolean keyDecision) { this.keyDecision = keyDecision; }
    public Set<KeyReason> getKeyReasons() { return keyReasons; }
    public void setKeyReasons(Set<KeyReason> keyReasons) { this.keyReasons = keyReasons == null ? EnumSet.noneOf(KeyReason.class) : keyReasons; }
    public String getFinancialEffect() { return financialEffect; }
    public void setFinancialEffect(String financialEffect) { this.financialEffect = financialEffect; }
    public List<Long> getWardIds() { return wardIds; }
    public void setWardIds(List<Long> wardIds) { this.wardIds = wardIds == null ? new ArrayList<>() : wardIds; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public String getConsultation() { return consultation; }
    public void setConsultation(String consultation) { this.consultation = consultation; }
    public boolean isInPrivate() { return inPrivate; }
    public void setInPrivate(boolean inPrivate) { this.inPrivate = inPrivate; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public String getPrivateReason() { return privateReason; }
    public void setPrivateReason(String privateReason) { this.privateReason = privateReason; }
    public String getPlannedScrutiny() { return plannedScrutiny; }
    public void setPlannedScrutiny(String plannedScrutiny) { this.plannedScrutiny = plannedScrutiny; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
