package org.salespipeline.qualification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A deal's BANT answers, each with an optional note; criteria not answered yet count as UNKNOWN. */
public final class BantAssessment {

    /** Longest note accepted for one criterion. */
    public static final int MAX_NOTE_LENGTH = 2000;

    private static final BantAssessment UNANSWERED = new BantAssessment(new EnumMap<>(BantCriterion.class), new EnumMap<>(BantCriterion.class));

    private final Map<BantCriterion, BantAnswer> answers;
    private final Map<BantCriterion, String> notes;

    private BantAssessment(EnumMap<BantCriterion, BantAnswer> answers, EnumMap<BantCriterion, String> notes) {
        this.answers = answers;
        this.notes = notes;
    }

    public static BantAssessment unanswered() {
        return UNANSWERED;
    }

    /** Returns a copy with the criterion answered and its note removed. */
    public BantAssessment with(BantCriterion criterion, BantAnswer answer) {
        return with(criterion, answer, null);
    }

    /** Returns a copy with the criterion answered and noted; a null or blank note clears it. */
    public BantAssessment with(BantCriterion criterion, BantAnswer answer, String note) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(answer, "answer");
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException(criterion.label() + " note must be at most " + MAX_NOTE_LENGTH
                    + " characters, was " + note.length());
        }
        EnumMap<BantCriterion, BantAnswer> newAnswers = new EnumMap<>(BantCriterion.class);
        newAnswers.putAll(answers);
        newAnswers.put(criterion, answer);
        EnumMap<BantCriterion, String> newNotes = new EnumMap<>(BantCriterion.class);
        newNotes.putAll(notes);
        if (note == null || note.isBlank()) {
            newNotes.remove(criterion);
        } else {
            newNotes.put(criterion, note);
        }
        return new BantAssessment(newAnswers, newNotes);
    }

    public BantAnswer answer(BantCriterion criterion) {
        return answers.getOrDefault(criterion, BantAnswer.UNKNOWN);
    }

    public Optional<String> note(BantCriterion criterion) {
        return Optional.ofNullable(notes.get(criterion));
    }

    /** The BANT score: the sum of the answers' points, from 0 to 4. */
    public double score() {
        double score = 0;
        for (BantCriterion criterion : BantCriterion.values()) {
            score += answer(criterion).points();
        }
        return score;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BantAssessment that && answers.equals(that.answers) && notes.equals(that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(answers, notes);
    }

    @Override
    public String toString() {
        return "BantAssessment" + answers + notes;
    }
}
