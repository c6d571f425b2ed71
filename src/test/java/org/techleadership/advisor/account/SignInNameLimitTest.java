package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.techleadership.advisor.account.internal.AppUserRepository;

/** A sign-in name longer than any account's is unknown at once, without a database query. */
class SignInNameLimitTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final AccountService accounts = new AccountService(users, mock(PasswordEncoder.class), mock(ApplicationEventPublisher.class));

    @Test
    void aNameLongerThanAnyAccountsIsUnknownWithoutAQuery() {
        assertThatThrownBy(() -> accounts.loadUserByUsername("n".repeat(121)))
                .isInstanceOf(UsernameNotFoundException.class);
        verify(users, never()).findByUsernameIgnoreCase(anyString());
    }

    @Test
    void aNameWithSpacesAroundItIsLookedUp() {
        assertThatThrownBy(() -> accounts.loadUserByUsername("  " + "n".repeat(100) + "  "))
                .isInstanceOf(UsernameNotFoundException.class);
        verify(users).findByUsernameIgnoreCase("n".repeat(100));
    }
}
