package org.techleadership.advisor.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.techleadership.advisor.account.SignedIns.consultant;

/** The admin area is for admins only: a consultant is refused, a stranger is sent to sign in. */
@AdminWebTest({AdminCatalogueController.class, AdminProfileController.class, AdminQuestionController.class,
        AdminRulesController.class, AdminPublishController.class, AdminUsersController.class})
class AdminAccessTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogueEditor editor;
    @MockitoBean
    CatalogueImpact impacts;
    @MockitoBean
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/admin/catalogue", "/admin/catalogue/profiles/CIO", "/admin/catalogue/questions/focus",
            "/admin/catalogue/rules?question=focus", "/admin/catalogue/impact", "/admin/catalogue/export.json",
            "/admin/users"})
    void aConsultantMayNotOpenTheCatalogueOrTheAccounts(String page) {
        assertThat(mvc.get().uri(page).with(user(consultant()))).hasStatus(403);
        assertThat(mvc.get().uri(page)).hasStatus3xxRedirection().hasRedirectedUrl("/login");
        verifyNoInteractions(editor, impacts, accounts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/catalogue/profiles/CIO", "/admin/catalogue/questions/focus",
            "/admin/catalogue/rules?question=focus", "/admin/catalogue/publish", "/admin/catalogue/discard",
            "/admin/catalogue/import", "/admin/users", "/admin/users/1/enabled?enabled=false", "/admin/users/1/unlock",
            "/admin/users/1/password"})
    void aConsultantMayNotChangeAnything(String action) {
        assertThat(mvc.post().uri(action).param("note", "x").param("confirm", "true").with(user(consultant()))
                .with(csrf())).hasStatus(403);
        verifyNoInteractions(editor, impacts, accounts);
    }
}
