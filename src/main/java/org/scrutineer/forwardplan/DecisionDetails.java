package org.scrutineer.forwardplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What is entered for a planned executive decision (the forward plan entry).
 *
 * @param matter the matter to be decided
 * @param summary a summary of what is proposed
 * @param maker who takes it
 * @param makerId the cabinet member or officer taking it (not for cabinet)
 * @param portfolioId the portfolio it falls under
 * @param leadMemberId the lead cabinet member
 * @param leadOfficerId the lead officer
 * @param expectedOn the date it is expected to be taken
 * @param keyDecision whether it is a key decision
 * @param keyReasons why, by the council's thresholds
 * @param financialEffect the expenditure or saving, in pounds
 * @param wardIds the wards affected
 * @param documents the documents to be considered
 * @param consultation who is consulted and how
 * @param inPrivate whether it will be taken in private
 * @param exemptParagraph the Schedule 12A paragraph when in private
 * @param privateReason why the public are to be excluded
 * @param plannedScrutiny how scrutiny is expected to engage with it
 */
public record DecisionDetails(String matter, String summary, DecisionMaker maker, Long makerId, Long portfolioId,
        Long leadMemberId, Long leadOfficerId, LocalDate expectedOn, boolean keyDecision, Set<KeyReason> keyReasons,
        BigDecimal financialEffect, List<Long> wardIds, String documents, String consultation, boolean inPrivate,
        Integer exemptParagraph, String privateReason, String plannedScrutiny) {

    public DecisionDetails {
        keyReasons = keyReasons == null ? Set.of()
                : keyReasons.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
        wardIds = wardIds == null ? List.of() : wardIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
