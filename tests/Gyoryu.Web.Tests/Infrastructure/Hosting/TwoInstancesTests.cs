using System.Net;
using System.Text.RegularExpressions;
using Gyoryu.Web.Features.Account;
using Npgsql;

namespace Gyoryu.Web.Tests.Infrastructure.Hosting;

/// <summary>Two real app processes on two ports over one PostgreSQL database, as behind a reverse proxy (ADR 0014).</summary>
[Trait(TestDatabase.Trait, TestDatabase.PostgreSqlOnly)]
public sealed class TwoInstancesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_sign_in_and_a_form_token_from_one_instance_are_honoured_by_the_other()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Gyoryu"] = database.ConnectionString,
            ["Gyoryu__Database__Provider"] = "PostgreSQL",
            ["Gyoryu__DemoData"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var first = await RunningApp.StartAsync(settings);
        await using var second = await RunningApp.StartAsync(settings);
        first.BaseUrl.ShouldNotBe(second.BaseUrl);

        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        var signInForm = await browser.GetStringAsync($"{first.BaseUrl}/Account/SignIn");
        using var signedIn = await browser.PostAsync($"{first.BaseUrl}/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.UserName"] = "gimpo.officer",
            ["Form.Password"] = AccountSeed.DemoPassword,
            ["__RequestVerificationToken"] = AntiforgeryForm.TokenIn(signInForm),
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Both listen on 127.0.0.1, so the browser sends the cookie to either port, as it would to one host behind a proxy.
        using var dashboard = await browser.GetAsync($"{second.BaseUrl}/");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK, second.Output);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("김포시 대외협력팀 김교류 주무관");

        // A form served by the first instance is accepted by the second: the antiforgery token is protected by the shared keys.
        var passwordForm = await browser.GetStringAsync($"{first.BaseUrl}/Account/Password");
        using var changed = await browser.PostAsync($"{second.BaseUrl}/Account/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Current"] = AccountSeed.DemoPassword,
            ["Form.New"] = "shared-keys-2026",
            ["Form.Confirm"] = "shared-keys-2026",
            ["__RequestVerificationToken"] = AntiforgeryForm.TokenIn(passwordForm),
        }));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect, second.Output);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var keys = new NpgsqlCommand("SELECT COUNT(*) FROM \"DataProtectionKeys\"", connection);
        ((long)(await keys.ExecuteScalarAsync())!).ShouldBe(1, "one key ring, shared");
    }
}
