using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Account;

/// <summary>/Account/SignIn: user name and password; five failures lock the account for 15 minutes.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<GyoryuUser> signIn, SignInThrottle throttle, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryAttempt(HttpContext))
        {
            ModelState.AddModelError(string.Empty, l["로그인 시도가 너무 많습니다. 몇 분 뒤에 다시 시도해 주세요."]);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Form.UserName!.Trim().ToLowerInvariant(), Form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // A partner city's guest has one page; everyone else goes where they were going.
            var user = await signIn.UserManager.FindByNameAsync(Form.UserName!.Trim().ToLowerInvariant());
            var start = user?.PartnershipId is not null ? "/Guest" : "/";
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && start == "/" ? ReturnUrl! : start);
        }

        // One message for a wrong name or a wrong password, so the form does not tell which user names exist.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? l["로그인에 여러 번 실패하여 계정이 잠겼습니다. 15분 뒤에 다시 시도하거나 기관 관리자에게 문의해 주세요."]
            : l["아이디 또는 비밀번호가 맞지 않습니다."]);
        Form.Password = null;
        return Page();
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "아이디를 입력해 주세요.")]
        [StringLength(256)]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "비밀번호를 입력해 주세요.")]
        [StringLength(256)]
        public string? Password { get; set; }
    }
}
