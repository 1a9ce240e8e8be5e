using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Gyoryu.Web.Infrastructure.Api;

public static class ApiSetup
{
    public static IServiceCollection AddGyoryuApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Bad JSON (a date that is not a date) reaches the exception handler, which names the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Gyoryu (교류) API";
            document.Info.Description = "지방자치단체 국내외 교류 관계(자매결연·우호교류·교류 MOU) 관리 API";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json and Swagger UI at /swagger.</summary>
    public static IEndpointRouteBuilder MapGyoryuApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "Gyoryu API v1");
            options.DocumentTitle = "Gyoryu API";
        });
        return app;
    }
}
