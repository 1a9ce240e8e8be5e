using Gyoryu.Web.Data.Reference;

namespace Gyoryu.Web.Tests.Data.Reference;

public class FestivalTableTests
{
    private static readonly IReadOnlyList<ReferenceFestival> Table = FestivalTable.Load();

    [Fact]
    public void Every_festival_has_a_host_that_is_a_known_local_government()
    {
        var codes = LocalGovernmentTable.Load().Select(g => g.Code).ToHashSet();

        Table.Count.ShouldBeGreaterThan(1000);
        Table.ShouldAllBe(f => codes.Contains(f.GovernmentCode) && f.Name.Length > 0);
    }

    [Fact]
    public void The_subject_is_the_name_without_the_host_and_the_word_festival()
    {
        Table.Single(f => f.Name == "포항국제불빛축제").ShouldSatisfyAllConditions(
            f => f.GovernmentCode.ShouldBe("47110"),
            f => f.Subject.ShouldBe("국제불빛"),
            f => f.StartsOn.ShouldBe(new DateOnly(2026, 11, 20)),
            f => f.EndsOn.ShouldBe(new DateOnly(2026, 11, 22)));
        Table.Single(f => f.Name == "울릉도오징어축제").Subject.ShouldBe("오징어");
        Table.Where(f => f.GovernmentCode == "41570").Select(f => f.Subject).ShouldContain("라베니체");
    }

    [Fact]
    public void A_malformed_line_is_refused_with_its_number()
    {
        var text = "# comment\ncode,festival,subject,starts_on,ends_on,latitude,longitude\n41570,김포벚꽃축제,벚꽃,2026-04-11\n";

        var refusal = Should.Throw<FormatException>(() => FestivalTable.Parse(new StringReader(text)));

        refusal.Message.ShouldContain("line 3");
    }

    [Fact]
    public void A_quoted_name_keeps_its_comma()
    {
        var text = "code,festival,subject,starts_on,ends_on,latitude,longitude\n41570,\"빛, 물, 김포\",,2026-04-11,2026-04-12,37.6,126.7\n";

        FestivalTable.Parse(new StringReader(text)).ShouldHaveSingleItem().Name.ShouldBe("빛, 물, 김포");
    }
}
