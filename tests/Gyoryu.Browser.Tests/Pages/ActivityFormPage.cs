using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Exchanges/Activities/Create?partnershipId=N and /Exchanges/Activities/Edit/{id}: the activity form.</summary>
public sealed class ActivityFormPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Presses 활동 기록 in the partnership page's 교류 활동 section.</summary>
    public static async Task<ActivityFormPage> OpenFromPartnershipAsync(PartnershipDetailsPage partnership)
    {
        var page = partnership.Page;
        await Navigation.FollowAsync(page.Locator("#exchange-activities #record-activity"));
        await page.WaitForURLAsync("**/Exchanges/Activities/Create?partnershipId=*");
        return new ActivityFormPage(page);
    }

    /// <summary>An input by the name after "Form.": "Title", "EndsOn", "Students".</summary>
    public ILocator Input(string name) => page.Locator($"#Form_{name}");

    /// <summary>The message shown beside a field.</summary>
    public ILocator FieldError(string name) => page.Locator($"#Form_{name}-error");

    public Task ChooseKindAsync(string kind) => page.SelectOptionAsync("#Form_Kind", kind);

    /// <summary>"Outbound" (우리 측 방문), "Inbound" (상대 측 방문) or "None".</summary>
    public Task ChooseDirectionAsync(string direction) => Navigation.TickAsync(page.Locator($"#Form_Direction_{direction}"));

    public async Task FillAsync(IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            await Input(name).FillAsync(value);
        }
    }

    /// <summary>Checks the exchange field whose box carries this value ("Youth").</summary>
    public Task CheckFieldAsync(string field) => Navigation.TickAsync(page.Locator($"input[name='Form.Fields'][value='{field}']"));

    /// <summary>Presses 기록/저장 and waits for the page that answers: the details, or the form with its errors.</summary>
    public Task SubmitAsync() => Navigation.SubmitAsync(page, page.Locator("#activity-save"));
}
