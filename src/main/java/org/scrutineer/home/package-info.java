/**
 * Home: the page each signed-in user starts from — what needs their attention, gathered from every module that
 * contributes an {@link org.scrutineer.home.AttentionSource} — and the public front page for visitors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.scrutineer.home;
