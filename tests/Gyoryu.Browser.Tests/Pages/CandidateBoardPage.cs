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

    /// <summary>The open candidate for one place, by its place key (data-place-key).</summary>
    public ILocator CandidateFor(string placeKey) => page.Locator($"#open-candidates > li[data-place-key=\"{placeKey}\"]");

    /// <summary>The recommendation reason (and score) a candidate carried over from 후보 도시 추천.</summary>
    public static ILocator ReasonOf(ILocator candidate) => candidate.Locator(".gy-candidate-reason");

    /// <summary>Step 1 of the add form: searches Korean governments and foreign cities by name.</summary>
    public async Task FindPlaceAsync(string name)
    {
        await page.GetByLabel("1. 도시 찾기").FillAsync(name);
        await Navigation.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "찾기", Exact = true }));
    }

    /// <summary>Step 2: picks the found place whose line mentions both the name and the country (in Korean).</summary>
    public Task ChoosePlaceAsync(string name, string countryKo) => Navigation.TickAsync(
        page.Locator(".gy-place-choices label").Filter(new() { HasText = name }).Filter(new() { HasText = countryKo }).First.Locator("input[type=radio]"));

    /// <summary>How the candidate came up, by its Korean label (포럼·회의, 기관 소개, ...).</summary>
    public Task ChooseSourceAsync(string label) =>
        page.GetByLabel("후보가 된 경로").SelectOptionAsync(new SelectOptionValue { Label = label });

    public Task TickPreferredFieldAsync(string label) => Navigation.TickAsync(page.Locator("#add-form").GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true }));

    public Task WriteNotesAsync(string notes) => page.Locator("#add-notes").FillAsync(notes);

    public Task AddAsync() => Navigation.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "후보에 추가", Exact = true }));

    /// <summary>교류 추진 on one candidate with the agreement aimed at (우호교류, 자매결연, 교류 MOU); lands on the new partnership.</summary>
    public async Task<PartnershipDetailsPage> TakeForwardAsync(string name, string typeLabel)
    {
        var card = Candidate(name);
        await Navigation.OpenDetailsAsync(card.Locator("details", new() { Has = page.Locator("summary", new() { HasText = "교류 추진" }) }));
        await Navigation.TickAsync(card.GetByRole(AriaRole.Radio, new() { Name = typeLabel, Exact = true }));
        await Navigation.SubmitAsync(page, card.GetByRole(AriaRole.Button, new() { Name = "교류 관계 만들기" }));
        await page.WaitForURLAsync(PartnershipUrl());
        return new PartnershipDetailsPage(page);
    }

    [GeneratedRegex(@"/Partnerships/\d+$")]
    private static partial Regex PartnershipUrl();
}
