using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Features.Exchanges;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Reliability;

/// <summary>
/// Two officers edit the same record from the same version: the first save wins, the later one is refused with a conflict and
/// nothing of either is lost. Owners: 의성 (47730, API), 청송 (47750, pages), 영양 (47760, races).
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class ConcurrentEditTests(WritableApp app)
{
    public static TheoryData<string> Kinds => new(EditableRecords.Kinds);

    public static TheoryData<string> RaceKinds => new([.. EditableRecords.Kinds, .. EditableRecords.FirstSaveKinds]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_later_of_two_stale_API_saves_gets_409_and_the_first_save_stays(string kind)
    {
        using var first = new OfficerSession(app, "47730");
        using var second = new OfficerSession(app, "47730");
        var target = await EditableRecords.ArrangeAsync(kind, first.Api, "47730");
        var seenByFirst = await target.VersionAsync(first.Api);
        var seenBySecond = await target.VersionAsync(second.Api);
        seenBySecond.ShouldBe(seenByFirst);

        using var saved = await target.PutAsync(first.Api, "먼저 저장한 내용", seenByFirst);
        using var stale = await target.PutAsync(second.Api, "늦게 저장한 내용", seenBySecond);

        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        var problem = await stale.ProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(409);
        problem.GetProperty("detail").GetString()!.ShouldContain("아무것도 덮어쓰지 않았습니다");
        var now = await target.ReadAsync(second.Api);
        now.Text.ShouldBe("먼저 저장한 내용");
        now.Version.ShouldBe(seenByFirst + 1);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_later_of_two_stale_page_saves_shows_a_Korean_conflict_keeps_what_was_typed_and_the_first_save_stays(string kind)
    {
        using var first = new OfficerSession(app, "47750");
        using var second = new OfficerSession(app, "47750");
        var target = await EditableRecords.ArrangeAsync(kind, first.Api, "47750");
        var firstForm = EditForm.Of(await first.GetPageAsync(target.EditPage));
        var secondForm = EditForm.Of(await second.GetPageAsync(target.EditPage));
        EditForm.Value(secondForm, "Form.Version").ShouldBe(EditForm.Value(firstForm, "Form.Version"));

        using var saved = await first.PostFormAsync(target.EditPage, target.EditPage, EditForm.With(firstForm, target.PageField, "먼저 저장한 내용"));
        using var stale = await second.PostFormAsync(target.EditPage, target.EditPage, EditForm.With(secondForm, target.PageField, "늦게 저장한 내용"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await OfficerSession.HtmlAsync(stale);
        page.QuerySelector("#page-error")!.TextContent.ShouldContain("아무것도 덮어쓰지 않았습니다");
        EditForm.Shown(page, target.PageField).ShouldBe("늦게 저장한 내용");
        (await target.ReadAsync(second.Api)).Text.ShouldBe("먼저 저장한 내용");
    }

    [Theory]
    [MemberData(nameof(RaceKinds))]
    public async Task Two_saves_racing_from_the_same_version_end_with_exactly_one_winner(string kind) =>
        await EditableRecords.RaceAsync(app, kind, "47760");
}

/// <summary>A record of one kind set up for editing: where it is read, saved and edited, and which text the tests change.</summary>
internal sealed record EditTarget(string Url, Func<string, int?, object> Body, Func<JsonElement, string?> Text, string EditPage, string PageField)
{
    public async Task<(string? Text, int? Version)> ReadAsync(HttpClient client)
    {
        var json = await client.GetFromJsonAsync<JsonElement>(Url, GyoryuAppFactory.Json);
        return (Text(json), json.GetProperty("version").ValueKind == JsonValueKind.Number ? json.GetProperty("version").GetInt32() : null);
    }

    public async Task<int?> VersionAsync(HttpClient client) => (await ReadAsync(client)).Version;

    public Task<HttpResponseMessage> PutAsync(HttpClient client, string text, int? version) => client.PutAsJsonAsync(Url, Body(text, version), GyoryuAppFactory.Json);
}

internal static class EditableRecords
{
    public static readonly string[] Kinds = ["partnership", "activity", "project", "candidate", "place profile", "rubric", "yearly evaluation"];

    /// <summary>The first save of a record that does not exist yet (version 0 or none): two officers who both saw nothing.</summary>
    public static readonly string[] FirstSaveKinds = ["place profile (first save)", "yearly evaluation (first save)"];

    private const int Year = 2025;

    public static async Task<EditTarget> ArrangeAsync(string kind, HttpClient client, string owner)
    {
        switch (kind)
        {
            case "partnership":
            {
                var p = await client.CreateExistingAsync(owner, "Sendai", "JP", "SisterCity", "2008");
                return new EditTarget(
                    $"/api/partnerships/{p.Summary.Id}", (text, version) => new { fields = new[] { "Administration" }, motive = text, version },
                    j => j.GetProperty("motive").GetString(), $"/Partnerships/Edit/{p.Summary.Id}", "Form.Motive");
            }

            case "activity":
            {
                var p = await client.CreateExistingAsync(owner, "Nara", "JP", "Friendship", "2010");
                var a = await client.RecordOkAsync(p.Summary.Id, ExchangeApi.YouthExchange(new DateOnly(2026, 5, 11)));
                return new EditTarget(
                    $"/api/activities/{a.Id}", (text, version) => Revised(ExchangeApi.YouthExchange(new DateOnly(2026, 5, 11)), "title", text, version),
                    j => j.GetProperty("title").GetString(), $"/Exchanges/Activities/Edit/{a.Id}", "Form.Title");
            }

            case "project":
            {
                var p = await client.CreateExistingAsync(owner, "Akita", "JP", "Friendship", "2011");
                var project = await client.ProposeOkAsync(owner, ExchangeApi.Plan("청소년 교류 사업", p.Summary.Id));
                return new EditTarget(
                    $"/api/projects/{project.Summary.Id}", (text, version) => Revised(ExchangeApi.Plan("청소년 교류 사업", p.Summary.Id), "title", text, version),
                    j => j.GetProperty("summary").GetProperty("title").GetString(), $"/Exchanges/Projects/Edit/{project.Summary.Id}", "Form.Title");
            }

            case "candidate":
            {
                var city = await client.ForeignCityIdAsync("Aarhus", "DK");
                using var added = await client.PostAsJsonAsync($"/api/local-governments/{owner}/candidates",
                    new { placeKey = $"FC-{city}", source = "Forum", notes = "처음 메모" }, GyoryuAppFactory.Json);
                await added.ShouldHaveStatusAsync(HttpStatusCode.Created);
                var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
                return new EditTarget(
                    $"/api/local-governments/{owner}/candidates/{id}", (text, version) => new { source = "Forum", notes = text, version },
                    j => j.GetProperty("notes").GetString(), $"/Discovery/Candidates/Edit/{id}", "Form.Notes");
            }

            case "place profile":
            case "place profile (first save)":
            {
                var target = Profile($"KR-{owner}");
                if (kind == "place profile")
                {
                    using var first = await target.PutAsync(client, "처음 목표", (await target.VersionAsync(client)) ?? 0);
                    await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
                }

                return target;
            }

            case "rubric":
                return new EditTarget(
                    $"/api/local-governments/{owner}/rubric",
                    (text, version) => new { criteria = new[] { new { name = text, weight = 100, kpi = "ActivityCount" } }, version },
                    j => j.GetProperty("criteria")[0].GetProperty("name").GetString(), "/Evaluations/Rubric", "Form.Criteria[0].Name");

            case "yearly evaluation":
            case "yearly evaluation (first save)":
            {
                var p = await client.CreateExistingAsync(owner, kind == "yearly evaluation" ? "Lyon" : "Bordeaux", "FR", "SisterCity", "2005");
                var url = $"/api/partnerships/{p.Summary.Id}/evaluations/{Year}";
                var criteria = (await client.GetFromJsonAsync<JsonElement>(url, GyoryuAppFactory.Json)).GetProperty("lines").EnumerateArray()
                    .Select(l => l.GetProperty("name").GetString()!).ToList();
                var target = new EditTarget(
                    url, (text, version) => new { scores = criteria.Select(c => new { criterion = c, score = 3 }), comment = text, version },
                    j => j.GetProperty("comment").GetString(), $"/Partnerships/{p.Summary.Id}/Evaluations/{Year}", "Form.Comment");
                if (kind == "yearly evaluation")
                {
                    using var conducted = await target.PutAsync(client, "처음 평가", null);
                    await conducted.ShouldHaveStatusAsync(HttpStatusCode.OK);
                }

                return target;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>
    /// Both officers read the same version and save at the same moment, several times over: each time exactly one save is taken, the
    /// other is answered 409, and the record holds the winner's text at the next version.
    /// </summary>
    public static async Task RaceAsync(GyoryuAppFactory app, string kind, string owner)
    {
        using var first = new OfficerSession(app, owner);
        using var second = new OfficerSession(app, owner);
        var target = await ArrangeAsync(kind, first.Api, owner);
        var rounds = FirstSaveKinds.Contains(kind) ? 1 : 4;
        for (var round = 0; round < rounds; round++)
        {
            var version = await target.VersionAsync(first.Api);
            var texts = new[] { $"{round}회차 첫째 담당자", $"{round}회차 둘째 담당자" };
            var answers = await Task.WhenAll(target.PutAsync(first.Api, texts[0], version), target.PutAsync(second.Api, texts[1], version));
            try
            {
                var statuses = answers.Select(a => a.StatusCode).ToList();
                statuses.Order().ToList().ShouldBe(new List<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.Conflict }, string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))));
                var now = await target.ReadAsync(second.Api);
                now.Text.ShouldBe(texts[statuses.IndexOf(HttpStatusCode.OK)]);
                if (version is { } read)
                {
                    now.Version.ShouldBe(read + 1);
                }
                else
                {
                    now.Version.ShouldNotBeNull(); // a first save starts at the version its kind starts at
                }
            }
            finally
            {
                foreach (var answer in answers)
                {
                    answer.Dispose();
                }
            }
        }
    }

    private static EditTarget Profile(string placeKey) => new(
        $"/api/places/{placeKey}/profile", (text, version) => new { goalText = text, version },
        j => j.GetProperty("goalText").GetString(), $"/Discovery/Profiles/Edit/{placeKey}", "Form.GoalText");

    private static Dictionary<string, object?> Revised(Dictionary<string, object?> body, string field, string text, int? version)
    {
        body[field] = text;
        body["version"] = version;
        return body;
    }
}

/// <summary>An edit form as the browser submits it: every control's current value, the text of one changed.</summary>
internal static class EditForm
{
    public static List<(string Name, string Value)> Of(IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.QuerySelector("[name='Form.Version']") is not null)
            ?? throw new InvalidOperationException("The page has no form with a version.");
        var fields = new List<(string, string)>();
        foreach (var control in form.Elements)
        {
            switch (control)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && name != "__RequestVerificationToken":
                    if (input.Type is "submit" or "button" or "file" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        continue;
                    }

                    fields.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add((name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => (name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    public static (string Name, string Value)[] With(List<(string Name, string Value)> form, string field, string value)
    {
        form.ShouldContain(f => f.Name == field, $"the form has no {field}");
        return [.. form.Select(f => f.Name == field ? (f.Name, value) : f)];
    }

    public static string Value(List<(string Name, string Value)> form, string field) => form.Single(f => f.Name == field).Value;

    /// <summary>What the page shows in the named control.</summary>
    public static string? Shown(IHtmlDocument page, string field) => page.QuerySelector($"[name='{field}']") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlInputElement input => input.Value,
        _ => null,
    };
}
