using System.Net;
using System.Text.RegularExpressions;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Web.Tests.Features.Account;

/// <summary>Signing in with the demo accounts: wrong passwords, lockout, the per-address limit and the temporary password.</summary>
public sealed class SignInTests(SignInTests.AccountsApp app) : IClassFixture<SignInTests.AccountsApp>
{
    [Fact]
    public async Task A_wrong_password_is_refused_in_Korean_without_saying_whether_the_user_exists()
    {
        using var wrong = await PostSignInAsync(app.CreateAnonymousClient(), "gimpo.officer", "not-the-password-1");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await wrong.Content.ReadAsStringAsync();
        page.ShouldContain("아이디 또는 비밀번호가 맞지 않습니다.");

        using var unknown = await PostSignInAsync(app.CreateAnonymousClient(), "nobody.here", "not-the-password-1");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("아이디 또는 비밀번호가 맞지 않습니다.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await app.CreateUserAsync("locked.officer", "41570", Roles.Officer, "right-password-1");
        for (var i = 0; i < 5; i++)
        {
            using var _ = await PostSignInAsync(app.CreateAnonymousClient(), "locked.officer", $"wrong-password-{i}");
        }

        using var right = await PostSignInAsync(app.CreateAnonymousClient(), "locked.officer", "right-password-1");
        right.StatusCode.ShouldBe(HttpStatusCode.OK, "no redirect: not signed in");
        (await right.Content.ReadAsStringAsync()).ShouldContain("계정이 잠겼습니다");
    }

    [Fact]
    public async Task A_user_with_a_temporary_password_must_choose_their_own_before_anything_else()
    {
        var user = await app.CreateUserAsync("new.officer", "41570", Roles.Officer, "temporary-pass-7");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<GyoryuUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.MustChangePassword = true;
            await users.UpdateAsync(stored);
        }

        using var client = await app.ClientSignedInAsAsync("new.officer", "temporary-pass-7");
        using var dashboard = await client.GetAsync("/");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        dashboard.Headers.Location!.OriginalString.ShouldBe("/Account/Password");
        (await client.GetAsync("/api/partnerships")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var form = await client.GetStringAsync("/Account/Password");
        form.ShouldContain("임시 비밀번호로 로그인했습니다");
        using var weak = await client.PostAsync("/Account/Password", AntiforgeryForm.From(form, ("Form.Current", "temporary-pass-7"), ("Form.New", "aaaaaaaaaaaa"), ("Form.Confirm", "aaaaaaaaaaaa")));
        var refused = await weak.Content.ReadAsStringAsync();
        refused.ShouldContain("두 종류 이상");
        refused.ShouldContain("서로 다른 문자가 4개 이상");

        using var changed = await client.PostAsync("/Account/Password", AntiforgeryForm.From(form, ("Form.Current", "temporary-pass-7"), ("Form.New", "my-own-pass-2026"), ("Form.Confirm", "my-own-pass-2026")));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var again = await app.ClientSignedInAsAsync("new.officer", "my-own-pass-2026");
        (await again.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Its own app, so that lockouts spoil nobody else's accounts.</summary>
    public sealed class AccountsApp() : GyoryuAppFactory(demoData: true);

    internal static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        using var form = await client.GetAsync("/Account/SignIn");
        var html = await form.Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = AntiforgeryForm.From(html, ("Form.UserName", userName), ("Form.Password", password)),
        };
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return await client.SendAsync(request);
    }
}

/// <summary>The per-address limit on sign-in attempts, lowered so that the test reaches it.</summary>
public sealed class SignInThrottleTests(SignInThrottleTests.ThrottledApp app) : IClassFixture<SignInThrottleTests.ThrottledApp>
{
    [Fact]
    public async Task An_address_that_tries_too_often_is_answered_429_before_the_password_is_checked()
    {
        HttpStatusCode last = HttpStatusCode.OK;
        for (var i = 0; i < ThrottledApp.Attempts + 1; i++)
        {
            using var response = await SignInTests.PostSignInAsync(app.CreateAnonymousClient(), "gimpo.viewer", "wrong-password-x");
            last = response.StatusCode;
            if (last == HttpStatusCode.TooManyRequests)
            {
                (await response.Content.ReadAsStringAsync()).ShouldContain("로그인 시도가 너무 많습니다");
                break;
            }
        }

        last.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    public sealed class ThrottledApp() : GyoryuAppFactory(demoData: true, settings: new Dictionary<string, string?>
    {
        ["Gyoryu:Accounts:SignInAttemptsPerWindow"] = Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    })
    {
        public const int Attempts = 3;
    }
}
