/**
 * Platform: the technical ground every module stands on, and which imports no module: the database (an
 * embedded PostgreSQL when no server is configured), request ids, error handling as RFC 9457 problem
 * details, and the council-branded GOV.UK Frontend assets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.scrutineer.platform;
