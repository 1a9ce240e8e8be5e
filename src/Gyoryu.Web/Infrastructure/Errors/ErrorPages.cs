using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Gyoryu.Web.Infrastructure.Errors;

/// <summary>Which failed requests get the HTML error page (Features/Errors) instead of a ProblemDetails answer.</summary>
public static class ErrorPages
{
    public const string Path = "/Error";

    /// <summary>A browser asking for a page: not the API, and text/html named in Accept (a bare */* is a script's default).</summary>
    public static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// An empty 4xx/5xx answer to a page request (an unknown address, a page's NotFound()) shows the error page; any other
    /// request keeps <paramref name="fallback"/>, the ProblemDetails body.
    /// </summary>
    public static Func<StatusCodeContext, Task> StatusCodeHandler(EndpointDataSource endpoints, Func<StatusCodeContext, Task> fallback)
    {
        var errorPage = new Lazy<Endpoint?>(() => endpoints.Endpoints.FirstOrDefault(e =>
            e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Errors/Index"));
        return async context =>
        {
            var http = context.HttpContext;
            if (!WantsHtml(http.Request) || errorPage.Value is not { } page)
            {
                await fallback(context);
                return;
            }

            // What UseStatusCodePagesWithReExecute does, aimed straight at the page's endpoint: routing already ran for the
            // original path. The response keeps its status code, which the page reads.
            var originalPath = http.Request.Path;
            var routeValues = http.Features.Get<Microsoft.AspNetCore.Http.Features.IRouteValuesFeature>();
            var originalRouteValues = routeValues?.RouteValues;
            var originalEndpoint = http.GetEndpoint();
            http.Request.Path = Path;
            http.SetEndpoint(page);
            if (routeValues is not null)
            {
                routeValues.RouteValues = new Microsoft.AspNetCore.Routing.RouteValueDictionary { ["page"] = "/Errors/Index" };
            }

            try
            {
                await context.Next(http);
            }
            finally
            {
                http.Request.Path = originalPath;
                http.SetEndpoint(originalEndpoint);
                if (routeValues is not null && originalRouteValues is not null)
                {
                    routeValues.RouteValues = originalRouteValues;
                }

            }
        };
    }
}
