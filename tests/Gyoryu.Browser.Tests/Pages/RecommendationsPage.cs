using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Discovery/Recommendations (후보 도시 추천): the filter form, the ranked results and each result's "후보에 추가".</summary>
public sealed class RecommendationsPage(IPage page)
{
    public ILocator Heading => page.Locator("h1");

    public ILocator StatusMessage => page.Locator(".gy-status-message");

    public ILocator Results => page.Locator("#recommendations > li");

    public ILocator ResultsHeading => page.Locator("#results-heading");

    public static async Task<RecommendationsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/Discovery/Recommendations");
        return new RecommendationsPage(page);
    }

    /// <summary>The 범위 radio (국내, 해외 or 전체), chosen by clicking its label as an officer does: KRDS draws the radio on the label.</summary>
    public async Task ChooseScopeAsync(string label)
    {
        await page.Locator("#recommendation-filters .gy-rec-radios").GetByText(label, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(Scope(label)).ToBeCheckedAsync();
    }

    /// <summary>The 범위 radio named by its label.</summary>
    public ILocator Scope(string label) =>
        page.Locator("#recommendation-filters").GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    /// <summary>추천 다시 받기: submits the filters and waits for the ranked list that answers.</summary>
    public Task ApplyAsync() =>
        Navigation.SubmitAsync(page, page.Locator("#recommendation-filters").GetByRole(AriaRole.Button, new() { Name = "추천 다시 받기" }));

    /// <summary>The ISO country code each listed result carries, in rank order.</summary>
    public async Task<IReadOnlyList<string>> CountryCodesAsync()
    {
        var codes = new List<string>();
        foreach (var result in await Results.AllAsync())
        {
            codes.Add(await result.GetAttributeAsync("data-country-code") ?? "");
        }

        return codes;
    }

    /// <summary>The result for one place, by its place key (data-place-key).</summary>
    public ILocator Result(string placeKey) => page.Locator($"#recommendations > li[data-place-key=\"{placeKey}\"]");

    /// <summary>The first listed result that is not on the board yet, so this journey does not depend on what others added.</summary>
    public ILocator FirstNotOnBoard => page.Locator("#recommendations > li[data-on-board=false]").First;

    public static Task<string> PlaceKeyOfAsync(ILocator result) => Attribute(result, "data-place-key");

    public static Task<string> CountryCodeOfAsync(ILocator result) => Attribute(result, "data-country-code");

    public static ILocator NameOf(ILocator result) => result.Locator(".gy-rec-name");

    /// <summary>The one-line Korean reason under the result's name.</summary>
    public static ILocator ReasonOf(ILocator result) => result.Locator(".gy-reason");

    /// <summary>The score breakdown rows (발전목표 유사도, 산업 보완성, 경제협력 잠재력, 교류망 근거, 집중 감점), each with data-component.</summary>
    public static ILocator BreakdownOf(ILocator result) => result.Locator(".gy-score-bars tr[data-component]");

    /// <summary>The number printed beside one component's bar.</summary>
    public static ILocator ComponentValue(ILocator result, string component) =>
        result.Locator($".gy-score-bars tr[data-component=\"{component}\"] .gy-score-value");

    public static ILocator ComponentBar(ILocator result, string component) =>
        result.Locator($".gy-score-bars tr[data-component=\"{component}\"] meter");

    public static ILocator AddButtonOf(ILocator result) =>
        result.GetByRole(AriaRole.Button, new() { Name = "후보에 추가" });

    /// <summary>The "후보 목록에 있음" badge a result shows once it is on the officer's board.</summary>
    public static ILocator OnBoardBadgeOf(ILocator result) => result.Locator(".gy-on-board");

    /// <summary>후보에 추가 on one result, pressed from the keyboard (focus, Enter); lands back on this page with a message.</summary>
    public async Task AddWithKeyboardAsync(ILocator result)
    {
        await page.EvaluateAsync("() => { window.gyoryuBeforeSubmit = true; }");
        await AddButtonOf(result).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Navigation.WaitForAnsweringPageAsync(page);
    }

    /// <summary>Every id attribute used more than once on the page.</summary>
    public Task<string[]> DuplicateIdsAsync() =>
        page.EvaluateAsync<string[]>(
            "() => { const seen = new Map(); for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);"
            + " return [...seen].filter(([, n]) => n > 1).map(([id]) => id); }");

    /// <summary>Tag, type and the enclosing form's method of a result's add button, to prove it is a real submit button.</summary>
    public static Task<string> AddButtonShapeAsync(ILocator result) =>
        AddButtonOf(result).EvaluateAsync<string>("b => `${b.tagName.toLowerCase()} type=${b.type} form=${b.form?.method ?? 'none'}`");

    private static async Task<string> Attribute(ILocator result, string name) =>
        await result.GetAttributeAsync(name) ?? throw new InvalidOperationException($"The result has no {name}.");
}
