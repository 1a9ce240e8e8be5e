using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Net.Http.Headers;

namespace Gyoryu.Web.Infrastructure.Localisation;

/// <summary>Korean by default, English on request; every UI string is looked up in <see cref="SharedResource"/>.</summary>
public static class LocalisationSetup
{
    public const string Korean = "ko-KR";
    public const string English = "en-US";

    public static IReadOnlyList<string> SupportedCultures { get; } = [Korean, English];

    public static IServiceCollection AddGyoryuLocalisation(this IServiceCollection services)
    {
        // No ResourcesPath: a resx sits beside the class it localises, as Resources/SharedResource.en.resx does.
        services.AddLocalization();
        // Razor would otherwise write every Hangul syllable as a &#x...; entity.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [.. SupportedCultures.Select(CultureInfo.GetCultureInfo)];
            options.DefaultRequestCulture = new RequestCulture(Korean);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new QueryStringRequestCultureProvider(),
                new CustomRequestCultureProvider(FromAcceptLanguage),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseGyoryuLocalisation(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>Razor Pages with view localisation and DataAnnotations messages read from <see cref="SharedResource"/>.</summary>
    public static IMvcBuilder AddGyoryuRazorPages(this IServiceCollection services)
    {
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
            LocaliseModelBindingMessages(options, factory.Create(typeof(SharedResource))));

        return services
            .AddRazorPages()
            // Pages may live outside /Pages (e.g. Features/); keep the shared layout and partials findable by name.
            .AddRazorOptions(options => options.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
    }

    // Accept-Language "en-GB" or plain "en" should still give English: match on the language, not the exact culture.
    private static Task<ProviderCultureResult?> FromAcceptLanguage(HttpContext context)
    {
        var languages = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is null or > 0)
            .OrderByDescending(value => value.Quality ?? 1);
        foreach (var language in languages)
        {
            var name = language.Value.Value ?? string.Empty;
            var match = SupportedCultures.FirstOrDefault(culture =>
                name.Equals(culture, StringComparison.OrdinalIgnoreCase) ||
                name.Equals(culture[..2], StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith(culture[..3], StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(match));
            }
        }
        return Task.FromResult<ProviderCultureResult?>(null);
    }

    private static void LocaliseModelBindingMessages(MvcOptions options, IStringLocalizer l)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["'{0}'은(는) {1}에 맞지 않는 값입니다.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["{0} 값이 없습니다.", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["값이 필요합니다."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["요청 본문이 비어 있습니다."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["'{0}'은(는) 올바른 값이 아닙니다.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["올바른 값이 아닙니다."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["숫자를 입력해 주세요."]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["{0}에 올바른 값을 입력해 주세요.", field]);
        messages.SetValueIsInvalidAccessor(value => l["'{0}'은(는) 올바른 값이 아닙니다.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["{0}에는 숫자를 입력해 주세요.", field]);
        messages.SetValueMustNotBeNullAccessor(_ => l["값을 입력해 주세요."]);
    }
}
