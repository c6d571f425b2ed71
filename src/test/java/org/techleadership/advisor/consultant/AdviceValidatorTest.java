package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.RoleProfile;

/** The advice's checks beyond Bean Validation: a role of the catalogue, and a reason for it. */
class AdviceValidatorTest {

    private static Errors check(String code, String reason) {
        Catalogue catalogue = mock(Catalogue.class);
        when(catalogue.profile("VCIO")).thenReturn(mock(RoleProfile.class));
        AdviceForm form = AdviceForm.of(code, reason);
        Errors errors = new BeanPropertyBindingResult(form, "adviceForm");
        new AdviceValidator(catalogue).validate(form, errors);
        return errors;
    }

    @Test
    void aRoleOfTheCatalogueWithAReasonPasses() {
        assertThat(check("VCIO", "Two days a month.").hasErrors()).isFalse();
    }

    @Test
    void aRoleOutsideTheCatalogueIsRefused() {
        assertThat(check("CTO_OF_EVERYTHING", "Because.").getFieldError("code").getCode())
                .isEqualTo("advice.code.unknown");
    }

    @Test
    void aRoleNeedsAReason() {
        assertThat(check("VCIO", " \n ").getFieldError("reason").getCode()).isEqualTo("advice.reason.required");
    }

    @Test
    void noRoleIsLeftToTheRequiredCheck() {
        // @NotBlank on the code says it once; the reason is not asked for a role that is not there
        assertThat(check("", "").hasErrors()).isFalse();
    }
}
