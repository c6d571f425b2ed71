package org.techleadership.advisor.practice;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.practice.internal.Practice;

/**
 * The consultant's practice settings: name, slug, accent, contact details, embedding origins, and
 * the logo in a form of its own. Always the signed-in consultant's own practice (/consultant/** is
 * for consultants only, system.SecurityConfig).
 */
@Controller
@RequestMapping("/consultant/practice")
class PracticeController {

    private static final String VIEW = "practice/settings";

    private final PracticeService practices;
    private final Brands brands;
    private final MessageSource messages;
    private final CatalogueService catalogues;

    PracticeController(PracticeService practices, Brands brands, MessageSource messages, CatalogueService catalogues) {
        this.catalogues = catalogues;
        this.practices = practices;
        this.brands = brands;
        this.messages = messages;
    }

    @InitBinder("practiceForm")
    void checks(WebDataBinder binder) {
        binder.setAllowedFields("name", "slug", "accent", "contactEmail", "contactPhone", "bookingUrl", "embedOrigins");
        binder.addValidators(new PracticeValidator());
    }

    @InitBinder("priceForm")
    void priceFields(WebDataBinder binder) {
        binder.setAllowedFields("profileCode", "currency", "basis", "low", "high", "note");
    }

    /** The practice's own price for a role: it replaces the published range on its clients' pages. */
    @PostMapping("/prices")
    String setPrice(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute("priceForm") PriceForm form,
                    BindingResult result, Model model) {
        if (!result.hasFieldErrors("profileCode") && catalogues.current().profile(form.getProfileCode()) == null) {
            result.rejectValue("profileCode", "practice.price.profile.required");
        }
        if (form.getLow() != null && form.getHigh() != null && form.getHigh() < form.getLow()
                && !result.hasFieldErrors("high")) {
            result.rejectValue("high", "practice.price.high.belowLow");
        }
        if (!result.hasErrors() && !practices.setPrice(me.userId(), form.price())) {
            result.reject("practice.price.noPractice");
        }
        if (result.hasErrors()) {
            settings(me, model);
            return VIEW;
        }
        return "redirect:/consultant/practice?priceSaved#prices";
    }

    @PostMapping("/prices/remove")
    String removePrice(@AuthenticationPrincipal SignedIn me, @RequestParam String profileCode) {
        practices.removePrice(me.userId(), profileCode);
        return "redirect:/consultant/practice?priceRemoved#prices";
    }

    @GetMapping
    String settings(@AuthenticationPrincipal SignedIn me, Model model) {
        if (!model.containsAttribute("practiceForm")) {
            PracticeForm form = new PracticeForm();
            practices.ofConsultant(me.userId()).ifPresent(practice -> fill(form, practice));
            model.addAttribute("practiceForm", form);
        }
        return page(me, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedIn me, @Valid @ModelAttribute("practiceForm") PracticeForm form,
                BindingResult result, Model model) {
        if (!form.getSlug().isEmpty() && !result.hasFieldErrors("slug")
                && practices.slugTakenByAnother(me.userId(), form.getSlug())) {
            result.rejectValue("slug", "practice.slug.taken");
        }
        if (result.hasErrors()) {
            return page(me, model);
        }
        practices.save(me.userId(), form);
        return "redirect:/consultant/practice?saved";
    }

    @PostMapping("/logo")
    String logo(@AuthenticationPrincipal SignedIn me, @RequestParam(name = "logo", required = false) MultipartFile file,
                Model model) throws IOException {
        String refusal;
        try {
            LogoImage.Png png = LogoImage.reencode(file == null ? null : file.getBytes());
            if (practices.showLogo(me.userId(), png)) {
                return "redirect:/consultant/practice?logo";
            }
            refusal = "practice.logo.NO_PRACTICE";
        } catch (LogoImage.Refused refused) {
            refusal = "practice.logo." + refused.reason().name();
        }
        model.addAttribute("logoError", refusal);
        settings(me, model);
        return VIEW;
    }

    @PostMapping("/logo/remove")
    String removeLogo(@AuthenticationPrincipal SignedIn me) {
        practices.removeLogo(me.userId());
        return "redirect:/consultant/practice?logoRemoved";
    }

    /** The page shows the consultant's brand as clients will see it. */
    private String page(SignedIn me, Model model) {
        Brand brand = brands.ofConsultant(me.userId());
        model.addAttribute("brand", brand);
        model.addAttribute("hasPractice", !brand.isDefault());
        model.addAttribute("maxLogoKb", LogoImage.MAX_BYTES / 1024);
        model.addAttribute("prices", practices.prices(me.userId()));
        model.addAttribute("priceProfiles", catalogues.current().profiles());
        if (!model.containsAttribute("priceForm")) {
            model.addAttribute("priceForm", new PriceForm());
        }
        if (brand.slug() != null) {
            String link = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/p/" + brand.slug();
            model.addAttribute("publicUrl", link);
            // shown escaped by Thymeleaf, to be copied as it is
            model.addAttribute("embedSnippet", "<iframe src=\"" + link + "?embed\" title=\""
                    + messages.getMessage("practice.embed.frameTitle", new Object[] {brand.practiceName()}, Locale.UK)
                            .replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\" width=\"100%\" height=\"420\" style=\"border:0\"></iframe>");
            model.addAttribute("embedOrigins", String.join(", ", brand.embedOrigins()));
        }
        return VIEW;
    }

    private static void fill(PracticeForm form, Practice practice) {
        form.setName(practice.getName());
        form.setSlug(practice.getSlug());
        form.setAccent(practice.getAccent() == null ? "" : practice.getAccent());
        form.setContactEmail(orEmpty(practice.getContactEmail()));
        form.setContactPhone(orEmpty(practice.getContactPhone()));
        form.setBookingUrl(orEmpty(practice.getBookingUrl()));
        form.setEmbedOrigins(orEmpty(practice.getEmbedOrigins()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
