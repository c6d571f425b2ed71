package org.techleadership.advisor.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.techleadership.advisor.account.AppUser;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByRole(AppUser.Role role);

    List<AppUser> findAllByOrderByUsername();

    List<AppUser> findByPracticeIdOrderByUsername(Long practiceId);
}
