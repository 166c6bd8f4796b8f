package org.scrutineer.inforequests;

import java.time.LocalDate;

/**
 * The executive's answer.
 *
 * @param outcome provided, partly provided or refused
 * @param response a covering note saying what is provided and where (documents are attached separately)
 * @param refusalGround for a refusal or partial provision, the reg 17 ground
 * @param refusalReasons the written statement of reasons (mandatory for a refusal or partial provision)
 * @param respondedOn the day it was sent
 */
public record ResponseDetails(Outcome outcome, String response, RefusalGround refusalGround, String refusalReasons,
        LocalDate respondedOn) {
}
