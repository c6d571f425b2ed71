package org.techleadership.advisor.catalogue;

/** A public page the cost figures come from, listed on the sources page with its address. */
public record PriceSource(String key, String title, String url, int year) {}
