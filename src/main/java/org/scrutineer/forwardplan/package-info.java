/**
 * The forward plan: notices of key decisions 28 clear days ahead (SI 2012/2089 reg 9) or the general exception
 * (reg 10) and special urgency (reg 11) routes, notices of private meetings (reg 5), decision records (regs 12-13),
 * call-in (LGA 2000 s9F) with the constitution's signatory rule, pre-decision scrutiny flags, reg 18 reports and
 * the reg 19 report of special urgency decisions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forward plan and call-in")
package org.scrutineer.forwardplan;
