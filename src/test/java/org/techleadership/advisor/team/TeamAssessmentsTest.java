package org.techleadership.advisor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.team.TeamAssessments.NewMember;

/** The team aggregate's rules through its one door: members, answers at once, budget confirmation, closing. */
@SpringBootTest
@AutoConfigureMockMvc
class TeamAssessmentsTest {

    @Autowired TeamAssessments teams;

    private TeamAssessment team(String... labels) {
        return teams.create("Harbour Bakery", java.util.Arrays.stream(labels).map(l -> new NewMember(l, null)).toList(),
                null, null);
    }

    private void answer(TeamAssessment team, int member, Answers answers) {
        assertThat(teams.answer(team.getToken(), team.getMembers().get(member).getToken(), answers.byQuestion()))
                .isPresent();
    }

    private TeamAssessment reread(TeamAssessment team) {
        return teams.organised(team.getToken()).orElseThrow();
    }

    @Test
    void membersAnsweringAtTheSameMomentAreAllKept() throws Exception {
        List<String> labels = IntStream.rangeClosed(1, 8).mapToObj(i -> "Member " + i).toList();
        TeamAssessment team = team(labels.toArray(String[]::new));
        CyclicBarrier together = new CyclicBarrier(labels.size());
        List<CompletableFuture<Void>> answering = new ArrayList<>();
        for (TeamMember member : team.getMembers()) {
            answering.add(CompletableFuture.runAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                teams.answer(null, member.getToken(), AnswerSets.CTO.byQuestion());
            }));
        }
        CompletableFuture.allOf(answering.toArray(CompletableFuture[]::new)).join();

        assertThat(reread(team).answeredCount()).isEqualTo(labels.size());
    }

    @Test
    void aTeamKeepsTwoToTwelveMembersWithTheirOwnLabels() {
        assertThatThrownBy(() -> team("Owner")).isInstanceOf(TeamChangeRefusedException.class);
        TeamAssessment team = team("Owner", "Finance");
        assertThatThrownBy(() -> teams.addMember(team.getToken(), new NewMember(" finance ", null)))
                .isInstanceOf(TeamChangeRefusedException.class).hasMessageContaining("already a member");
        assertThatThrownBy(() -> teams.removeMember(team.getToken(), team.getMembers().get(0).getId()))
                .isInstanceOf(TeamChangeRefusedException.class).hasMessageContaining("at least 2");
        for (int i = 3; i <= TeamAssessment.MAX_MEMBERS; i++) {
            teams.addMember(team.getToken(), new NewMember("Member " + i, null));
        }
        assertThatThrownBy(() -> teams.addMember(team.getToken(), new NewMember("One too many", null)))
                .isInstanceOf(TeamChangeRefusedException.class).hasMessageContaining("at most 12");

        teams.removeMember(team.getToken(), team.getMembers().get(1).getId());
        assertThat(reread(team).getMembers()).extracting(TeamMember::getLabel).doesNotContain("Finance").hasSize(11);
    }

    @Test
    void theOrganiserCanConfirmABudgetAMemberGaveAndGoBackToTheCautiousOne() {
        TeamAssessment team = team("Owner", "Finance");
        answer(team, 0, AnswerSets.CTO);
        answer(team, 1, AnswerSets.CTO.with("budget", "PART_TIME"));
        assertThat(teams.result(reread(team)).orElseThrow().budget()).satisfies(b -> {
            assertThat(b.optionKey()).isEqualTo("PART_TIME");
            assertThat(b.basis()).isEqualTo("MOST_CAUTIOUS");
            assertThat(b.sentence()).contains("most cautious");
        });
        assertThat(teams.result(reread(team)).orElseThrow().primary().code()).isEqualTo("FRACTIONAL_CTO");

        teams.confirmBudget(team.getToken(), "FULL_TIME");
        TeamResult confirmed = teams.result(reread(team)).orElseThrow();
        assertThat(confirmed.budget().basis()).isEqualTo("CONFIRMED");
        assertThat(confirmed.primary().code()).isEqualTo("CTO");

        teams.confirmBudget(team.getToken(), null);
        assertThat(teams.result(reread(team)).orElseThrow().budget().basis()).isEqualTo("MOST_CAUTIOUS");
    }

    @Test
    void aRoundClosesWithTwoAnswersAndThenNothingChanges() {
        TeamAssessment team = team("Owner", "Finance", "Operations");
        answer(team, 0, AnswerSets.CTO);
        assertThatThrownBy(() -> teams.close(team.getToken())).isInstanceOf(TeamChangeRefusedException.class);
        answer(team, 1, AnswerSets.VCTO);

        TeamResult closed = teams.close(team.getToken());

        assertThat(closed.members()).extracting(TeamResult.Member::answered).containsExactly(true, true, false);
        String waiting = team.getMembers().get(2).getToken();
        assertThatThrownBy(() -> teams.answer(null, waiting, AnswerSets.CTO.byQuestion()))
                .isInstanceOf(TeamClosedException.class);
        assertThatThrownBy(() -> teams.addMember(team.getToken(), new NewMember("Late", null)))
                .isInstanceOf(TeamClosedException.class);
        assertThatThrownBy(() -> teams.confirmBudget(team.getToken(), "FULL_TIME"))
                .isInstanceOf(TeamClosedException.class);
        assertThatThrownBy(() -> teams.close(team.getToken())).isInstanceOf(TeamClosedException.class);
        assertThat(teams.result(reread(team))).contains(closed);
        assertThat(teams.members(reread(team))).isEqualTo(closed.members());
    }

    @Test
    void aMembersLinkOpensTheirTeamOnly() {
        TeamAssessment ours = team("Owner", "Finance");
        TeamAssessment theirs = team("Owner", "Finance");

        assertThat(teams.ofMember(ours.getMembers().get(1).getToken())).map(TeamAssessment::getId)
                .contains(ours.getId());
        assertThat(teams.ofMember(ours.getToken())).as("the organiser's link is no member's").isEmpty();
        assertThat(teams.answer(theirs.getToken(), ours.getMembers().get(0).getToken(), AnswerSets.CTO.byQuestion()))
                .isEmpty();
        assertThat(teams.organised(ours.getShareToken())).as("the share link organises nothing").isEmpty();
    }
}
