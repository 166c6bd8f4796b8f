/**
 * Documents: reports and attachments of every module, each classified public, exempt (Local Government Act 1972
 * Schedule 12A paragraph, with the public interest reasoning) or confidential, with the summary the public see in
 * place of what is withheld; the store that holds the files; and the one decision, made in
 * {@link org.scrutineer.documents.DocumentManagement#mayRead}, of who may see what. Uses no business module: owners
 * (agenda items, information requests...) are named by type and id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {"platform", "audit", "directory"})
package org.scrutineer.documents;
