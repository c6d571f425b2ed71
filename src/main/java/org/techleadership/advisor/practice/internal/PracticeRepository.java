package org.techleadership.advisor.practice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.techleadership.advisor.practice.PracticeChoice;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    String FACTS = "select new org.techleadership.advisor.practice.internal.PracticeFacts(p.id, p.version, p.name, "
            + "p.slug, p.logoWidth, p.logoHeight, p.accent, p.contactEmail, p.contactPhone, p.bookingUrl, "
            + "p.embedOrigins) from Practice p ";

    @Query(FACTS + "where p.id = :id")
    Optional<PracticeFacts> findFacts(Long id);

    @Query(FACTS + "where p.slug = :slug")
    Optional<PracticeFacts> findFactsBySlug(String slug);

    @Query("select p.logoPng from Practice p where p.id = :id and p.logoPng is not null")
    Optional<byte[]> findLogo(Long id);

    boolean existsBySlugAndIdNot(String slug, Long id);

    boolean existsBySlug(String slug);

    @Query("select new org.techleadership.advisor.practice.PracticeChoice(p.id, p.name, p.slug) from Practice p "
            + "order by p.name, p.id")
    List<PracticeChoice> choices();
}
