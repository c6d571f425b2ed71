package org.techleadership.advisor.questionnaire;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.AnswerCheck;
import org.techleadership.advisor.catalogue.Catalogue;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.assessment.DeletedLinks;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.practice.Brands;
import org.techleadership.advisor.system.KeptPages;

/** The questionnaire in steps: plain HTML forms, progress kept in the draft, no session needed. */
@Controller
public class QuestionnaireController {

    private final QuestionnaireService drafts;
    private final CatalogueService catalogues;
    private final KeptPages kept;
    private final DeletedLinks deletedLinks;
    private final DraftExpiry.Settings retention;
    private final AccountService accounts;
    private final Brands brands;
    private final ResultPage resultPage;
    private final DraftDeletions deletions;

    public QuestionnaireController(QuestionnaireService drafts, DraftDeletions deletions, CatalogueService catalogues,
                                   KeptPages kept, DeletedLinks deletedLinks, DraftExpiry.Settings retention,
                                   AccountService accounts, Brands brands, ResultPage resultPage) {
        this.deletions = deletions;
        this.resultPage = resultPage;
        this.accounts = accounts;
        this.brands = brands;
        this.deletedLinks = deletedLinks;
        this.retention = retention;
        this.drafts = drafts;
        this.catalogues = catalogues;
        this.kept = kept;
    }

    /** A signed-in consultant's questionnaire belongs to a client of theirs: they name the client first. */
    @PostMapping("/start")
    public String start(@AuthenticationPrincipal SignedIn me) {
        if (me != null) {
            return "redirect:/consultant/invite?fromStart";
        }
        return "redirect:/q/" + drafts.start(null, null).getToken() + "/1";
    }

    /** The "continue later" link: back to where the person left off. */
    @GetMapping("/q/{token}")
    public String resume(@PathVariable String token) {
        QuestionnaireDraft draft = draft(token);
        return draft.isClosed() ? "redirect:/q/" + token + "/result" : "redirect:/q/" + token + "/" + draft.getCurrentStep();
    }

    /** "That was me, on another device": answering goes on in this browser, with the answers so far. */
    @PostMapping("/q/{token}/continue-here")
    public String continueHere(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        String key = LinkToken.next();
        if (!drafts.continueHere(token, key)) {
            draft(token); // says "deleted" or "not found"
        }
        keepAnswererKey(request, response, token, key);
        return "redirect:/q/" + token;
    }

    /** A finished questionnaire opens again only when the person asks for it (a new take if they change something). */
    @PostMapping("/q/{token}/again")
    public String answerAgain(@PathVariable String token) {
        if (!drafts.answerAgain(token)) {
            draft(token); // says "deleted" or "not found"
        }
        return "redirect:/q/" + token + "/1";
    }

    @GetMapping("/q/{token}/{step:\\d+}")
    public ModelAndView show(@PathVariable String token, @PathVariable int step,
                             @RequestParam(required = false) String incomplete, Model model, HttpServletRequest request) {
        QuestionnaireDraft draft = draft(token);
        if (draft.isClosed()) {
            return new ModelAndView("redirect:/q/" + token + "/result"); // finished: "Change an answer" opens it
        }
        if (!draft.answerableBy(answererKey(request, token))) {
            return inUse(draft, model);
        }
        Catalogue catalogue = catalogues.current();
        if (!catalogue.hasStep(step)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // sent back here from the last step because something on this one is still unanswered
        Map<String, String> errors = incomplete == null ? Map.of()
                : AnswerCheck.problems(catalogue.questionsOf(step), draft.getAnswers());
        String view = render(model, catalogue, draft, step, errors, false);
        // an invitation names its client and consultant: rendered in full, never from the shared mold
        if (!errors.isEmpty() || !kept.applies(request) || draft.getConsultantId() != null) {
            return new ModelAndView(view);
        }
        return new ModelAndView(kept.view(view, StepPage.kept(catalogue, step, draft, baseUrl())));
    }

    @PostMapping("/q/{token}/{step:\\d+}")
    public String submit(@PathVariable String token, @PathVariable int step,
                         @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        Catalogue catalogue = catalogues.current();
        if (!catalogue.hasStep(step)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        QuestionnaireService.Action action = switch (form.getOrDefault("action", "next")) {
            case "back" -> QuestionnaireService.Action.BACK;
            case "save" -> QuestionnaireService.Action.SAVE;
            case "confirm" -> QuestionnaireService.Action.CONFIRM;
            default -> QuestionnaireService.Action.NEXT;
        };
        // only an invitation has one respondent, and only its answerer gets a cookie for it
        boolean invitation = draft(token).isInvitation();
        String key = invitation ? answererKey(request, token) : null;
        boolean newKey = invitation && key == null;
        if (newKey) {
            key = LinkToken.next();
        }
        QuestionnaireService.Outcome outcome = drafts.submit(token, step, form, action, key);
        if (outcome instanceof QuestionnaireService.Outcome.InUse) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return inUse(draft(token), model).getViewName();
        }
        if (newKey) {
            keepAnswererKey(request, response, token, key);
        }
        if (outcome instanceof QuestionnaireService.Outcome.GoTo go) {
            return "redirect:/q/" + token + "/" + go.step() + (go.incomplete() ? "?incomplete" : "");
        }
        if (outcome instanceof QuestionnaireService.Outcome.Problems problems) {
            return render(model, catalogue, problems.draft(), step, problems.problems(), false);
        }
        if (outcome instanceof QuestionnaireService.Outcome.Check check) {
            model.addAttribute("checks", PleaseCheck.of(catalogue, check.warnings(), check.draft().getAnswers()));
            return render(model, catalogue, check.draft(), step, Map.of(), false);
        }
        if (outcome instanceof QuestionnaireService.Outcome.Saved saved) {
            return render(model, catalogue, saved.draft(), step, Map.of(), true);
        }
        // Completed, or Finished: already done with these answers, and the result is the one there was
        return "redirect:/q/" + token + "/result";
    }

    @GetMapping("/q/{token}/result")
    public String result(@PathVariable String token, Model model) {
        return resultPage.show(draft(token), model);
    }

    /** Asks before deleting: the private result page links here. */
    @GetMapping("/q/{token}/delete")
    public String confirmDelete(@PathVariable String token, Model model) {
        QuestionnaireDraft draft = anyDraft(token);
        model.addAttribute("token", token);
        model.addAttribute("finished", draft.getAssessmentToken() != null);
        return "questionnaire/delete";
    }

    @PostMapping("/q/{token}/delete")
    public String delete(@PathVariable String token) {
        if (!deletions.delete(token)) {
            anyDraft(token); // says "deleted" or "not found"
        }
        return "redirect:/q/" + token + "/result";
    }

    /** A cancelled invitation: who cancelled it, and that what was answered can still be deleted. */
    @ExceptionHandler(InvitationCancelledException.class)
    public ModelAndView cancelled(InvitationCancelledException cancelled) {
        QuestionnaireDraft draft = cancelled.draft();
        ModelAndView page = new ModelAndView("questionnaire/cancelled");
        page.addObject("token", draft.getToken());
        page.addObject("preparedFor", preparedFor(draft));
        page.addObject("answered", !draft.getAnswers().isEmpty());
        page.setStatus(HttpStatus.GONE);
        return page;
    }

    /** An unknown questionnaire link: perhaps mistyped, perhaps unfinished answers that expired. */
    @ExceptionHandler(QuestionnaireDraftNotFoundException.class)
    public ModelAndView unknown() {
        ModelAndView page = new ModelAndView("questionnaire/unknown");
        page.addObject("days", retention.draftDays());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    /** The questionnaire at this link: not found, deleted and cancelled each say so (handlers here and in system). */
    private QuestionnaireDraft draft(String token) {
        QuestionnaireDraft draft = anyDraft(token);
        if (draft.isCancelled()) {
            throw new InvitationCancelledException(draft);
        }
        return draft;
    }

    /** Also a cancelled one: what its respondent answered can still be deleted. */
    private QuestionnaireDraft anyDraft(String token) {
        return drafts.find(token).orElseThrow(() -> {
            deletedLinks.throwIfDeleted(token);
            return new QuestionnaireDraftNotFoundException();
        });
    }

    private String render(Model model, Catalogue catalogue, QuestionnaireDraft draft, int step, Map<String, String> errors,
                          boolean saved) {
        model.addAttribute("token", draft.getToken());
        model.addAttribute("step", step);
        model.addAttribute("stepCount", catalogue.stepCount());
        model.addAttribute("stepInfo", catalogue.step(step));
        model.addAttribute("questions", catalogue.questionsOf(step));
        model.addAttribute(StepPage.CHOSEN, StepPage.chosen(draft.getAnswers()));
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("resumeUrl", baseUrl() + "/q/" + draft.getToken());
        model.addAttribute("preparedFor", preparedFor(draft));
        model.addAttribute("brand", brands.ofConsultant(draft.getConsultantId()));
        return "questionnaire/step";
    }

    private static final String ANSWERER = "ANSWERER";

    /** This browser's key for the questionnaire at this link; its cookie is sent for this link only. */
    private static String answererKey(HttpServletRequest request, String token) {
        Cookie cookie = WebUtils.getCookie(request, ANSWERER);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private static void keepAnswererKey(HttpServletRequest request, HttpServletResponse response, String token,
                                        String key) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(ANSWERER, key).path("/q/" + token)
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(Duration.ofDays(400)).build()
                .toString());
    }

    /** Someone else's invitation in use: a clear message and a way on for the same person elsewhere. */
    private ModelAndView inUse(QuestionnaireDraft draft, Model model) {
        model.addAttribute("token", draft.getToken());
        model.addAttribute("preparedFor", preparedFor(draft));
        model.addAttribute("brand", brands.ofConsultant(draft.getConsultantId()));
        ModelAndView page = new ModelAndView("questionnaire/in-use", model.asMap());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    /** Who an invitation is for and who sent it ("Prepared for Harbour Bakery by Alice Morgan, Morgan IT"). */
    public record PreparedFor(String client, String consultant, String practice) { }

    /** Only an invitation is prepared for someone; a practice's own link carries the practice's brand alone. */
    private PreparedFor preparedFor(QuestionnaireDraft draft) {
        if (!draft.isInvitation()) {
            return null;
        }
        return accounts.find(draft.getConsultantId()).map(consultant -> new PreparedFor(blankToNull(draft.getClientLabel()),
                consultant.getDisplayName(), blankToNull(consultant.getPracticeName()))).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Where the app is reached, as this request sees it (behind a proxy: its public address). */
    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
