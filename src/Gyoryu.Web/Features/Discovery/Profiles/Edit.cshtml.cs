using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Discovery.Profiles;

/// <summary>Any officer may edit any profile until accounts and roles arrive (issue 5).</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(PlaceProfileQueries queries, PlaceProfileCommands commands, IStringLocalizer<SharedResource> l) : VersionedEditPage
{
    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    public PlaceProfileView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string placeKey, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(placeKey, cancellationToken))
        {
            return NotFound();
        }

        var p = View.Profile;
        Form = new ProfileForm
        {
            Industries = p?.Industries.Select(i => i.ToString()).ToList() ?? [],
            GoalTags = p?.GoalTags.Select(t => t.ToString()).ToList() ?? [],
            GoalText = p?.GoalText,
            Coastal = p?.Coastal switch { true => "true", false => "false", null => "" },
            Specialties = p?.Specialties,
            Festivals = p?.Festivals,
            Source = p?.Source,
            Version = View.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string placeKey, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(placeKey, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var input = new ProfileInput
        {
            Industries = Form.Industries,
            GoalTags = Form.GoalTags,
            GoalText = Form.GoalText,
            Coastal = Form.Coastal switch { "true" => true, "false" => false, _ => null },
            Specialties = Form.Specialties is null ? null : [Form.Specialties],
            Festivals = Form.Festivals is null ? null : [Form.Festivals],
            Source = Form.Source,
            Version = Form.Version,
        };
        var outcome = await commands.SaveAsync(placeKey, input, cancellationToken);
        return Answer(outcome, l["프로필을 저장했습니다."], $"/Discovery/Profiles/{placeKey}", l[PlaceProfilesApi.StaleDetail]);
    }

    private async Task<bool> LoadAsync(string placeKey, CancellationToken cancellationToken)
    {
        var view = await queries.FindAsync(placeKey, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        ViewData["Title"] = view.Place.NameKo;
        return true;
    }
}

public sealed class ProfileForm
{
    public List<string> Industries { get; set; } = [];

    public List<string> GoalTags { get; set; } = [];

    [StringLength(PlaceProfile.MaxGoalTextLength, ErrorMessage = "발전 목표는 2000자 이하로 입력하세요.")]
    public string? GoalText { get; set; }

    /// <summary>"true", "false" or empty for unknown.</summary>
    public string? Coastal { get; set; }

    [StringLength(PlaceProfile.MaxSpecialtiesLength, ErrorMessage = "특산물은 1000자 이하로 입력하세요.")]
    public string? Specialties { get; set; }

    [StringLength(PlaceProfile.MaxFestivalsLength, ErrorMessage = "축제는 8000자 이하로 입력하세요.")]
    public string? Festivals { get; set; }

    [StringLength(PlaceProfile.MaxSourceLength, ErrorMessage = "출처는 500자 이하로 입력하세요.")]
    public string? Source { get; set; }

    public int Version { get; set; }
}
