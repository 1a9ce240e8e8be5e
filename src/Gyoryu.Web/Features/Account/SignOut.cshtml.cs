using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Account;

/// <summary>/Account/SignOut: a POST (with its antiforgery token), so a link elsewhere cannot sign anyone out.</summary>
[Authorize]
[ReadersMayPost]
public sealed class SignOutModel(SignInManager<GyoryuUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/Account/SignIn");
    }
}
