package nl.meldpunt.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;

/**
 * Gives our own JSF resources ({@code <h:outputStylesheet name="meldpunt/css/meldpunt.css"/>}) a
 * version parameter that changes with the file's content, as PrimeFaces does for its own
 * ({@code v=15.0.13}); versioned resources are cached for a year.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), resourceName, null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), resourceName, libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), resourceName, libraryName);
    }

    private static Resource versioned(Resource resource, String name, String library) {
        if (resource == null || library != null || name == null || !name.startsWith("meldpunt/")) {
            return resource;
        }
        ServletContext context = (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
        String version = ResourceVersions.of(context, "/resources/" + name).orElse(null);
        if (version == null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }
}
