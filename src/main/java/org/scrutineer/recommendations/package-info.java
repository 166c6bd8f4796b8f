/**
 * Recommendations: scrutiny reports and their numbered recommendations, from the draft shared with the executive,
 * through the committee's agreement and the notice that starts the executive's two months to respond (LGA 2000
 * s9FE), to the executive response, implementation updates and the committee's sign-off with the impact made.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendations")
package org.scrutineer.recommendations;
