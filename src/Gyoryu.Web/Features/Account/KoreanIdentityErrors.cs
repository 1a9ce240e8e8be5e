using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Account;

/// <summary>Identity's messages in Korean (English by culture), for the ones a user or an administrator can meet.</summary>
public sealed class KoreanIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(System.Globalization.CultureInfo.CurrentCulture, l["비밀번호는 {0}자 이상이어야 합니다."], length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Format(System.Globalization.CultureInfo.CurrentCulture, l["비밀번호에 서로 다른 문자가 {0}개 이상 있어야 합니다."], uniqueChars));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["현재 비밀번호가 맞지 않습니다."]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), string.Format(System.Globalization.CultureInfo.CurrentCulture, l["아이디 '{0}'은(는) 이미 쓰이고 있습니다."], userName));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), l["아이디는 영문 소문자, 숫자, 점(.), 밑줄(_), 하이픈(-)만 쓸 수 있습니다."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["다른 사람이 먼저 이 계정을 바꾸었습니다. 다시 불러와 주세요."]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["계정을 저장하지 못했습니다."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["만료되었거나 잘못된 요청입니다. 다시 시도해 주세요."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
