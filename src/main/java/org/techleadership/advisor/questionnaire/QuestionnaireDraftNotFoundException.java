package org.techleadership.advisor.questionnaire;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No questionnaire draft has this token (or the text is not shaped like one). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QuestionnaireDraftNotFoundException extends RuntimeException {

    public QuestionnaireDraftNotFoundException() {
        super("No questionnaire has this token", null, false, false);
    }
}
