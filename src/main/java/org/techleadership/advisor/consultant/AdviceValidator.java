package org.techleadership.advisor.consultant;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.techleadership.advisor.catalogue.Catalogue;

/** What Bean Validation cannot see in an {@link AdviceForm}: the catalogue's roles, and a reason for the role. */
final class AdviceValidator implements Validator {

    private final Catalogue catalogue;

    AdviceValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean supports(Class<?> type) {
        return AdviceForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        AdviceForm form = (AdviceForm) target;
        if (form.getCode() == null || form.getCode().isBlank()) {
            return;
        }
        if (catalogue.profile(form.getCode()) == null) {
            errors.rejectValue("code", "advice.code.unknown");
        }
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.rejectValue("reason", "advice.reason.required");
        }
    }
}
