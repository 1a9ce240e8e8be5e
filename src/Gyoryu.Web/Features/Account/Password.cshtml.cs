using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Account;

/// <summary>/Account/Password: choosing one's own password, which ends a temporary one given by an administrator.</summary>
[Authorize]
[ReadersMayPost]
public sealed class PasswordModel(UserManager<GyoryuUser> users, SignInManager<GyoryuUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public bool MustChange => User.HasClaim(GyoryuClaims.MustChangePassword, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Form.Current!, Form.New!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Form.Current" : "Form.New", error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = l["비밀번호를 바꾸었습니다."].Value;
        return Redirect("/");
    }

    public sealed class PasswordForm
    {
        [Required(ErrorMessage = "현재 비밀번호를 입력해 주세요.")]
        public string? Current { get; set; }

        [Required(ErrorMessage = "새 비밀번호를 입력해 주세요.")]
        [StringLength(128, ErrorMessage = "비밀번호는 128자를 넘을 수 없습니다.")]
        public string? New { get; set; }

        [Required(ErrorMessage = "새 비밀번호를 한 번 더 입력해 주세요.")]
        [Compare(nameof(New), ErrorMessage = "새 비밀번호가 서로 다릅니다.")]
        public string? Confirm { get; set; }
    }
}
