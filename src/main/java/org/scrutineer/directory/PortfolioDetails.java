package org.scrutineer.directory;

/** What is recorded about a portfolio, as entered on a form or in an API request. */
public record PortfolioDetails(String title, String responsibilities, Long holderId, Long leadOfficerId,
        Long directorateId, boolean active) {
}
