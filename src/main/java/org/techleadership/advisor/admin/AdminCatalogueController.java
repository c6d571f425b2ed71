package org.techleadership.advisor.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import org.techleadership.advisor.catalogue.Question;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.ScoringRule;

/** The admin's catalogue pages: edit in a draft, preview the impact, publish a version, export and import. */
@Controller
@RequestMapping("/admin/catalogue")
public class AdminCatalogueController {

    private final CatalogueEditor editor;
    private final CatalogueImpact impacts;
    private final AccountService accounts;

    public AdminCatalogueController(CatalogueEditor editor, CatalogueImpact impacts, AccountService accounts) {
        this.editor = editor;
        this.impacts = impacts;
        this.accounts = accounts;
    }

    @GetMapping
    public String index(Model model) {
        model.addAttribute("liveVersion", editor.current().version());
        model.addAttribute("draft", editor.draft().orElse(null));
        model.addAttribute("working", editor.workingCopy());
        model.addAttribute("versions", editor.versions());
        model.addAttribute("audit", editor.audit(30));
        model.addAttribute("consultants", accounts.all());
        return "admin/catalogue/index";
    }

    @GetMapping("/profiles/{code}")
    public String profile(@PathVariable String code, Model model) {
        model.addAttribute("profile", profileOrNotFound(editor.workingCopy(), code));
        model.addAttribute("problems", List.of());
        return "admin/catalogue/profile";
    }

    @PostMapping("/profiles/{code}")
    public String saveProfile(@AuthenticationPrincipal SignedIn me, @PathVariable String code,
                              @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        CatalogueDocument working = editor.workingCopy();
        RoleProfile old = profileOrNotFound(working, code);
        List<String> problems = new ArrayList<>();
        RoleProfile edited = new RoleProfile(code, field(form, "name"), field(form, "shortName"), field(form, "summary"),
                field(form, "focus"), old.looks(), field(form, "measuredOn"), field(form, "engagement"),
                field(form, "timeCommitment"), field(form, "chooseIf"), old.mapOutward(), old.mapFullTime(),
                lines(form.get("responsibilities")),
                pairs(form.get("kpis"), "KPI", problems).stream().map(p -> new RoleProfile.Kpi(p[0], p[1])).toList(),
                pairs(form.get("nextSteps"), "Next step", problems).stream().map(p -> new RoleProfile.NextStep(p[0], p[1])).toList());
        return save(problems, () -> editor.saveProfile(edited, me.getUsername()), "edited the role " + code, model,
                flash, () -> {
                    model.addAttribute("profile", edited);
                    return "admin/catalogue/profile";
                });
    }

    @GetMapping("/questions/{key}")
    public String question(@PathVariable String key, Model model) {
        model.addAttribute("question", questionOrNotFound(editor.workingCopy(), key));
        model.addAttribute("problems", List.of());
        return "admin/catalogue/question";
    }

    @PostMapping("/questions/{key}")
    public String saveQuestion(@AuthenticationPrincipal SignedIn me, @PathVariable String key,
                               @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        CatalogueDocument working = editor.workingCopy();
        Question old = questionOrNotFound(working, key);
        Question edited = new Question(key, old.step(), field(form, "prompt"), field(form, "help"),
                field(form, "shortLabel"), old.options().stream().map(o -> new Question.AnswerOption(o.key(),
                        field(form, "label." + o.key()), field(form, "hint." + o.key()), field(form, "whatIf." + o.key()),
                        o.leanOutward(), o.leanFullTime())).toList());
        return save(List.of(), () -> editor.saveQuestion(edited, me.getUsername()), "edited the question " + key,
                model, flash, () -> {
                    model.addAttribute("question", edited);
                    return "admin/catalogue/question";
                });
    }

    @GetMapping("/rules")
    public String rules(@RequestParam(defaultValue = "focus") String question, Model model) {
        CatalogueDocument working = editor.workingCopy();
        fillRules(model, working, questionOrNotFound(working, question), Map.of());
        model.addAttribute("problems", List.of());
        return "admin/catalogue/rules";
    }

    @PostMapping("/rules")
    public String saveRules(@AuthenticationPrincipal SignedIn me, @RequestParam String question,
                            @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        CatalogueDocument working = editor.workingCopy();
        Question q = questionOrNotFound(working, question);
        List<String> problems = new ArrayList<>();
        List<ScoringRule> rules = new ArrayList<>();
        for (Question.AnswerOption option : q.options()) {
            for (RoleProfile profile : working.profiles()) {
                String cell = option.key() + "." + profile.code();
                String weightText = form.getOrDefault("weight." + cell, "0").strip();
                boolean excludes = form.containsKey("excludes." + cell);
                String reason = form.getOrDefault("reason." + cell, "").strip();
                int weight;
                try {
                    weight = weightText.isEmpty() ? 0 : Integer.parseInt(weightText);
                } catch (NumberFormatException e) {
                    problems.add(option.label() + " \u2192 " + profile.shortName() + ": the weight must be a whole number.");
                    continue;
                }
                if (weight == 0 && !excludes && reason.isEmpty()) {
                    continue; // no rule for this pair
                }
                if (reason.isEmpty()) {
                    problems.add(option.label() + " \u2192 " + profile.shortName()
                            + ": write the reason shown to users, or set the weight to 0 and untick \u201crules out\u201d.");
                }
                rules.add(new ScoringRule(question, option.key(), profile.code(), excludes ? 0 : weight, excludes, reason));
            }
        }
        return save(problems, () -> editor.saveRules(question, rules, me.getUsername()), "edited the rules of " + question,
                model, flash, () -> {
            fillRules(model, working, q, form);
            return "admin/catalogue/rules";
        });
    }

    private static void fillRules(Model model, CatalogueDocument doc, Question question, Map<String, String> form) {
        Map<String, Map<String, ScoringRule>> byOption = new LinkedHashMap<>();
        question.options().forEach(o -> byOption.put(o.key(), new LinkedHashMap<>()));
        doc.rules().stream().filter(r -> r.question().equals(question.key()))
                .forEach(r -> byOption.get(r.option()).put(r.profile(), r));
        model.addAttribute("question", question);
        model.addAttribute("questions", doc.questions());
        model.addAttribute("profiles", doc.profiles());
        model.addAttribute("rules", byOption);
    }

    @GetMapping("/export.json")
    public ResponseEntity<String> export(@RequestParam(required = false) Integer version,
                                         @RequestParam(defaultValue = "false") boolean draft) {
        String body = editor.export(version, draft).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = draft ? "catalogue-draft.json"
                : "catalogue-v" + (version == null ? editor.current().version() : version) + ".json";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @PostMapping("/import")
    public String importFile(@AuthenticationPrincipal SignedIn me, @RequestParam("file") MultipartFile file,
                             RedirectAttributes flash) throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("problems", List.of("Choose a catalogue file (.json) to import."));
            return "redirect:/admin/catalogue";
        }
        List<String> problems = editor.importDocument(new String(file.getBytes(), StandardCharsets.UTF_8),
                me.getUsername(), String.valueOf(file.getOriginalFilename()));
        if (problems.isEmpty()) {
            flash.addFlashAttribute("saved", "The file is now the draft. Preview its impact, then publish it.");
        } else {
            flash.addFlashAttribute("problems", problems);
        }
        return "redirect:/admin/catalogue";
    }

    @PostMapping("/discard")
    public String discard(@AuthenticationPrincipal SignedIn me, RedirectAttributes flash) {
        editor.discard(me.getUsername());
        flash.addFlashAttribute("saved", "The draft is discarded; the live catalogue is unchanged.");
        return "redirect:/admin/catalogue";
    }

    @GetMapping("/impact")
    public String impact(@RequestParam(required = false) Long consultant, Model model) {
        return impactPage(model, consultant, null);
    }

    @PostMapping("/publish")
    public String publish(@AuthenticationPrincipal SignedIn me, @RequestParam(defaultValue = "") String note,
                          @RequestParam(defaultValue = "false") boolean confirm, Model model,
                          RedirectAttributes flash) {
        if (editor.draft().isEmpty()) {
            flash.addFlashAttribute("problems", List.of("There is no draft to publish."));
            return "redirect:/admin/catalogue";
        }
        if (note.isBlank() || note.length() > 500) {
            return impactPage(model, null, "Say in a few words what this version changes (up to 500 characters).");
        }
        CatalogueImpact.Impact impact = impacts.of(editor.workingCopy(), null);
        if (impact.changed() > 0 && !confirm) {
            model.addAttribute("note", note);
            return impactPage(model, null, impact.changed() + " past recommendation(s) would come out differently."
                    + " Tick the box to confirm; what those links showed will not change.");
        }
        try {
            int version = editor.publish(me.getUsername(), note.strip()).orElseThrow();
            flash.addFlashAttribute("saved", "Version " + version + " is live. New assessments use it now; "
                    + "every earlier recommendation still shows what it showed.");
        } catch (IllegalStateException e) {
            flash.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:/admin/catalogue";
    }

    private String impactPage(Model model, Long consultant, String error) {
        model.addAttribute("impact", impacts.of(editor.workingCopy(), consultant));
        model.addAttribute("hasDraft", editor.draft().isPresent());
        model.addAttribute("consultant", consultant);
        model.addAttribute("consultants", accounts.all().stream().filter(u -> u.getRole() == AppUser.Role.CONSULTANT
                || u.getRole() == AppUser.Role.ADMIN).toList());
        model.addAttribute("error", error);
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", "");
        }
        return "admin/catalogue/impact";
    }

    private interface Page {
        String render();
    }

    private String save(List<String> formProblems, java.util.function.Supplier<List<String>> saving, String what,
                        Model model, RedirectAttributes flash, Page again) {
        List<String> problems = new ArrayList<>(formProblems);
        if (problems.isEmpty()) {
            problems.addAll(saving.get());
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return again.render();
        }
        flash.addFlashAttribute("saved", "Saved in the draft: " + what + ". Nothing is live until you publish.");
        return "redirect:/admin/catalogue";
    }

    private static String field(Map<String, String> form, String name) {
        return form.getOrDefault(name, "").strip();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** "Name: description" lines; a line without the colon is reported, not guessed at. */
    private static List<String[]> pairs(String text, String what, List<String> problems) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                problems.add(what + " \u201c" + line + "\u201d needs the form \u201cname: text\u201d.");
            } else {
                pairs.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
            }
        }
        return pairs;
    }

    private static RoleProfile profileOrNotFound(CatalogueDocument doc, String code) {
        RoleProfile profile = doc.profile(code);
        if (profile == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return profile;
    }

    private static Question questionOrNotFound(CatalogueDocument doc, String key) {
        Question question = doc.question(key);
        if (question == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return question;
    }
}
