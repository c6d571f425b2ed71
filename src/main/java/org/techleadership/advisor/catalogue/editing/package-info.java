/**
 * Editing the catalogue: the working draft, its checks, publishing a version, export, import and
 * the audit trail. The admin pages use it; it is the catalogue module's second public face.
 */
@NamedInterface("editing")
package org.techleadership.advisor.catalogue.editing;

import org.springframework.modulith.NamedInterface;
