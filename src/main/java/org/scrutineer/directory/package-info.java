/**
 * Directory: the council and its people — councillors (party, ward), officers (post, directorate, seniority,
 * statutory roles), external witnesses — its committees and task-and-finish groups, memberships, and cabinet
 * portfolios with their lead chief officers. Every module refers to these by id; this module uses none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"platform", "audit"})
package org.scrutineer.directory;
