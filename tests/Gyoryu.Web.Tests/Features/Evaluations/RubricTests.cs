using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Web.Tests.Features.Discovery;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Evaluations;

/// <summary>Rubrics of 경남 창원시 (48120, API) and 진주시 (48170, page): each government's own, made from the default on first use.</summary>
[Collection(WritableAppCollection.Name)]
public sealed class RubricTests(WritableApp app)
{
    [Fact]
    public async Task The_first_read_saves_the_default_and_weights_of_90_are_refused_in_Korean_leaving_it_unchanged()
    {
        using var client = app.CreateClient();

        var first = await client.GetFromJsonAsync<JsonElement>("/api/local-governments/48120/rubric", GyoryuAppFactory.Json);
        first.GetProperty("criteria").GetArrayLength().ShouldBe(7);
        var version = first.GetProperty("version").GetInt32();

        using var refused = await client.PutAsJsonAsync("/api/local-governments/48120/rubric", new
        {
            criteria = new[] { new { name = "교류 활성도", weight = 50, kpi = "ActivityCount" }, new { name = "시민 참여", weight = 40, kpi = "PeopleReached" } },
            version,
        }, GyoryuAppFactory.Json);
        await refused.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        (await refused.ProblemAsync()).GetProperty("errors").GetProperty("criteria")[0].GetString().ShouldBe("가중치 합계는 100이어야 합니다 (현재 90).");

        using var saved = await client.PutAsJsonAsync("/api/local-governments/48120/rubric", new
        {
            criteria = new[] { new { name = "교류 활성도", weight = 60, kpi = "ActivityCount" }, new { name = "만족도", weight = 40, kpi = "Satisfaction" } },
            version,
        }, GyoryuAppFactory.Json);
        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("version").GetInt32().ShouldBe(version + 1);
        after.GetProperty("criteria").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("weight").GetInt32(), c.GetProperty("kpiName").GetString()))
            .ShouldBe([("교류 활성도", 60, "교류 활동 건수"), ("만족도", 40, "참여자 만족도(피드백)")]);

        using var stale = await client.PutAsJsonAsync("/api/local-governments/48120/rubric", new
        {
            criteria = new[] { new { name = "교류 활성도", weight = 100, kpi = "ActivityCount" } },
            version,
        }, GyoryuAppFactory.Json);
        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);

        using var unknown = await client.GetAsync("/api/local-governments/99999/rubric");
        await unknown.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_rubric_page_shows_the_refusal_beside_the_table_and_saves_a_new_row_from_a_blank_one()
    {
        using var officer = new OfficerSession(app, "48170");
        var page = await officer.GetPageAsync("/Evaluations/Rubric");
        page.QuerySelector("#rubric-government")!.TextContent.ShouldBe("진주시");
        page.QuerySelector("#weight-total")!.TextContent.ShouldBe("100");
        page.QuerySelectorAll("#rubric-table tbody tr").Length.ShouldBe(9); // 7 criteria and 2 blank rows
        var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

        using var refused = await officer.PostFormAsync("/Evaluations/Rubric", "/Evaluations/Rubric",
            ("Form.Version", version),
            ("Form.Criteria[0].Name", "교류 활성도"), ("Form.Criteria[0].Weight", "50"), ("Form.Criteria[0].Kpi", "ActivityCount"),
            ("Form.Criteria[1].Name", "시민 참여"), ("Form.Criteria[1].Weight", "40"), ("Form.Criteria[1].Kpi", "PeopleReached"),
            ("Form.Criteria[2].Name", ""), ("Form.Criteria[2].Weight", ""), ("Form.Criteria[2].Kpi", "None"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var answer = await OfficerSession.HtmlAsync(refused);
        answer.QuerySelector("#criteria-error")!.TextContent.ShouldBe("가중치 합계는 100이어야 합니다 (현재 90).");
        answer.QuerySelector("#weight-total")!.TextContent.ShouldBe("90");
        answer.QuerySelector("#criteria-1-name")!.GetAttribute("value").ShouldBe("시민 참여");

        using var saved = await officer.PostFormAsync("/Evaluations/Rubric", "/Evaluations/Rubric",
            ("Form.Version", version),
            ("Form.Criteria[0].Name", "교류 활성도"), ("Form.Criteria[0].Weight", "50"), ("Form.Criteria[0].Kpi", "ActivityCount"),
            ("Form.Criteria[1].Name", "예산 효율"), ("Form.Criteria[1].Weight", "30"), ("Form.Criteria[1].Kpi", "CostPerParticipant"), ("Form.Criteria[1].Remove", "true"),
            ("Form.Criteria[2].Name", "시민 참여"), ("Form.Criteria[2].Weight", "50"), ("Form.Criteria[2].Kpi", "PeopleReached"), ("Form.Criteria[2].Guidance", "시민·학생"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rubric = await officer.Api.GetFromJsonAsync<JsonElement>("/api/local-governments/48170/rubric", GyoryuAppFactory.Json);
        rubric.GetProperty("criteria").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("weight").GetInt32(), c.GetProperty("guidance").GetString()))
            .ShouldBe([("교류 활성도", 50, (string?)null), ("시민 참여", 50, "시민·학생")]);
    }

    [Fact]
    public async Task Adding_a_row_without_script_shows_one_more_blank_row_and_saves_nothing()
    {
        using var officer = new OfficerSession(app, "48250");
        var page = await officer.GetPageAsync("/Evaluations/Rubric");
        var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

        using var response = await officer.PostFormAsync("/Evaluations/Rubric", "/Evaluations/Rubric",
            ("Form.Version", version), ("addRow", "1"),
            ("Form.Criteria[0].Name", "교류 활성도"), ("Form.Criteria[0].Weight", "100"), ("Form.Criteria[0].Kpi", "ActivityCount"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await OfficerSession.HtmlAsync(response);
        answer.QuerySelectorAll("#rubric-table tbody tr").Length.ShouldBe(2);
        answer.QuerySelector("#criteria-0-name")!.GetAttribute("value").ShouldBe("교류 활성도");
        var rubric = await officer.Api.GetFromJsonAsync<JsonElement>("/api/local-governments/48250/rubric", GyoryuAppFactory.Json);
        rubric.GetProperty("criteria").GetArrayLength().ShouldBe(7);
    }
}
