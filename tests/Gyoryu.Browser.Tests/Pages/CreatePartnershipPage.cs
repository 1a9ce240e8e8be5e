using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Partnerships/Create: a new candidate (or an existing agreement) with a domestic or international partner.</summary>
public sealed class CreatePartnershipPage(IPage page)
{
    public ILocator Owner => page.Locator("#owner-name");

    public static async Task<CreatePartnershipPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/Partnerships/Create");
        return new CreatePartnershipPage(page);
    }

    public Task ChooseDomesticAsync() => Navigation.TickAsync(page.Locator("input[name='Form.Scope'][value='domestic']"));

    public Task ChoosePartnerGovernmentAsync(string code) => page.SelectOptionAsync("[name='Form.PartnerLocalGovernmentCode']", code);

    /// <summary>"SisterCity", "Friendship" or "ExchangeMou".</summary>
    public Task ChooseTypeAsync(string type) => page.SelectOptionAsync("[name='Form.Type']", type);

    public Task TickFieldAsync(string field) => Navigation.TickAsync(page.Locator($"input[name='Form.Fields'][value='{field}']"));

    public Task WriteMotiveAsync(string motive) => page.Locator("[name='Form.Motive']").FillAsync(motive);

    /// <summary>Presses 등록; the app answers with the new partnership's details page.</summary>
    public async Task<PartnershipDetailsPage> RegisterAsync()
    {
        await Navigation.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "등록", Exact = true }));
        await page.WaitForURLAsync(new Regex(@"/Partnerships/\d+$"));
        return new PartnershipDetailsPage(page);
    }
}
