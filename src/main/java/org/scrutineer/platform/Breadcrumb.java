package org.scrutineer.platform;

/**
 * A step back up the page hierarchy.
 *
 * @param label the link text
 * @param path where it goes
 */
public record Breadcrumb(String label, String path) {
}
