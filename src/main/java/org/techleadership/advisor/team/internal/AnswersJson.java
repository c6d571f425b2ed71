package org.techleadership.advisor.team.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A member's answers, stored as one JSON object of question key to option key. */
@Converter
public class AnswersJson implements AttributeConverter<Map<String, String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, String> answers) {
        return answers == null ? null : JSON.writeValueAsString(new java.util.TreeMap<>(answers));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, MAP);
    }
}
