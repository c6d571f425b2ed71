package org.techleadership.advisor.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's HTML and plain-text parts from {@code templates/mail/<name>.html} and
 * {@code <name>.txt}, with the texts of messages.properties and the brand's variables
 * ({@code brandName}, {@code brandAccent}, {@code brandLogoUrl}, {@code brandContact}).
 * The engine is this class's own, not a bean: the pages' engine stays Boot's, in HTML mode only.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates(MessageSource messages) {
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Both parts of mail {@code name} (e.g. "invitation") for {@code model}, in English. */
    public MailContent render(String name, MailBrand brand, Map<String, ?> model) {
        return render(name, brand, model, Locale.ENGLISH);
    }

    public MailContent render(String name, MailBrand brand, Map<String, ?> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("brandName", brand.name());
        variables.put("brandAccent", brand.accent());
        variables.put("brandLogoUrl", brand.logoUrl());
        variables.put("brandContact", brand.contact());
        Context context = new Context(locale, variables);
        return new MailContent(engine.process(name + ".html", context), engine.process(name + ".txt", context));
    }
}
