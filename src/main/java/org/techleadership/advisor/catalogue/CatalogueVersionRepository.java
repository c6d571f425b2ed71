package org.techleadership.advisor.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueVersionRepository extends JpaRepository<CatalogueVersion, Integer> {

    Optional<CatalogueVersion> findTopByOrderByVersionDesc();
}
