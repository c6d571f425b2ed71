package org.techleadership.advisor.catalogue;

/** One page of the questionnaire: its number (from 1), title and introduction. */
public record QuestionnaireStep(int step, String title, String intro) {}
