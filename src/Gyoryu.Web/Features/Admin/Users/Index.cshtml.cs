using Gyoryu.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Admin.Users;

/// <summary>/Admin/Users: the accounts of the administrator's government; creating one shows its temporary password once.</summary>
[Authorize(Policy = Policies.GovernmentAdministrator)]
public sealed class IndexModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public NewUserForm Form { get; set; } = new();

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<string> AssignableRoles => administration.AssignableRoles;

    /// <summary>Shown once, right after it was made; never stored in plain text.</summary>
    public (string UserName, string Password)? Issued { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await administration.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(new NewUser(Form.UserName, Form.DisplayName, Form.Role, Form.PartnershipId), cancellationToken);
        if (result.Succeeded)
        {
            Issued = (Form.UserName!.Trim().ToLowerInvariant(), result.TemporaryPassword!);
            Form = new NewUserForm();
        }
        else
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Users = await administration.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(await administration.ResetPasswordAsync(id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(await administration.SetLockedAsync(id, locked: true, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(await administration.SetLockedAsync(id, locked: false, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(AdministrationResult result, CancellationToken cancellationToken)
    {
        Users = await administration.ListAsync(cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (result.TemporaryPassword is not null)
        {
            Issued = (Users.First(u => u.Id == result.UserId).UserName, result.TemporaryPassword);
        }

        return Page();
    }

    public sealed class NewUserForm
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Role { get; set; }

        public int? PartnershipId { get; set; }
    }
}
