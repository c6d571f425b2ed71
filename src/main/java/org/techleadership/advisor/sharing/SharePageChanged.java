package org.techleadership.advisor.sharing;

/** What a share page shows has changed (advice given or withdrawn, the link withdrawn or restored). */
public record SharePageChanged(String token) {}
