package org.techleadership.advisor.account;

/**
 * An account was made with a practice name (the admin's form, or a test): the practice module makes
 * that practice and joins the account to it, in the same transaction.
 */
public record PracticeNamed(long userId, String practiceName) {
}
