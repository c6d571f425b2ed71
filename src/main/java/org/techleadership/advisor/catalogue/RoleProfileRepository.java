package org.techleadership.advisor.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleProfileRepository extends JpaRepository<RoleProfile, String> {

    List<RoleProfile> findAllByOrderByPosition();
}
