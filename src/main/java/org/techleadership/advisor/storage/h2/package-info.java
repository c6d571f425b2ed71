/**
 * What only an embedded H2 database in a file needs: its own password and owner-only files, compaction
 * and backups. Registered only for an H2 file URL. {@link org.techleadership.advisor.storage.h2.H2Backups}
 * is its one public face (the admin's backup page).
 */
@NamedInterface("h2")
package org.techleadership.advisor.storage.h2;

import org.springframework.modulith.NamedInterface;
