using System.Net;
using System.Text.RegularExpressions;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Admin;

/// <summary>/Admin/Users as 김포's administrator (demo account gimpo.admin).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class UserAdministrationPageTests(WritableApp app)
{
    [Fact]
    public async Task An_administrator_creates_an_officer_whose_temporary_password_works_once_then_resets_and_suspends_them()
    {
        using var admin = await app.ClientSignedInAsAsync("gimpo.admin", AccountSeed.DemoPassword);
        var page = await admin.GetStringAsync("/Admin/Users");
        page.ShouldContain("gimpo.viewer");
        page.ShouldNotContain("yongin.officer");

        using var created = await admin.PostAsync("/Admin/Users?handler=Create", AntiforgeryForm.From(page,
            ("Form.UserName", "Gimpo.Trade"), ("Form.DisplayName", "김포시 수출지원 담당"), ("Form.Role", Roles.Officer)));
        var shown = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, shown);
        var temporary = Regex.Match(shown, "gy-temporary-password\">([a-z0-9]+)<").Groups[1].Value;
        temporary.Length.ShouldBe(12);
        shown.ShouldContain("gimpo.trade");

        using (var officer = await app.ClientSignedInAsAsync("gimpo.trade", temporary))
        {
            using var first = await officer.GetAsync("/");
            first.Headers.Location!.OriginalString.ShouldBe("/Account/Password");
            (await officer.GetAsync("/Admin/Users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an officer never administers users");
        }

        var userId = Regex.Matches(shown, "id=([0-9a-f-]{36})").Select(m => m.Groups[1].Value).Distinct()
            .Single(candidate => Regex.IsMatch(shown, $"gimpo\\.trade</th>(?:(?!</tr>).)*{candidate}", RegexOptions.Singleline));
        using var reset = await admin.PostAsync($"/Admin/Users?handler=Reset&id={userId}", AntiforgeryForm.From(page));
        var newTemporary = Regex.Match(await reset.Content.ReadAsStringAsync(), "gy-temporary-password\">([a-z0-9]+)<").Groups[1].Value;
        newTemporary.ShouldNotBe(temporary);
        (await app.ClientSignedInAsAsync("gimpo.trade", newTemporary)).Dispose();

        using var suspended = await admin.PostAsync($"/Admin/Users?handler=Lock&id={userId}", AntiforgeryForm.From(page));
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var refusedSignIn = await Account.SignInTests.PostSignInAsync(app.CreateAnonymousClient(), "gimpo.trade", newTemporary);
        refusedSignIn.StatusCode.ShouldBe(HttpStatusCode.OK, "no redirect: a suspended account does not sign in");
        (await refusedSignIn.Content.ReadAsStringAsync()).ShouldContain("계정이 잠겼습니다");
    }

    [Fact]
    public async Task A_government_administrator_can_neither_reset_nor_suspend_a_system_administrator_of_their_government()
    {
        using var admin = await app.ClientSignedInAsAsync("gimpo.admin", AccountSeed.DemoPassword);
        var page = await admin.GetStringAsync("/Admin/Users");
        var row = Regex.Match(page, "<th scope=\"row\">system\\.admin</th>(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        row.ShouldContain("시스템 관리자만 관리");
        row.ShouldNotContain("handler=Reset");
        string systemAdministratorId;
        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            systemAdministratorId = db.Users.Single(u => u.UserName == "system.admin").Id;
        }

        foreach (var handler in new[] { "Reset", "Lock" })
        {
            using var refused = await admin.PostAsync($"/Admin/Users?handler={handler}&id={systemAdministratorId}", AntiforgeryForm.From(page));
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var html = await refused.Content.ReadAsStringAsync();
            html.ShouldContain("시스템 관리자 계정은 시스템 관리자만 관리할 수 있습니다.");
            html.ShouldNotContain("gy-temporary-password");
        }

        (await app.ClientSignedInAsAsync("system.admin", AccountSeed.DemoPassword)).Dispose(); // the password and the account are as they were
    }

    [Fact]
    public async Task A_blank_user_name_and_no_role_are_refused_beside_their_fields_in_Korean()
    {
        using var admin = await app.ClientSignedInAsAsync("gimpo.admin", AccountSeed.DemoPassword);
        var page = await admin.GetStringAsync("/Admin/Users");
        using var refused = await admin.PostAsync("/Admin/Users?handler=Create", AntiforgeryForm.From(page, ("Form.UserName", " "), ("Form.DisplayName", "이름"), ("Form.Role", "")));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"new-username-error\">아이디는 3자에서 64자 사이로 입력해 주세요.");
        html.ShouldContain("id=\"new-role-error\">역할을 고르세요.");
    }

    [Fact]
    public async Task Account_changes_reach_the_audit_log_without_password_hashes_or_keys()
    {
        using var admin = await app.ClientSignedInAsAsync("gimpo.admin", AccountSeed.DemoPassword);
        var page = await admin.GetStringAsync("/Admin/Users");
        using var created = await admin.PostAsync("/Admin/Users?handler=Create", AntiforgeryForm.From(page,
            ("Form.UserName", "gimpo.audited"), ("Form.DisplayName", "감사 확인용"), ("Form.Role", Roles.Viewer)));
        created.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var entries = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AuditEntries);
            var account = entries.Where(e => e.Changes.Contains("gimpo.audited", StringComparison.Ordinal)).ToList();
            account.ShouldNotBeEmpty();
            entries.ShouldAllBe(e => !e.Changes.Contains("AQAAAA", StringComparison.Ordinal) && !e.Changes.Contains("masterKey", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_officer_cannot_open_user_administration()
    {
        using var officer = await app.ClientSignedInAsAsync("gimpo.officer", AccountSeed.DemoPassword);
        (await officer.GetAsync("/Admin/Users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/Audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
