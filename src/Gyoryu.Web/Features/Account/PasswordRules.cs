using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Account;

/// <summary>
/// KISA's guidance for public-sector passwords: at least 10 characters of two kinds (letters, digits, symbols), and not the
/// user name inside it. Identity checks the length; this checks the rest.
/// </summary>
public sealed class PasswordRules(IStringLocalizer<SharedResource> l) : IPasswordValidator<GyoryuUser>
{
    public const int MinimumLength = 10;

    public Task<IdentityResult> ValidateAsync(UserManager<GyoryuUser> manager, GyoryuUser user, string? password)
    {
        password ??= string.Empty;
        var kinds = new[] { password.Any(char.IsLetter), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) }.Count(k => k);
        var errors = new List<IdentityError>();
        if (kinds < 2)
        {
            errors.Add(new IdentityError { Code = "PasswordKinds", Description = l["비밀번호는 문자, 숫자, 특수문자 중 두 종류 이상을 섞어야 합니다."] });
        }

        if (user.UserName is { Length: >= 3 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = l["비밀번호에 아이디를 넣을 수 없습니다."] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
