package nl.meldpunt.web.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.meldpunt.web.shared.SecurityHeadersFilter;

/**
 * Sets the security and caching headers of {@link SecurityHeadersFilter} already when the
 * authentication mechanism looks at a request: the container runs it before any filter, and its
 * redirect of an anonymous visitor to the login page never reaches the filter. Runs before Jakarta
 * Security's own interceptors (login to continue, session).
 */
@Interceptor
@SecurityHeadersInterceptor.Binding
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class SecurityHeadersInterceptor {

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Binding {
    }

    @AroundInvoke
    public Object setHeaders(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if ("validateRequest".equals(invocation.getMethod().getName()) && arguments.length == 3
                && arguments[0] instanceof HttpServletRequest request && arguments[1] instanceof HttpServletResponse response) {
            SecurityHeadersFilter.setHeaders(request, response, SecurityHeadersFilter.isVersionedResource(request));
        }
        return invocation.proceed();
    }
}
