using System.Text.Json;
using Gyoryu.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// 속초시 (51210) registers a tie with a city whose name is a script tag and records a working meeting whose minutes carry a
// script and an image with onerror: the partnership page shows both literally and no dialog ever opens.
public sealed class Markup_typed_into_a_partnership_is_shown_as_text_and_never_runs(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    private const string Owner = "51210";
    private const string CityName = "<script>alert('city')</script>";
    private const string Minutes = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    [Fact]
    public async Task The_partnership_page_shows_the_name_and_minutes_literally_and_no_dialog_opens()
    {
        // The system administrator acts for 속초시, a government no demo account belongs to.
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl, signInAs: "system.admin");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        try
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "gyoryu-government", Value = Owner, Url = app.BaseUrl }]);
            var id = await CreateHostileTieAsync(page.APIRequest);

            await page.GotoAsync($"/Partnerships/{id}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            await Expect(page.Locator("h1")).ToContainTextAsync(CityName);
            await Expect(page.Locator("#timeline p.gy-pre").Filter(new() { HasText = "onerror" }).First).ToHaveTextAsync(Minutes);
            await Expect(page.Locator("#motive")).ToHaveTextAsync(Minutes);
            (await page.Locator("main img[src='x'], main img[onerror]").CountAsync()).ShouldBe(0);
            (await page.EvaluateAsync<int>("() => [...document.scripts].filter(s => !s.src && s.type !== 'application/json').length")).ShouldBe(0);

            await page.GotoAsync("/Partnerships");
            await Expect(page.Locator("#partnership-table")).ToContainTextAsync(CityName);
            await page.WaitForTimeoutAsync(300);
            dialogs.ShouldBeEmpty();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> CreateHostileTieAsync(IAPIRequestContext api)
    {
        var headers = new Dictionary<string, string>();
        var city = await PostAsync(api, "/api/foreign-cities", headers, new { nameEn = CityName, nameKo = CityName, countryCode = "FR" });
        var tie = await PostAsync(api, $"/api/local-governments/{Owner}/partnerships", headers,
            new { partnerForeignCityId = city.GetProperty("id").GetInt32(), type = "SisterCity", fields = new[] { "CultureArts" }, motive = Minutes });
        var id = tie.GetProperty("summary").GetProperty("id").GetInt32();
        await PostAsync(api, $"/api/partnerships/{id}/working-meetings", headers, new
        {
            version = tie.GetProperty("version").GetInt32(), heldOn = "2025-03", place = "속초시청", attendees = "국제교류팀", minutes = Minutes,
        });
        return id;
    }

    private static async Task<JsonElement> PostAsync(IAPIRequestContext api, string url, Dictionary<string, string> headers, object body)
    {
        var response = await api.PostAsync(url, new APIRequestContextOptions { DataObject = body, Headers = headers });
        var text = await response.TextAsync();
        response.Ok.ShouldBeTrue($"POST {url} answered {response.Status}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
