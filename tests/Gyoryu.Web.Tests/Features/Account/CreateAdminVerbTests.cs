using System.Net;
using System.Text.RegularExpressions;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.CommandLine;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Account;

[Collection(WritableAppCollection.Name)]
public sealed class CreateAdminVerbTests(WritableApp app)
{
    [Fact]
    public async Task The_first_administrator_gets_a_temporary_password_shown_once_that_must_be_changed_at_sign_in()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new CreateAdminVerb().RunAsync(app.Services, new CommandLineArguments(["it.admin", "--government", "41570", "--name", "정보통신과 관리자"]), output, error, CancellationToken.None);

        exit.ShouldBe(0, error.ToString());
        var password = Regex.Match(output.ToString(), @"shown once\): (\S+)").Groups[1].Value;
        password.Length.ShouldBeGreaterThanOrEqualTo(10);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GyoryuUser>>();
            var user = (await users.FindByNameAsync("it.admin"))!;
            user.MustChangePassword.ShouldBeTrue();
            (await users.IsInRoleAsync(user, Roles.SystemAdministrator)).ShouldBeTrue();
        }

        using var client = await app.ClientSignedInAsAsync("it.admin", password);
        using var first = await client.GetAsync("/");
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldBe("/Account/Password");
    }

    [Fact]
    public async Task An_unknown_government_is_refused_and_no_account_is_made()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new CreateAdminVerb().RunAsync(app.Services, new CommandLineArguments(["nowhere.admin", "--government", "99999", "--name", "x"]), output, error, CancellationToken.None);

        exit.ShouldBe(1);
        error.ToString().ShouldContain("99999");
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<GyoryuUser>>().FindByNameAsync("nowhere.admin")).ShouldBeNull();
    }
}
