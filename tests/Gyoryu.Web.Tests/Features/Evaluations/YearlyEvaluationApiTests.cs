using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gyoryu.Web.Tests.Features.Evaluations.EvaluationWorld;

namespace Gyoryu.Web.Tests.Features.Evaluations;

/// <summary>
/// The 2025 evaluation of ties of 경남 통영시 (48220) and 사천시 (48240), whose activities are known: a past year is judged as it stood on 31 December.
/// </summary>
[Collection(WritableAppCollection.Name)]
public sealed class YearlyEvaluationApiTests(WritableApp app)
{
    // Three activities in 2025: 2 visits out, 1 in; 4 + 30 + 16 = 50 people; ₩10,000,000; one agreement; 3 fields; last on 10-01.
    private static readonly ActivityRecord[] Year2025 =
    [
        Held(new DateOnly(2025, 3, 10), VisitDirection.Outbound, ExchangeFields.Administration, new Participants(4, 0, 0, 0), 4_000_000, Outcomes.None),
        Held(new DateOnly(2025, 6, 5), VisitDirection.Inbound, ExchangeFields.CultureArts, new Participants(0, 30, 0, 0), 3_000_000, new Outcomes(1, 0, 0, 0, null)),
        Held(new DateOnly(2025, 10, 1), VisitDirection.Outbound, ExchangeFields.Youth, new Participants(0, 0, 16, 0), 3_000_000, Outcomes.None),
    ];

    [Fact]
    public async Task The_draft_reads_the_years_KPIs_as_evidence_and_suggests_scores()
    {
        var id = await PartnershipAsync(app, "48220", "Lyon", "FR", Year2025);
        using var client = app.CreateClient();

        var draft = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{id}/evaluations/2025", GyoryuAppFactory.Json);

        draft.GetProperty("isDraft").GetBoolean().ShouldBeTrue();
        var lines = draft.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        lines.Count.ShouldBe(7);
        Line(lines["교류 활성도"]).ShouldBe(("교류 활동 3건", 3));
        Line(lines["상호 방문 균형"]).ShouldBe(("우리 측 방문 2회 · 상대 측 방문 1회 (균형 0.50)", 4));
        Line(lines["시민 참여"]).ShouldBe(("참여 인원 50명 (공무원 4 · 시민 30 · 학생 16), 기업 0곳", 4));
        Line(lines["경제 성과"]).ShouldBe(("수출 계약 0건 0원 · 협약 1건 · 방문객 0명", 3));
        Line(lines["예산 효율"]).ShouldBe(("집행 10,000,000원 · 1인당 200,000원", 4));
        Line(lines["분야 다양성"]).ShouldBe(("교류 분야 3개", 4));
        Line(lines["참여자 만족도"]).ShouldBe(("접수된 피드백 없음", null));
        lines["교류 활성도"].GetProperty("score").GetInt32().ShouldBe(3);
        lines["참여자 만족도"].GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        // Over the six scored lines: (20×3 + 10×4 + 20×4 + 20×3 + 10×4 + 10×4) / 90 = 3.556 → 63.9 → B → 유지
        draft.GetProperty("points").GetDouble().ShouldBe(63.9);
        draft.GetProperty("grade").GetString().ShouldBe("B");
        draft.GetProperty("recommendation").GetString().ShouldBe("Maintain");
    }

    [Fact]
    public async Task Saving_conducts_the_evaluation_then_a_stale_version_is_refused_and_the_history_lists_it()
    {
        var id = await PartnershipAsync(app, "48240", "Bordeaux", "FR", Year2025);
        using var client = app.CreateClient();

        using var saved = await client.PutAsJsonAsync($"/api/partnerships/{id}/evaluations/2025", new
        {
            scores = Scores(5, 4, 4, 3, 4, 4, 5),
            recommendation = (string?)null,
            comment = "청소년 교류가 특히 좋았음",
            version = (int?)null,
        }, GyoryuAppFactory.Json);
        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();

        // (20×5 + 10×4 + 20×4 + 20×3 + 10×4 + 10×4 + 10×5) / 100 = 4.1 → 77.5 → A → 강화
        body.GetProperty("isDraft").GetBoolean().ShouldBeFalse();
        body.GetProperty("points").GetDouble().ShouldBe(77.5);
        body.GetProperty("grade").GetString().ShouldBe("A");
        body.GetProperty("recommendation").GetString().ShouldBe("Strengthen");
        var version = body.GetProperty("version").GetInt32();

        using var revised = await client.PutAsJsonAsync($"/api/partnerships/{id}/evaluations/2025", new
        {
            scores = Scores(1, 1, 1, 1, 1, 1, 1),
            recommendation = "ConsiderTermination",
            comment = "교류 중단",
            version,
        }, GyoryuAppFactory.Json);
        await revised.ShouldHaveStatusAsync(HttpStatusCode.OK);

        using var stale = await client.PutAsJsonAsync($"/api/partnerships/{id}/evaluations/2025", new
        {
            scores = Scores(5, 5, 5, 5, 5, 5, 5),
            version,
        }, GyoryuAppFactory.Json);
        await stale.ShouldHaveStatusAsync(HttpStatusCode.Conflict);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{id}/evaluations", GyoryuAppFactory.Json);
        var only = history.EnumerateArray().ShouldHaveSingleItem();
        only.GetProperty("year").GetInt32().ShouldBe(2025);
        only.GetProperty("points").GetDouble().ShouldBe(0.0);
        only.GetProperty("grade").GetString().ShouldBe("D");
        only.GetProperty("recommendation").GetString().ShouldBe("ConsiderTermination");
        only.GetProperty("version").GetInt32().ShouldBe(version + 1);

        var (scope, db) = app.CreateDbContext();
        await using (scope)
        {
            var stored = await db.YearlyEvaluations.Include(e => e.Scores).AsNoTracking().SingleAsync(e => e.PartnershipId == id);
            stored.Scores.Count.ShouldBe(7);
            stored.Scores.Single(s => s.Name == "교류 활성도").Evidence.ShouldBe("교류 활동 3건");
            stored.Comment.ShouldBe("교류 중단");
            stored.OwnerCode.ShouldBe("48240");
        }
    }

    [Fact]
    public async Task A_score_of_6_is_refused_in_Korean_naming_the_criterion_and_nothing_is_saved()
    {
        var id = await PartnershipAsync(app, "48220", "Nantes", "FR", Year2025);
        using var client = app.CreateClient();

        using var response = await client.PutAsJsonAsync($"/api/partnerships/{id}/evaluations/2025", new
        {
            scores = Scores(3, 3, 6, 3, 3, 3, 3),
        }, GyoryuAppFactory.Json);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty("scores[2].Score")[0].GetString().ShouldBe("'시민 참여' 점수는 1에서 5 사이여야 합니다.");
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/partnerships/{id}/evaluations", GyoryuAppFactory.Json);
        history.GetArrayLength().ShouldBe(0);

        using var future = await client.PutAsJsonAsync($"/api/partnerships/{id}/evaluations/{GyoryuApi.Today.Year + 1}", new { scores = Scores(3, 3, 3, 3, 3, 3, 3) }, GyoryuAppFactory.Json);
        await future.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    private static (string, int?) Line(JsonElement line) =>
        (line.GetProperty("evidence").GetString()!, line.GetProperty("suggestedScore").ValueKind == JsonValueKind.Null ? null : line.GetProperty("suggestedScore").GetInt32());

    private static object[] Scores(params int[] scores)
    {
        string[] names = ["교류 활성도", "상호 방문 균형", "시민 참여", "경제 성과", "예산 효율", "분야 다양성", "참여자 만족도"];
        return [.. names.Zip(scores, (name, score) => new { criterion = name, score })];
    }
}
