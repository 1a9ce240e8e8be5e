using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Gyoryu.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Infrastructure.Errors;

/// <summary>Checks a request body's DataAnnotations and answers 400 naming each invalid field, in the user's language.</summary>
public static class ValidationFilter
{
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder)
        where T : class => builder
        .AddEndpointFilter(async (context, next) =>
        {
            var input = context.Arguments.OfType<T>().FirstOrDefault();
            if (input is null)
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["body"] = [Localise(context.HttpContext, "요청 본문이 없습니다.")] },
                    title: ErrorSetup.Titles.Invalid);
            }

            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
            {
                return await next(context);
            }

            var errors = results
                .SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty).Select(member => (member, message: r.ErrorMessage ?? string.Empty)))
                .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.member))
                .ToDictionary(g => g.Key, g => g.Select(e => Localise(context.HttpContext, e.message)).ToArray());
            return TypedResults.ValidationProblem(errors, title: ErrorSetup.Titles.Invalid);
        })
        .ProducesValidationProblem();

    private static string Localise(HttpContext context, string korean) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[korean];
}
