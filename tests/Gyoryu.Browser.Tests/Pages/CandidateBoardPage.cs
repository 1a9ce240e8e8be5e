using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Discovery/Candidates (후보 목록): the officer's candidate board, its add form and each candidate's actions.</summary>
public sealed partial class CandidateBoardPage(IPage page)
{
    public ILocator Owner => page.Locator("#owner-name");

    public ILocator StatusMessage => page.Locator(".gy-status-message");

    public ILocator OpenCandidates => page.Locator("#open-candidates > li");

    public static async Task<CandidateBoardPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/Discovery/Candidates");
        return new CandidateBoardPage(page);
    }

    /// <summary>The open candidate whose card names <paramref name="name"/>.</summary>
    public ILocator Candidate(string name) => OpenCandidates.Filter(new() { Has = page.Locator(".gy-candidate-name", new() { HasText = name }) });

    /// <summary>Step 1 of the add form: searches Korean governments and foreign cities by name.</summary>
    public async Task FindPlaceAsync(string name)
    {
        await page.GetByLabel("1. 도시 찾기").FillAsync(name);
        await Navigation.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "찾기", Exact = true }));
    }

    /// <summary>Step 2: picks the found place whose line mentions both the name and the country (in Korean).</summary>
    public Task ChoosePlaceAsync(string name, string countryKo) =>
        page.Locator(".gy-place-choices label").Filter(new() { HasText = name }).Filter(new() { HasText = countryKo }).First
            .Locator("input[type=radio]").CheckAsync();

    /// <summary>How the candidate came up, by its Korean label (포럼·회의, 기관 소개, ...).</summary>
    public Task ChooseSourceAsync(string label) =>
        page.GetByLabel("후보가 된 경로").SelectOptionAsync(new SelectOptionValue { Label = label });

    public Task TickPreferredFieldAsync(string label) =>
        page.Locator("#add-form").GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true }).CheckAsync();

    public Task WriteNotesAsync(string notes) => page.Locator("#add-notes").FillAsync(notes);

    public Task AddAsync() => Navigation.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "후보에 추가", Exact = true }));

    /// <summary>교류 추진 on one candidate with the agreement aimed at (우호교류, 자매결연, 교류 MOU); lands on the new partnership.</summary>
    public async Task<PartnershipDetailsPage> TakeForwardAsync(string name, string typeLabel)
    {
        var card = Candidate(name);
        await card.Locator("summary", new() { HasText = "교류 추진" }).ClickAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = typeLabel, Exact = true }).CheckAsync();
        await Navigation.SubmitAsync(page, card.GetByRole(AriaRole.Button, new() { Name = "교류 관계 만들기" }));
        await page.WaitForURLAsync(PartnershipUrl());
        return new PartnershipDetailsPage(page);
    }

    [GeneratedRegex(@"/Partnerships/\d+$")]
    private static partial Regex PartnershipUrl();
}
