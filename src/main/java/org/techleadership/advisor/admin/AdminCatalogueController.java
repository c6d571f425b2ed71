package org.techleadership.advisor.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;

/** The catalogue's front page: the draft's state, versions and audit trail; export, import and discard. */
@Controller
@RequestMapping("/admin/catalogue")
class AdminCatalogueController {

    private static final String VIEW = "admin/catalogue/index";
    /** A file with hundreds of faults gets the first ones and a count, like the API's problems. */
    static final int PROBLEMS_LISTED = 20;

    private final CatalogueEditor editor;
    AdminCatalogueController(CatalogueEditor editor) {
        this.editor = editor;
    }

    @InitBinder("importForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("file");
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("importForm", new ImportForm());
        return page(model);
    }

    @PostMapping("/import")
    String importFile(@AuthenticationPrincipal SignedIn me, @ModelAttribute ImportForm importForm,
                      BindingResult result, Model model, RedirectAttributes flash) throws IOException {
        if (importForm.getFile() == null || importForm.getFile().isEmpty()) {
            result.rejectValue("file", "cat.io.file.required");
            return page(model);
        }
        List<String> problems = editor.importDocument(new String(importForm.getFile().getBytes(),
                StandardCharsets.UTF_8), me.getUsername(), String.valueOf(importForm.getFile().getOriginalFilename()));
        problems.stream().limit(PROBLEMS_LISTED).forEach(p -> result.reject("catalogue", p));
        if (problems.size() > PROBLEMS_LISTED) {
            result.reject("cat.io.moreProblems", new Object[] {problems.size() - PROBLEMS_LISTED}, null);
        }
        if (result.hasErrors()) {
            return page(model);
        }
        flash.addFlashAttribute("saved", "The file is now the draft. Preview its impact, then publish it.");
        return "redirect:/admin/catalogue";
    }

    @PostMapping("/discard")
    String discard(@AuthenticationPrincipal SignedIn me, RedirectAttributes flash) {
        editor.discard(me.getUsername());
        flash.addFlashAttribute("saved", "The draft is discarded; the live catalogue is unchanged.");
        return "redirect:/admin/catalogue";
    }

    @GetMapping("/export.json")
    ResponseEntity<String> export(@RequestParam(required = false) Integer version,
                                  @RequestParam(defaultValue = "false") boolean draft) {
        String body = editor.export(version, draft).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = draft ? "catalogue-draft.json"
                : "catalogue-v" + (version == null ? editor.current().version() : version) + ".json";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private String page(Model model) {
        model.addAttribute("liveVersion", editor.current().version());
        model.addAttribute("draft", editor.draft().orElse(null));
        model.addAttribute("working", editor.workingCopy());
        model.addAttribute("versions", editor.versions());
        model.addAttribute("audit", editor.audit(30));
        return VIEW;
    }
}
