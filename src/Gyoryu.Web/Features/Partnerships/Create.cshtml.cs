using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.LocalGovernments;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Partnerships;

[Authorize(Policy = Policies.Editor)]
public sealed class CreateModel(
    PartnershipCommands commands, GovernmentDirectory directory, CurrentOfficer officer, GyoryuDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CreateForm Form { get; set; } = new();

    public IReadOnlyList<GovernmentOption> Governments { get; private set; } = [];

    public IReadOnlyList<Country> Countries { get; private set; } = [];

    public GovernmentOption? Owner { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var input = new NewPartnership
        {
            Type = Form.Type,
            Fields = Form.Fields,
            Motive = Form.Motive,
            ExistingAgreement = Form.ExistingAgreement,
            SignedOn = Form.SignedOn,
            SigningPlace = Form.SigningPlace,
            DateBasis = Form.DateBasis,
            History = Form.History,
        };
        if (Form.Scope == "international")
        {
            var city = await FindOrAddCityAsync(cancellationToken);
            if (city is null)
            {
                await LoadAsync(cancellationToken);
                return Page();
            }

            input = input with { PartnerForeignCityId = city.Id };
        }
        else
        {
            input = input with { PartnerLocalGovernmentCode = Form.PartnerLocalGovernmentCode };
        }

        var outcome = await commands.CreateAsync(officer.GovernmentCode, input, cancellationToken);
        if (outcome.Kind == OutcomeKind.Done)
        {
            Status = l["교류 관계를 등록했습니다."];
            return RedirectToPage("Details", new { id = outcome.Id });
        }

        var refusal = outcome.Refusal;
        ModelState.AddModelError(refusal?.Field switch
        {
            "Partner" or "PartnerLocalGovernmentCode" or "PartnerForeignCityId" => Form.Scope == "international" ? "Form.CityName" : "Form.PartnerLocalGovernmentCode",
            null => string.Empty,
            var field => $"Form.{field}",
        }, refusal?.Message ?? l["등록하지 못했습니다."]);
        await LoadAsync(cancellationToken);
        return Page();
    }

    // A city typed by name is matched in the chosen country (largest first); an unknown one is added, as officers expect.
    private async Task<ForeignCity?> FindOrAddCityAsync(CancellationToken cancellationToken)
    {
        var country = Form.CountryCode?.Trim().ToUpperInvariant();
        var name = Form.CityName?.Trim();
        if (string.IsNullOrEmpty(country) || !await db.Countries.AnyAsync(c => c.Code == country && c.Code != "KR", cancellationToken))
        {
            ModelState.AddModelError("Form.CountryCode", l["상대 국가를 선택하세요."]);
            return null;
        }

        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError("Form.CityName", l["상대 도시 이름을 입력하세요."]);
            return null;
        }

        var folded = SearchText.Fold(name);
        var city = await db.ForeignCities
            .Where(c => c.CountryCode == country && (c.SearchName == folded || c.NameKo == name))
            .OrderByDescending(c => c.Population ?? 0)
            .FirstOrDefaultAsync(cancellationToken);
        if (city is not null)
        {
            return city;
        }

        try
        {
            city = ForeignCity.AddedByUser(officer.GovernmentCode, name, Form.CityNameKo, country, null, false, null, null, null);
        }
        catch (DomainRuleException refusal)
        {
            ModelState.AddModelError("Form.CityName", refusal.Message);
            return null;
        }

        db.ForeignCities.Add(city);
        await db.SaveChangesAsync(cancellationToken);
        return city;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Governments = (await directory.AllAsync(cancellationToken)).Where(g => g.Code != officer.GovernmentCode).ToList();
        Owner = await directory.FindAsync(officer.GovernmentCode, cancellationToken);
        Countries = await db.Countries.AsNoTracking().Where(c => c.Code != "KR").OrderBy(c => c.NameKo).ToListAsync(cancellationToken);
    }
}

public sealed class CreateForm
{
    /// <summary>"domestic" or "international".</summary>
    public string Scope { get; set; } = "domestic";

    public string? PartnerLocalGovernmentCode { get; set; }

    public string? CountryCode { get; set; }

    public string? CityName { get; set; }

    public string? CityNameKo { get; set; }

    [Required(ErrorMessage = "협약 유형을 선택하세요.")]
    public PartnershipType Type { get; set; } = PartnershipType.SisterCity;

    public List<string> Fields { get; set; } = [];

    [StringLength(4000, ErrorMessage = "추진 배경은 4000자 이하로 입력하세요.")]
    public string? Motive { get; set; }

    public bool ExistingAgreement { get; set; }

    [RegularExpression(@"^\d{4}(-\d{2}(-\d{2})?)?$", ErrorMessage = "체결일은 2024-05-14, 2023-04 또는 2006 형식으로 입력하세요.")]
    public string? SignedOn { get; set; }

    [StringLength(200, ErrorMessage = "장소는 200자 이하로 입력하세요.")]
    public string? SigningPlace { get; set; }

    [StringLength(200, ErrorMessage = "체결일 근거는 200자 이하로 입력하세요.")]
    public string? DateBasis { get; set; }

    [StringLength(8000, ErrorMessage = "교류 연혁은 8000자 이하로 입력하세요.")]
    public string? History { get; set; }
}
