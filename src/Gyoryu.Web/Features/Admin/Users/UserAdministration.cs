using System.Security.Cryptography;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gyoryu.Web.Features.Admin.Users;

/// <param name="Manageable">Whether this administrator may reset or suspend the account: never a system administrator's, unless one.</param>
public sealed record UserRow(string Id, string UserName, string DisplayName, string GovernmentCode, string Role, int? PartnershipId, bool Locked, bool MustChangePassword, DateTimeOffset CreatedAt, bool Manageable);

public sealed record NewUser(string? UserName, string? DisplayName, string? Role, int? PartnershipId);

/// <summary>Outcome of an administrator's action: field errors, or what to show once (a temporary password).</summary>
public sealed record AdministrationResult(IReadOnlyDictionary<string, string> Errors, string? TemporaryPassword = null, string? UserId = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// What a government administrator does with the accounts of their government (a system administrator: of the government they
/// act for): create, reset a password to a temporary one, lock and unlock, change the role.
/// </summary>
public sealed class UserAdministration(UserManager<GyoryuUser> users, GyoryuDbContext db, CurrentOfficer officer, TimeProvider clock, IStringLocalizer<SharedResource> l, IHttpContextAccessor http)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var government = officer.GovernmentCode;
        var rows = await db.Users.AsNoTracking().Where(u => u.GovernmentCode == government).OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.GovernmentCode, u.PartnershipId, u.LockoutEnd, u.MustChangePassword, u.CreatedAt,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var assignable = AssignableRoles;
        return rows.Select(u => new UserRow(
            u.Id, u.UserName!, u.DisplayName, u.GovernmentCode, u.Role ?? "", u.PartnershipId, u.LockoutEnd > now, u.MustChangePassword, u.CreatedAt,
            Manageable: assignable.Contains(u.Role ?? ""))).ToList();
    }

    public async Task<UserRow?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(u => u.Id == id);

    /// <summary>Roles this administrator may give.</summary>
    public IReadOnlyList<string> AssignableRoles =>
        http.HttpContext?.User.IsSystemAdministrator() == true ? Roles.All : [.. Roles.GivenByGovernmentAdministrator, Roles.PartnerGuest];

    public async Task<AdministrationResult> CreateAsync(NewUser input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var userName = input.UserName?.Trim().ToLowerInvariant() ?? "";
        var displayName = input.DisplayName?.Trim() ?? "";
        if (userName.Length is < 3 or > 64)
        {
            errors["UserName"] = l["아이디는 3자에서 64자 사이로 입력해 주세요."];
        }

        if (displayName.Length == 0 || displayName.Length > GyoryuUser.MaxDisplayNameLength)
        {
            errors["DisplayName"] = l["이름(표시 이름)을 50자 이내로 입력해 주세요."];
        }

        if (input.Role is null || !AssignableRoles.Contains(input.Role))
        {
            errors["Role"] = l["역할을 고르세요."];
        }

        if (input.Role == Roles.PartnerGuest && !await db.Partnerships.AnyAsync(p => p.Id == input.PartnershipId && p.OwnerCode == officer.GovernmentCode, cancellationToken))
        {
            errors["PartnershipId"] = l["파트너 도시 담당자가 볼 교류 관계를 고르세요."];
        }

        if (errors.Count > 0)
        {
            return new AdministrationResult(errors);
        }

        var password = TemporaryPassword();
        var user = new GyoryuUser
        {
            UserName = userName,
            DisplayName = displayName,
            GovernmentCode = officer.GovernmentCode,
            PartnershipId = input.Role == Roles.PartnerGuest ? input.PartnershipId : null,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };

        // Identity saves the user and the role in two calls; a transaction keeps a refused role from leaving a user without one.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new AdministrationResult(created.Errors.ToDictionary(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "" : "UserName", e => e.Description, StringComparer.Ordinal)
                .GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First().Value));
        }

        var role = await users.AddToRoleAsync(user, input.Role!);
        if (!role.Succeeded)
        {
            return new AdministrationResult(new Dictionary<string, string> { ["Role"] = role.Errors.First().Description });
        }

        await transaction.CommitAsync(cancellationToken);
        return new AdministrationResult(new Dictionary<string, string>(), password, user.Id);
    }

    /// <summary>Gives a new temporary password (shown once), unlocks the account and asks for a new password at the next sign-in.</summary>
    public async Task<AdministrationResult> ResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        var (user, refusal) = await ManageableUserAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return new AdministrationResult(new Dictionary<string, string> { [""] = reset.Errors.First().Description });
        }

        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
        return new AdministrationResult(new Dictionary<string, string>(), password, user.Id);
    }

    /// <summary>Locks (사용 중지) or unlocks an account; a locked user cannot sign in and their sign-in ends at the next check.</summary>
    public async Task<AdministrationResult> SetLockedAsync(string id, bool locked, CancellationToken cancellationToken)
    {
        var (user, refusal) = await ManageableUserAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        if (locked && user.Id == officer.UserId)
        {
            return new AdministrationResult(new Dictionary<string, string> { [""] = l["자기 계정은 사용 중지할 수 없습니다."] });
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        return new AdministrationResult(new Dictionary<string, string>(), UserId: user.Id);
    }

    /// <summary>
    /// A user of this government whose role this administrator may give: a government administrator who could reset a system
    /// administrator's password would be shown that account's temporary password and become one.
    /// </summary>
    private async Task<(GyoryuUser? User, AdministrationResult? Refusal)> ManageableUserAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || user.GovernmentCode != officer.GovernmentCode)
        {
            return (null, Refused(l["이 기관의 사용자를 찾을 수 없습니다."]));
        }

        var assignable = AssignableRoles;
        return (await users.GetRolesAsync(user)).All(assignable.Contains)
            ? (user, null)
            : (null, Refused(l["시스템 관리자 계정은 시스템 관리자만 관리할 수 있습니다."]));
    }

    private static AdministrationResult Refused(string message) => new(new Dictionary<string, string> { [""] = message });

    // Twelve characters from an alphabet without look-alikes (0/O, 1/l), always letters and digits: read out over the phone.
    private static string TemporaryPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            var pool = i % 3 == 2 ? digits : letters;
            chars[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }

        return new string(chars);
    }
}
