package nl.meldpunt.web.configuration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.meldpunt.configuration.ConfigurationRefused;
import nl.meldpunt.configuration.OrganisationConfigurationService;
import nl.meldpunt.web.shared.Texts;

/** The platform admin's new organisation from a configuration file used as a template, with its own slug and name. */
@Named
@RequestScoped
public class TemplateBacking {

    @Inject
    private OrganisationConfigurationService configurations;

    @Inject
    private Texts texts;

    private Part upload;
    private String slug;
    private String name;

    public void create() {
        byte[] content = ConfigurationBacking.read(upload, texts);
        if (content == null) {
            return;
        }
        try {
            configurations.createFromTemplate(content, slug == null ? null : slug.strip(), name);
            texts.infoWith("configuration.template.done", name == null ? "" : name.strip(), slug == null ? "" : slug.strip());
            slug = null;
            name = null;
        } catch (ConfigurationRefused refused) {
            ConfigurationBacking.show(refused, texts);
        }
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
