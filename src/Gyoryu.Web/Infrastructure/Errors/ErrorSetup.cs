using System.Text.Json;
using Gyoryu.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Infrastructure.Errors;

public static class ErrorSetup
{
    public static IServiceCollection AddGyoryuProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddExceptionHandler<UnexpectedApiExceptionHandler>();
        // Whatever is left is a browser's page request: the exception handler re-runs it as the friendly error page.
        services.Configure<ExceptionHandlerOptions>(options => options.ExceptionHandlingPath = ErrorPages.Path);
        services.AddOptions<StatusCodePagesOptions>().Configure<EndpointDataSource>((options, endpoints) =>
            options.HandleAsync = ErrorPages.StatusCodeHandler(endpoints, options.HandleAsync));
        return services;
    }

    /// <summary>The ProblemDetails for a refused domain rule: 400 naming the field when there is one, else 422.</summary>
    public static IResult ToProblem(this DomainRuleException exception)
    {
        var extensions = new Dictionary<string, object?> { ["rule"] = exception.Rule };
        if (exception.Field is { } field)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(field)] = [exception.Message] },
                detail: exception.Message, title: Titles.Invalid, extensions: extensions);
        }

        return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: Titles.Refused, extensions: extensions);
    }

    public static IResult StaleVersion() => TypedResults.Problem(
        Titles.StaleDetail, statusCode: StatusCodes.Status409Conflict, title: Titles.Stale);

    public static class Titles
    {
        public static string Invalid => Localised("입력값이 올바르지 않습니다.", "The input is not valid.");

        public static string Refused => Localised("요청한 작업을 할 수 없습니다.", "The requested change was refused.");

        public static string Stale => Localised("다른 사용자가 먼저 저장했습니다.", "Someone else saved first.");

        public static string StaleDetail => Localised(
            "이 교류 관계는 다른 사용자가 먼저 수정했습니다. 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요. 아무것도 덮어쓰지 않았습니다.",
            "Someone else changed this partnership after you opened it. Reload to see the latest version, then save again. Nothing was overwritten.");

        public static string NotFound => Localised("찾을 수 없습니다.", "Not found.");

    }

    private static string Localised(string korean, string english) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : korean;

    /// <summary>An unexpected failure of an API call (or any request not asking for HTML): a 500 ProblemDetails naming nothing internal.</summary>
    private sealed class UnexpectedApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (ErrorPages.WantsHtml(httpContext.Request))
            {
                return false;
            }

            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = Localised("서버에서 요청을 처리하지 못했습니다.", "The server could not process the request."),
                },
            });
        }
    }

    private sealed class DomainExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
    {
        // A body that is not valid JSON for its type (a date that is not a date, an unknown enum value) names the field.
        private static async ValueTask<bool> WriteUnreadableFieldAsync(HttpContext httpContext, IProblemDetailsService problemDetails, JsonException json)
        {
            var field = json.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            var message = Localised("값의 형식이 올바르지 않습니다.", "The value is not in a valid format.");
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = Titles.Invalid,
                },
            });
        }

        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is BadHttpRequestException { InnerException: JsonException json })
            {
                return await WriteUnreadableFieldAsync(httpContext, problemDetails, json);
            }

            var (status, title, detail) = exception switch
            {
                DomainRuleException rule => (StatusCodes.Status422UnprocessableEntity, Titles.Refused, rule.Message),
                DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, Titles.Stale, Titles.StaleDetail),
                BadHttpRequestException bad => (bad.StatusCode, Titles.Invalid, (string?)null),
                _ => (0, string.Empty, null),
            };
            if (status == 0)
            {
                return false;
            }

            httpContext.Response.StatusCode = status;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            });
        }
    }
}
