/**
 * Demo: the fictional Anytown Borough Council loaded on first start of the embedded database, with a sign-in
 * for each role, and the scale generator ({@code generate --scale N}) that fills a database with a large
 * council's decade. Uses only other modules' public faces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo council and scale generator")
package org.scrutineer.demo;
