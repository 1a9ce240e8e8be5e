using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Account;

/// <summary>
/// `create-admin <user> --government 41570 --name "…" [--role SystemAdministrator|GovernmentAdministrator]`: the first account of a
/// production database, which has none. The password comes from GYORYU_ADMIN_PASSWORD, never from the command line (it would
/// stay in the shell history); without it a temporary one is printed once and must be changed at the first sign-in.
/// </summary>
public sealed class CreateAdminVerb : ICommandLineVerb
{
    public const string PasswordVariable = "GYORYU_ADMIN_PASSWORD";

    public string Name => "create-admin";

    public string Usage => "create-admin <user-name> --government <code> --name <display name> [--role SystemAdministrator|GovernmentAdministrator]";

    public async Task<int> RunAsync(IServiceProvider services, CommandLineArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var government = arguments.Option("government") ?? throw new CommandLineUsageException("--government <기관 코드> 가 필요합니다 (--government is required).");
        var displayName = arguments.Option("name") ?? throw new CommandLineUsageException("--name <표시 이름> 이 필요합니다 (--name is required).");
        var role = arguments.Option("role") ?? Roles.SystemAdministrator;
        arguments.RejectUnknownOptions();
        if (role is not (Roles.SystemAdministrator or Roles.GovernmentAdministrator))
        {
            throw new CommandLineUsageException("--role 은 SystemAdministrator 또는 GovernmentAdministrator 입니다.");
        }

        var userName = arguments.Positional is [var one] ? one.Trim().ToLowerInvariant() : throw new CommandLineUsageException("아이디를 하나 지정하세요 (name one user).");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == government, cancellationToken))
        {
            await error.WriteLineAsync($"기관 코드 {government}를 찾을 수 없습니다. (No local government {government}.)");
            return 1;
        }

        var given = Environment.GetEnvironmentVariable(PasswordVariable);
        var password = string.IsNullOrEmpty(given) ? $"{Guid.NewGuid():N}"[..12] + "-1a" : given;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GyoryuUser>>();
        await scope.ServiceProvider.GetRequiredService<AccountSeed>().EnsureRolesAsync();
        var user = new GyoryuUser
        {
            UserName = userName,
            DisplayName = displayName,
            GovernmentCode = government,
            MustChangePassword = string.IsNullOrEmpty(given),
            CreatedAt = TimeProvider.System.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role);
        }

        if (!created.Succeeded)
        {
            await error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"{userName}: {Roles.KoreanName(role)} ({government}) 계정을 만들었습니다.");
        if (string.IsNullOrEmpty(given))
        {
            await output.WriteLineAsync($"임시 비밀번호 (temporary password, shown once): {password}");
        }

        return 0;
    }
}
