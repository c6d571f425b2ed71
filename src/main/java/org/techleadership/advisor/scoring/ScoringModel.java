package org.techleadership.advisor.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the catalogue that scoring needs, as immutable values: profiles in tie-break order,
 * questions with their options, and the rules. Weights are indexed once here so that scoring an
 * answer set is a handful of array reads.
 */
public final class ScoringModel {

    public record Profile(String code, String name, String shortName) {}

    public record Question(String key, String label, List<Option> options) {}

    public record Option(String key, String label, String whatIf) {}

    public record Rule(String questionKey, String optionKey, String profileCode, int weight, boolean excludes,
                       String reason) {}

    private final int version;
    private final List<Profile> profiles;
    private final List<Question> questions;
    private final List<Rule> rules;
    private final Index index;

    /** Throws IllegalArgumentException when a rule names a question, option or profile that is not there. */
    public ScoringModel(int version, List<Profile> profiles, List<Question> questions, List<Rule> rules) {
        this.version = version;
        this.profiles = List.copyOf(profiles);
        this.questions = List.copyOf(questions);
        this.rules = List.copyOf(rules);
        this.index = new Index(this);
    }

    public int version() {
        return version;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    public List<Question> questions() {
        return questions;
    }

    public List<Rule> rules() {
        return rules;
    }

    Index index() {
        return index;
    }

    static final class Index {
        final int[][][] weight;
        final boolean[][][] excludes;
        final Rule[][][] rule;
        final Map<String, Integer> questionIndex = new HashMap<>();
        final List<Map<String, Integer>> optionIndex;
        final Map<String, Integer> profileIndex = new HashMap<>();
        /** The lowest and highest total any profile can reach: fit is placed on this common scale. */
        final int lowest;
        final int highest;

        Index(ScoringModel model) {
            int profileCount = model.profiles.size();
            for (int p = 0; p < profileCount; p++) {
                profileIndex.put(model.profiles.get(p).code(), p);
            }
            int questionCount = model.questions.size();
            weight = new int[questionCount][][];
            excludes = new boolean[questionCount][][];
            rule = new Rule[questionCount][][];
            optionIndex = new java.util.ArrayList<>();
            for (int q = 0; q < questionCount; q++) {
                Question question = model.questions.get(q);
                questionIndex.put(question.key(), q);
                Map<String, Integer> options = new HashMap<>();
                for (int o = 0; o < question.options().size(); o++) {
                    options.put(question.options().get(o).key(), o);
                }
                optionIndex.add(options);
                weight[q] = new int[question.options().size()][profileCount];
                excludes[q] = new boolean[question.options().size()][profileCount];
                rule[q] = new Rule[question.options().size()][profileCount];
            }
            for (Rule r : model.rules) {
                Integer q = questionIndex.get(r.questionKey());
                Integer p = profileIndex.get(r.profileCode());
                Integer o = q == null ? null : optionIndex.get(q).get(r.optionKey());
                if (q == null || o == null || p == null) {
                    throw new IllegalArgumentException("Rule refers to an unknown question, option or profile: " + r);
                }
                weight[q][o][p] += r.weight();
                excludes[q][o][p] |= r.excludes();
                rule[q][o][p] = r;
            }
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int p = 0; p < profileCount; p++) {
                int min = 0;
                int max = 0;
                for (int q = 0; q < questionCount; q++) {
                    int qMin = Integer.MAX_VALUE;
                    int qMax = Integer.MIN_VALUE;
                    for (int[] byProfile : weight[q]) {
                        qMin = Math.min(qMin, byProfile[p]);
                        qMax = Math.max(qMax, byProfile[p]);
                    }
                    min += qMin;
                    max += qMax;
                }
                low = Math.min(low, min);
                high = Math.max(high, max);
            }
            lowest = low;
            highest = Math.max(high, low + 1);
        }

        int fit(int score) {
            return fit(score, 1);
        }

        /**
         * The fit of a total over this many answer sets (their mean), rounded half up in whole
         * numbers: so a team whose members all answered alike gets exactly one person's fit.
         */
        int fit(long total, int answerSets) {
            long above = 100L * (total - (long) answerSets * lowest);
            long range = (long) answerSets * (highest - lowest);
            return (int) Math.floorDiv(2 * above + range, 2 * range);
        }
    }
}
